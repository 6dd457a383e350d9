/**
 * History, export/import and retention in real Chromium with the built extension. Every deletion is
 * checked in IndexedDB itself (from an extension page, which shares the background's database), not
 * in the UI.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/chromium.ts';

const ARTIFACTS = resolve(import.meta.dirname, '../../artifacts');
let browser: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launchWithExtension(9);
});

afterAll(async () => {
  await browser?.close();
});

const url = (page: string) => `chrome-extension://${browser.extensionId}/${page}`;

async function open(page: string): Promise<Page> {
  const tab = await browser.context.newPage();
  await tab.setViewportSize({ width: 1200, height: 900 });
  await tab.goto(url(page));
  return tab;
}

/** Plays a built-in scenario instantly in a new practice tab; returns the tab and the session id. */
async function practise(scenarioId: string): Promise<{ tab: Page; id: string }> {
  const tab = await open('practice.html');
  await tab.locator(`[data-scenario="${scenarioId}"] input`).check();
  await tab.locator('input[name=speed][value=instant]').check();
  await tab.locator('[data-action=start]').click();
  const link = tab.getByTestId('debrief-link');
  await link.waitFor({ timeout: 60_000 });
  const id = new URL((await link.getAttribute('href')) ?? '', tab.url()).searchParams.get('session') ?? '';
  return { tab, id };
}

interface DbView {
  sessions: Array<{ id: string; tabId: number; updatedAt: number; title?: string }>;
  batches: Record<string, number>;
}

/** What the database holds right now, read with the raw IndexedDB API. */
function readDb(page: Page): Promise<DbView> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('candor');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((ok, fail) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => ok(request.result as T[]);
        request.onerror = () => fail(request.error);
      });
    const sessions = await all<{ id: string; tabId: number; updatedAt: number; title?: string }>('sessions');
    const rows = await all<{ sessionId: string }>('batches');
    db.close();
    const batches: Record<string, number> = {};
    for (const row of rows) batches[row.sessionId] = (batches[row.sessionId] ?? 0) + 1;
    return { sessions: sessions.map(({ id, tabId, updatedAt, title }) => ({ id, tabId, updatedAt, title })), batches };
  });
}

/** Moves a stored call's last activity back in time, as if it had ended that long ago. */
function ageSession(page: Page, id: string, days: number): Promise<void> {
  return page.evaluate(
    async ({ id, days }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open('candor');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction('sessions', 'readwrite');
        const store = tx.objectStore('sessions');
        const get = store.get(id);
        get.onsuccess = () => store.put({ ...get.result, updatedAt: Date.now() - days * 86_400_000 });
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { id, days },
  );
}

async function download(page: Page, selector: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

async function openHistory(): Promise<Page> {
  const page = await open('calls.html');
  await page.getByRole('heading', { name: 'Calls and practice runs' }).waitFor();
  return page;
}

const rowIds = (page: Page) =>
  page.$$eval('[data-testid=history-list] tbody tr', (rows) => rows.map((row) => row.getAttribute('data-session')));

interface Exported {
  utterances: Array<{ id: string; speaker: string; self: boolean; text: string; start: number; end: number }>;
  flags: Array<{ id: string; type: string; speaker: string; target: string | null; at: number }>;
  signals: Array<{ id: string; type: string }>;
}
const findings = (list: Exported['flags']) =>
  list.map(({ id, type, speaker, target, at }) => ({ id, type, speaker, target, at }));

describe('history', () => {
  let original: { tab: Page; id: string };
  let exported: string;

  it('lists practice runs and finds them by name, date and words said', async () => {
    original = await practise('interview-good');
    const history = await openHistory();
    await history.getByTestId('history-list').waitFor();
    expect(await rowIds(history)).toContain(original.id);

    const search = history.getByTestId('search');
    for (const query of ['dispatcher', 'analyst interview', new Date().getFullYear().toString()]) {
      await search.fill(query);
      await expect.poll(() => rowIds(history)).toContain(original.id);
    }
    await search.fill('zebra crossing');
    await expect.poll(() => history.getByText(/^No call matches/).count()).toBe(1);
    await history.close();
  });

  it('exports JSON, Markdown and WebVTT, and a shareable debrief without names', async () => {
    const debrief = await open(`debrief.html?session=${original.id}`);
    await debrief.getByTestId('next-steps').waitFor();
    exported = await download(debrief, '[data-export=json]');
    const json = JSON.parse(exported) as Exported & { format: string };
    expect(json.format).toBe('candor-transcript');
    expect(json.utterances).toHaveLength(30);
    expect(json.flags.length).toBeGreaterThan(0);

    expect(await download(debrief, '[data-export=markdown]')).toMatch(/^# \u2068Practice: Analyst interview/);
    const vtt = await download(debrief, '[data-export=webvtt]');
    expect(vtt).toMatch(/^WEBVTT\n/);
    expect(vtt).toContain('<v Dana Whitfield>');
    const shared = await download(debrief, '[data-export=shareable]');
    expect(shared).toContain('Interviewer');
    for (const name of ['Dana', 'Whitfield', 'Sam', 'Okafor']) expect(shared).not.toContain(name);
    await debrief.close();
  });

  it('imports the JSON export back without losing utterances or flags, and refuses a broken file', async () => {
    const history = await openHistory();
    const input = history.getByTestId('import');
    await input.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"candor-transcript","version":1,"utterances":[\n{"id":"a"}\n]}'),
    });
    expect(await history.getByRole('alert').textContent()).toMatch(
      /broken\.json could not be imported\. It looks like a Candor export, but line 2 is damaged: the utterance needs a "speaker" string\. Import a JSON file saved from a debrief/,
    );

    await input.setInputFiles({ name: 'round-trip.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    const link = history.getByTestId('imported-link');
    await link.waitFor();
    const importedId =
      new URL((await link.getAttribute('href')) ?? '', history.url()).searchParams.get('session') ?? '';
    expect(importedId).not.toBe(original.id);

    const debrief = await open(`debrief.html?session=${importedId}`);
    await debrief.getByTestId('next-steps').waitFor();
    const again = JSON.parse(await download(debrief, '[data-export=json]')) as Exported;
    const before = JSON.parse(exported) as Exported;
    expect(again.utterances).toEqual(before.utterances);
    expect(findings(again.flags)).toEqual(findings(before.flags));
    expect(again.signals.map((s) => s.id)).toEqual(before.signals.map((s) => s.id));
    await debrief.close();

    // Delete one: the imported call and its whole caption log leave the database.
    const db = await readDb(history);
    expect(db.batches[importedId]).toBeGreaterThan(0);
    await history.reload();
    await history.getByTestId('history-list').waitFor();
    await history.locator(`tr[data-session="${importedId}"] [data-action=delete]`).click();
    await history.locator(`tr[data-session="${importedId}"] [data-action=confirm-delete]`).click();
    await history.getByText(/^Deleted “/).waitFor();
    const after = await readDb(history);
    expect(after.sessions.map((s) => s.id)).not.toContain(importedId);
    expect(after.batches[importedId]).toBeUndefined();
    expect(after.sessions.map((s) => s.id)).toContain(original.id);
    await history.close();
  });

  it('deletes calls past the kept number of days', async () => {
    const history = await openHistory();
    await ageSession(history, original.id, 40);
    await history.getByTestId('retention').selectOption('days:30');
    await history.getByText('Applied. 1 call was deleted.').waitFor();
    const db = await readDb(history);
    expect(db.sessions.map((s) => s.id)).not.toContain(original.id);
    expect(db.batches[original.id]).toBeUndefined();
    await history.close();
  });

  it('under "store nothing", keeps a call only while its tab is open', async () => {
    const closed = await practise('sales-pushy');
    const kept = await practise('sales-consultative');
    await closed.tab.close();
    const history = await openHistory();
    await history.getByTestId('retention').selectOption('nothing');
    await history.getByText('Applied. 1 call was deleted.').waitFor();
    const db = await readDb(history);
    expect(db.sessions.map((s) => s.id)).toEqual([kept.id]);
    expect(Object.keys(db.batches)).toEqual([kept.id]);

    // The practice page drops its previous run when a new one starts, the run being over.
    const firstLink = await kept.tab.getByTestId('debrief-link').getAttribute('href');
    await kept.tab.locator('[data-scenario="admissions-nursing"] input').check();
    await kept.tab.locator('[data-action=start]').click();
    const newRun = async () => {
      const href = await kept.tab
        .getByTestId('debrief-link')
        .getAttribute('href', { timeout: 100 })
        .catch(() => null);
      return href !== null && href !== firstLink;
    };
    await expect.poll(newRun, { timeout: 60_000 }).toBe(true);
    const later = await readDb(history);
    expect(later.sessions.map((s) => s.id)).not.toContain(kept.id);
    expect(later.batches[kept.id]).toBeUndefined();
    expect(later.sessions).toHaveLength(1);
    await history.getByTestId('retention').selectOption('forever');
    await history.close();
  });

  it('deletes everything at once', async () => {
    await practise('panel-platform');
    const history = await openHistory();
    await history.getByTestId('history-list').waitFor();
    expect((await readDb(history)).sessions.length).toBeGreaterThanOrEqual(2);
    // Summaries fill in as each call is rebuilt.
    await expect.poll(() => history.locator('[data-testid=history-list] td.num:has-text("…")').count()).toBe(0);
    for (const scheme of ['light', 'dark'] as const) {
      await history.emulateMedia({ colorScheme: scheme });
      await history.screenshot({ path: `${ARTIFACTS}/history-${scheme}.png`, fullPage: true });
    }
    await history.emulateMedia({ colorScheme: 'light' });
    await history.locator('[data-action=delete-all]').click();
    await history.locator('[data-action=confirm-delete-all]').click();
    await history.getByText('Every call and practice run was deleted.').waitFor();
    expect(await readDb(history)).toEqual({ sessions: [], batches: {} });
    await history.close();
  });
});
