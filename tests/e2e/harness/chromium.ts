/** Launches Debian's Chromium with the built extension loaded, and finds its service worker. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { hostRules } from './fixture-server.ts';

/** The built extension; CANDOR_EXTENSION_DIR points the benchmarks at another build (e.g. a baseline). */
export const EXTENSION_DIR =
  process.env.CANDOR_EXTENSION_DIR ?? resolve(import.meta.dirname, '../../../.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The little of the `chrome` global that tests evaluate inside the service worker. */
export interface ChromeTabs {
  chrome: { tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> } };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  /** Opens the side panel as a page bound to a call tab (`sidepanel.html?tab=<id>`). */
  openPanel(tabId: number): Promise<Page>;
  /** The extension's tab id for a page, read from the background's view of the tabs. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

export function assertRunnable(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`,
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}. Run: npx wxt build`);
  }
}

export async function launchWithExtension(
  port: number,
  options: { headless?: boolean; extensionDir?: string } = {},
): Promise<ExtensionBrowser> {
  assertRunnable();
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const profile = mkdtempSync(join(tmpdir(), 'candor-profile-'));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    ignoreDefaultArgs: ['--disable-extensions'],
    ignoreHTTPSErrors: true,
    viewport: { width: 1100, height: 760 },
    args: [
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${hostRules(port)}`,
    ],
  });
  const worker = async () => context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL((await worker()).url()).host;

  return {
    context,
    extensionId,
    worker,
    openPanel: async (tabId) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 760 });
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
      return page;
    },
    tabIdOf: async (page) => {
      const url = page.url();
      const sw = await worker();
      const id = await sw.evaluate(async (target) => {
        const tabs: Array<{ id?: number; url?: string }> = await (
          globalThis as unknown as ChromeTabs
        ).chrome.tabs.query({});
        return tabs.find((tab) => tab.url === target)?.id ?? -1;
      }, url);
      if (id < 0) throw new Error(`no tab found for ${url}`);
      return id;
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
