/**
 * Nothing is lost: the service worker is stopped mid-call, the panel is closed and reopened, the call
 * tab is reloaded, captions go off and on — and the transcript still holds every utterance exactly once.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../lib/capture/compare.ts';
import { useExtensionRun } from './harness/extension-run.ts';
import { waitForFinalCues } from './harness/panel.ts';
import type { ReplayLine } from '../fixtures/replay/plan.ts';

const transcript = (name: string): ReplayLine[] =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../fixtures/transcripts/${name}.json`), 'utf8')).lines;
const meeting = transcript('ami-meeting-230');
// An interview with an interruption and a skeptical reply, so there are flags to keep too.
const interview = transcript('demo-interview');

const run = useExtensionRun();

/**
 * Stops the extension's service worker the way Chrome does when it idles, through the DevTools
 * protocol, and proves it: a mark left in the worker's globals is gone once it runs again.
 */
async function stopServiceWorker(): Promise<void> {
  await (
    await run.browser.worker()
  ).evaluate(() => {
    (globalThis as { candorMark?: number }).candorMark = 1;
  });
  const cdp = await run.browser.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: Array<{ targetId: string; type: string; url: string }>;
  };
  const worker = targetInfos.find(
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${run.browser.extensionId}/`),
  );
  if (!worker) throw new Error('no service worker to stop');
  await cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await cdp.detach();
  // Playwright either notices the restart itself or reaches the new worker, where the mark is gone.
  const mark = await (
    await run.browser.worker()
  )
    .evaluate(() => (globalThis as { candorMark?: number }).candorMark)
    .catch((error: Error) => (/restarted/.test(error.message) ? undefined : Promise.reject(error)));
  expect(mark).toBeUndefined();
}

const keyed = (items: Array<{ speaker: string; text: string }>) =>
  items.map((item) => `${item.speaker}|${wordsOf(item.text).join(' ')}`).sort();

describe('faults during a call', () => {
  it('keeps every utterance exactly once across a worker stop, a closed panel and a reloaded tab', async () => {
    const parts = [meeting.slice(0, 50), meeting.slice(50, 100), interview];
    const options = { revisions: true, overlaps: true, removals: true, seed: 4 };
    const call = await run.browser.context.newPage();
    await call.goto('https://meet.google.com/abc-defg-hij');
    const tabId = await run.browser.tabIdOf(call);
    let panel = await run.browser.openPanel(tabId);

    const first = call.evaluate(([lines, opts]) => window.candorReplay.play(lines, opts), [
      parts[0]!,
      options,
    ] as const);
    await call.waitForTimeout(1500);
    await stopServiceWorker(); // mid-replay: batches in flight must be re-sent, none lost or doubled
    await first;

    await panel.close();
    await call.evaluate(([lines, opts]) => window.candorReplay.play(lines, opts), [parts[1]!, options] as const);
    panel = await run.browser.openPanel(tabId);

    await call.reload();
    await call.evaluate(([lines, opts]) => window.candorReplay.play(lines, opts), [parts[2]!, options] as const);
    await stopServiceWorker(); // and once more while the panel is open: it reconnects
    const all = parts.flat();
    const cues = await waitForFinalCues(panel, all.length, 90_000);
    expect(keyed(cues)).toEqual(
      keyed(all.map((line) => ({ speaker: line.self ? 'You' : line.speaker, text: line.text }))),
    );

    // The flags the live panel marks are exactly those a clean rebuild of the stored log finds (the debrief).
    const session = await panel.evaluate(async (tab) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const open = indexedDB.open('candor');
        open.onsuccess = () => ok(open.result);
        open.onerror = () => fail(open.error);
      });
      const all = await new Promise<Array<{ id: string; tabId: number }>>((ok) => {
        const request = db.transaction('sessions').objectStore('sessions').getAll();
        request.onsuccess = () => ok(request.result);
      });
      db.close();
      return all.filter((record) => record.tabId === tab).map((record) => record.id);
    }, tabId);
    expect(session).toHaveLength(1);
    const debrief = await run.browser.context.newPage();
    await debrief.goto(`chrome-extension://${run.browser.extensionId}/debrief.html?session=${session[0]}`);
    await debrief.getByTestId('next-steps').waitFor({ timeout: 30_000 });
    const rebuilt = await debrief.$$eval('[data-testid=moments] > li[data-flag]', (items) =>
      items.map((item) => item.getAttribute('data-anchor') ?? ''),
    );
    const live = await panel.$$eval('[data-testid=transcript] li[data-flag]', (items) =>
      items.map((item) => item.getAttribute('data-id') ?? ''),
    );
    expect(rebuilt.length).toBeGreaterThan(0);
    expect([...new Set(live)].sort()).toEqual([...new Set(rebuilt)].sort());
  });

  it.each([
    ['host', 'https://teams.microsoft.com/v2/'],
    ['guest', 'https://teams.live.com/light-meetings/launch?coords=e30'],
  ])(
    'keeps every Teams utterance (%s view) exactly once across a reloaded tab and captions toggled',
    async (_, url) => {
      const parts = [meeting.slice(100, 140), meeting.slice(140, 180)];
      const options = { revisions: true, overlaps: true, removals: true, captionsToggle: true, seed: 9 };
      const call = await run.browser.context.newPage();
      await call.goto(url);
      const panel = await run.browser.openPanel(await run.browser.tabIdOf(call));
      await call.evaluate(([lines, opts]) => window.candorReplay.play(lines, opts), [parts[0]!, options] as const);
      await call.reload();
      await call.evaluate(([lines, opts]) => window.candorReplay.play(lines, opts), [parts[1]!, options] as const);
      const all = parts.flat();
      const cues = await waitForFinalCues(panel, all.length, 90_000);
      expect(keyed(cues)).toEqual(keyed(all.map((line) => ({ speaker: line.speaker, text: line.text }))));
    },
  );
});
