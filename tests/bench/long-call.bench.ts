/**
 * A 3-hour call, replayed fast through the real extension in Chromium: memory of the call page
 * (its isolate holds the content script), of the service worker and of the side panel, per hour of
 * call; how responsive the panel stays (event-loop lag while updates stream in); and whether every
 * utterance arrived. Uses the AMI meetings of the evaluation corpus (docs/evaluation.md) when present (real speech), else
 * repeats the committed 230-utterance excerpt.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/harness/chromium.ts';
import { startFixtureServer } from '../e2e/harness/fixture-server.ts';
import { readTranscript } from '../e2e/harness/panel.ts';
import type { ReplayLine } from '../fixtures/replay/plan.ts';
import { corpusPath } from '../tools/corpus-dir.ts';
import { percentile, printTable } from './figures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CALL_HOURS = 3;
/** The call's first minutes, measured on their own: what a call pays once, at its start, shows there. */
const WARM_UP_MINUTES = 10;
const NAMES = ['Amara', 'Bruno', 'Chen', 'Dana'];

interface TimedLine extends ReplayLine {
  start: number;
}

const call = loadCall();
const hours = Array.from({ length: CALL_HOURS }, (_, h) => call.filter((line) => Math.floor(line.start / 3600) === h));
const words = call.reduce((sum, line) => sum + line.text.split(/\s+/).length, 0);

const server = await startFixtureServer();
const browser = await launchWithExtension(server.port);
try {
  const page = await browser.context.newPage();
  await page.goto('https://meet.google.com/abc-defg-hij');
  const panel = await browser.openPanel(await browser.tabIdOf(page));
  const pageCdp = await browser.context.newCDPSession(page);
  const panelCdp = await browser.context.newCDPSession(panel);
  const worker = await workerSession(browser);

  let replayed = 0;
  // Sampled once the worker has handled every batch replayed so far (the panel shows each utterance),
  // so no backlog of messages waiting in the worker is counted as memory the call keeps.
  const heaps = async () => ({
    caughtUp: await waitForLines(panel, replayed),
    page: await heapMB(pageCdp),
    panel: await heapMB(panelCdp),
    worker: await worker.heapMB(),
  });
  const start = await heaps();
  const perHour: Array<Awaited<ReturnType<typeof heaps>>> = [];
  // Samples how late a 50 ms timer fires: the lag a click would feel while updates render. (A string,
  // because tsx would wrap named functions in a helper the page does not have.)
  await panel.evaluate(`{
    const lags = (window.lags = []);
    let expected = performance.now() + 50;
    setTimeout(function sample() {
      const now = performance.now();
      lags.push(Math.max(0, now - expected));
      expected = now + 50;
      setTimeout(sample, 50);
    }, 50);
  }`);

  const began = Date.now();
  const play = async (lines: TimedLine[]) => {
    await page.evaluate((replay) => window.candorReplay.play(replay, { stepMs: 1, overlaps: true, seed: 9 }), lines);
    replayed += lines.length;
  };
  let warm: Awaited<ReturnType<typeof heaps>> | undefined;
  for (const [h, lines] of hours.entries()) {
    if (h === 0) {
      // The same replay, cut in two: the heap after the first minutes tells the one-time part apart.
      const found = lines.findIndex((line) => line.start >= WARM_UP_MINUTES * 60);
      const split = found < 0 ? lines.length : found;
      await play(lines.slice(0, split));
      warm = await heaps();
      await play(lines.slice(split));
    } else {
      await play(lines);
    }
    perHour.push(await heaps());
    console.log(`  hour ${h + 1}: ${lines.length} utterances replayed (${((Date.now() - began) / 1000).toFixed(0)} s)`);
  }
  const finals = await waitForCount(panel, call.length);
  const lags: number[] = await panel.evaluate(() => (window as unknown as { lags: number[] }).lags);
  const end = perHour.at(-1)!;
  const growth = (key: 'page' | 'panel' | 'worker') => (end[key] - start[key]) / CALL_HOURS;
  // The first hour also pays one-time costs (compiled code, the NLP library's first parse and its compiled
  // lexicon nets, the bounded caches filling up); after it, the slope is what a longer call keeps adding.
  const steady = (key: 'page' | 'panel' | 'worker') => (end[key] - perHour[0]![key]) / (CALL_HOURS - 1);
  const first = perHour[0]!;
  // The first minutes' growth beyond what the steady slope accounts for: what the call paid once.
  const oneTime = warm!.worker - start.worker - (steady('worker') * WARM_UP_MINUTES) / 60;

  printTable(
    `Long call: ${CALL_HOURS} h, ${call.length} utterances, ${words} words (replayed in ${((Date.now() - began) / 1000).toFixed(0)} s)`,
    [
      ['utterances in the panel at the end', `${finals} of ${call.length}`, 'all'],
      [
        'heap samples taken with the worker caught up',
        `${[start, warm!, ...perHour].filter((sample) => sample.caughtUp).length} of ${perHour.length + 2}`,
        'all',
      ],
      [
        'call page heap (page + content script)',
        `${start.page.toFixed(1)} → ${perHour.map((m) => m.page.toFixed(1)).join(' → ')} MB; ${growth('page').toFixed(2)} MB per hour`,
        'bounded',
      ],
      [
        `service worker heap (start → ${WARM_UP_MINUTES} min → each hour)`,
        `${start.worker.toFixed(2)} → ${warm!.worker.toFixed(2)} → ${perHour.map((m) => m.worker.toFixed(2)).join(' → ')} MB`,
        '',
      ],
      [
        'service worker heap, whole call',
        `${growth('worker').toFixed(2)} MB per hour: ${(end.worker - start.worker).toFixed(2)} MB over ${CALL_HOURS} h`,
        '≤ 1 MB per hour',
      ],
      [
        'service worker heap, steady growth after the first hour',
        `${steady('worker').toFixed(2)} MB per hour`,
        '≤ 1 MB per hour',
      ],
      [
        `service worker heap, first ${WARM_UP_MINUTES} minutes`,
        `${(warm!.worker - start.worker).toFixed(2)} MB (one-time ≈ ${oneTime.toFixed(2)} MB: compiled code, compromise's first parse, the lexicon nets, the bounded caches filling); first hour ${(first.worker - start.worker).toFixed(2)} MB`,
        'one-time, bounded',
      ],
      [
        'side panel heap',
        `${start.panel.toFixed(1)} → ${perHour.map((m) => m.panel.toFixed(1)).join(' → ')} MB; ${growth('panel').toFixed(2)} MB per hour`,
        'transcript only',
      ],
      [
        'panel event-loop lag while updating',
        `p50 ${percentile(lags, 50).toFixed(1)} ms, p95 ${percentile(lags, 95).toFixed(1)} ms, max ${Math.max(...lags).toFixed(0)} ms`,
        'p95 < 50 ms',
      ],
    ],
  );
} finally {
  await browser.close();
  await server.close();
}

function loadCall(): TimedLine[] {
  const corpus = corpusPath('ami', 'dev.jsonl');
  const lines: TimedLine[] = [];
  if (existsSync(corpus)) {
    let offset = 0;
    for (const row of readFileSync(corpus, 'utf8').split('\n').filter(Boolean)) {
      const meeting = JSON.parse(row) as {
        turns: Array<{ speaker: string; text: string; start: number; end: number }>;
      };
      let last = 0;
      for (const turn of meeting.turns) {
        const speaker = NAMES['ABCD'.indexOf(turn.speaker)] ?? turn.speaker;
        const text = turn.text.replace(/\s+/g, ' ').trim();
        if (!text) continue;
        const previous = lines.at(-1);
        // Consecutive acts of one speaker are one caption block.
        if (previous && previous.speaker === speaker) previous.text += ` ${text}`;
        else lines.push({ speaker, text, start: offset + turn.start, ...(speaker === 'Dana' ? { self: true } : {}) });
        last = turn.end;
      }
      offset += last;
      if (offset >= CALL_HOURS * 3600) break;
    }
  } else {
    const excerpt: ReplayLine[] = JSON.parse(
      readFileSync(resolve(ROOT, 'tests/fixtures/transcripts/ami-meeting-230.json'), 'utf8'),
    ).lines;
    for (let i = 0; lines.length === 0 || lines.at(-1)!.start < CALL_HOURS * 3600; i++) {
      lines.push({ ...excerpt[i % excerpt.length]!, start: i * 12 });
    }
  }
  return lines.filter((line) => line.start < CALL_HOURS * 3600);
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 2 ** 20;
}

/** The service worker has no Playwright CDP session; talk to its target through the browser session. */
async function workerSession(ext: ExtensionBrowser) {
  const cdp = await ext.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: Array<{ targetId: string; type: string; url: string }>;
  };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(ext.extensionId))!;
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as {
    sessionId: string;
  };
  let id = 0;
  const pending = new Map<number, (result: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  const send = (method: string) =>
    new Promise<unknown>((done) => {
      pending.set(++id, done);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  return {
    heapMB: async () => {
      await send('HeapProfiler.collectGarbage');
      return ((await send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
    },
  };
}

/** Waits (up to a minute) until the panel lists `count` lines, open or final; then a moment for the rest. */
async function waitForLines(panel: Page, count: number): Promise<boolean> {
  if (count === 0) return true;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const total = await panel.evaluate(() =>
      document.querySelector('[data-testid=transcript]')?.getAttribute('data-total'),
    );
    if (Number(total ?? 0) >= count) {
      await panel.waitForTimeout(1000);
      return true;
    }
    await panel.waitForTimeout(250);
  }
  return false;
}

async function waitForCount(panel: Page, count: number): Promise<number> {
  const deadline = Date.now() + 120_000;
  let finals = 0;
  while (Date.now() < deadline) {
    // Only the newest lines are rendered: the list says how many there are in all.
    const total = Number(await panel.getAttribute('[data-testid=transcript]', 'data-total'));
    finals = total - (await readTranscript(panel)).filter((cue) => !cue.final).length;
    if (finals >= count) break;
    await panel.waitForTimeout(1000);
  }
  return finals;
}
