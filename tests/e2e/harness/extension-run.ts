/**
 * The usual setup of a browser test file: one fixture server serving the call hosts and one Chromium with
 * the built extension, started before the file's tests and closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium.ts';
import { startFixtureServer, type FixtureServer } from './fixture-server.ts';

export interface ExtensionRun {
  readonly server: FixtureServer;
  readonly browser: ExtensionBrowser;
}

export function useExtensionRun(): ExtensionRun {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension(server.port);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the extension run is used before its beforeAll hook ran');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}
