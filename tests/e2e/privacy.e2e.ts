/**
 * Nothing leaks, and Candor asks for no more than it needs: the built manifest is pinned, every
 * request made while a call is captured is recorded and checked (the store packages and the Firefox
 * lint are in packages.e2e.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './harness/chromium.ts';
import { startFixtureServer, type FixtureServer } from './harness/fixture-server.ts';
import { waitForFinalCues } from './harness/panel.ts';
import type { ReplayLine } from '../fixtures/replay/plan.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CALL_HOSTS = [
  'https://*.zoom.us/wc/*',
  'https://app.zoom.us/wc/*',
  'https://meet.google.com/*',
  'https://teams.cloud.microsoft/*',
  'https://teams.live.com/*',
  'https://teams.microsoft.com/*',
];
const manifest = () => JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8'));

describe('the Chrome manifest', () => {
  it('asks only for storage, the side panel and the call pages', () => {
    const m = manifest();
    expect([...m.permissions].sort()).toEqual(['sidePanel', 'storage']);
    expect([...m.host_permissions].sort()).toEqual(CALL_HOSTS);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it('runs content scripts only on the call pages, and forbids remote code and connections', () => {
    const m = manifest();
    const matches = m.content_scripts.flatMap((script: { matches: string[] }) => script.matches).sort();
    expect(matches).toEqual(CALL_HOSTS);
    // The panel shortcut stays clear of the call pages' own (Teams toggles live captions with its own).
    expect(m.commands._execute_action.suggested_key.default).toBe('Alt+Shift+Y');
    expect(m.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'self'; connect-src 'none'");
  });
});

describe('no network traffic', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  const requests: string[] = [];

  beforeAll(async () => {
    // Playwright reports service-worker requests only with this switch (Chromium).
    process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
    server = await startFixtureServer();
    browser = await launchWithExtension(server.port);
    browser.context.on('request', (request) => requests.push(request.url()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('makes no request beyond its own files while a whole call is captured and analysed', async () => {
    const call = await browser.context.newPage();
    await call.goto('https://meet.google.com/abc-defg-hij');
    const panel = await browser.openPanel(await browser.tabIdOf(call));
    const lines: ReplayLine[] = JSON.parse(
      readFileSync(resolve(ROOT, 'tests/fixtures/transcripts/demo-interview.json'), 'utf8'),
    ).lines;
    await call.evaluate(
      (replay) => window.candorReplay.play(replay, { revisions: true, overlaps: true, seed: 2 }),
      lines,
    );
    await waitForFinalCues(panel, lines.length);
    await panel.reload();
    await waitForFinalCues(panel, lines.length);

    const own = `chrome-extension://${browser.extensionId}/`;
    // The fixture page's own loads: its document, the replay driver and avatar images.
    const page = /^https:\/\/meet\.google\.com\/(abc-defg-hij|replay\.js|avatars\/[a-z0-9-]+\.svg)$/;
    const foreign = requests.filter((url) => !url.startsWith(own) && !page.test(url));
    // The recorder does see extension requests: the panel's own files are among them.
    expect(requests.some((url) => url.startsWith(own))).toBe(true);
    expect(foreign).toEqual([]);
    // Chromium itself asks for a favicon; nothing else reaches the (only reachable) server.
    const served = server.requests.filter(
      (line) => !/^meet\.google\.com \/(abc-defg-hij|replay\.js|favicon\.ico|avatars\/[a-z0-9-]+\.svg)$/.test(line),
    );
    expect(served).toEqual([]);
  });
});

describe('the privacy page', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension(9);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists everything stored and deletes it all, as checked in storage', async () => {
    const practice = await browser.context.newPage();
    await practice.goto(`chrome-extension://${browser.extensionId}/practice.html`);
    await practice.locator('[data-scenario="interview-good"] input').check();
    await practice.locator('input[name=speed][value=instant]').check();
    await practice.locator('[data-action=start]').click();
    await practice.getByTestId('debrief-link').waitFor({ timeout: 60_000 });

    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/privacy.html`);
    await expect
      .poll(() => page.getByTestId('calls-footprint').textContent())
      .toMatch(/^1 call or practice run, with (about \d+|less than 1) KB of captions/);
    expect(await page.locator('[data-testid=settings-list] li[data-key="candor:perspectives"]').count()).toBe(1);

    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
    await expect.poll(() => page.getByTestId('privacy-status').textContent()).toContain('deleted');
    const left = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('candor');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const count = (store: string) =>
        new Promise<number>((ok) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => ok(request.result);
        });
      const counts = { sessions: await count('sessions'), batches: await count('batches') };
      db.close();
      const scope = globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<object> } } } };
      return { ...counts, settings: Object.keys(await scope.chrome.storage.local.get(null)) };
    });
    expect(left).toEqual({ sessions: 0, batches: 0, settings: [] });
  });
});
