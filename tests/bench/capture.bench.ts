/**
 * Capture benchmark in real Chromium, printed as figures (never asserted):
 * - time the content script spends per caption mutation batch (the runtime + adapter, in the page);
 * - the built content scripts' size, raw and gzipped;
 * - latency from a caption DOM change to its event reaching the background (built extension).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM, EXTENSION_DIR, launchWithExtension } from '../e2e/harness/chromium.ts';
import { hostRules, startFixtureServer } from '../e2e/harness/fixture-server.ts';
import { planReplay, type ReplayLine, type TimedStep } from '../fixtures/replay/plan.ts';
import { percentile, printTable } from './figures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const meeting: { lines: ReplayLine[] } = JSON.parse(
  readFileSync(resolve(ROOT, 'tests/fixtures/transcripts/ami-meeting-230.json'), 'utf8'),
);
const PLAN = { revisions: true, overlaps: true, removals: true, seed: 11, stepMs: 4 } as const;

const server = await startFixtureServer();
try {
  const rows: Array<[string, string, string]> = [];
  const cost = await mutationCost();
  for (const [platform, measures] of Object.entries(cost)) {
    rows.push([
      `${platform}: content-script time per mutation batch`,
      `median ${fmt(percentile(measures, 50))} ms, p99 ${fmt(percentile(measures, 99))} ms, max ${fmt(Math.max(...measures))} ms (${measures.length} batches)`,
      'p99 < 0.5 ms',
    ]);
  }
  for (const name of ['meet', 'zoom']) {
    const bytes = readFileSync(resolve(EXTENSION_DIR, `content-scripts/${name}.js`));
    rows.push([
      `${name}: content script size`,
      `${kb(bytes.length)} KB raw, ${kb(gzipSync(bytes).length)} KB gzipped`,
      '< 30 KB gzipped',
    ]);
  }
  const latency = await deliveryLatency();
  rows.push([
    'Meet: DOM change → background',
    `p50 ${fmt(percentile(latency, 50))} ms, p95 ${fmt(percentile(latency, 95))} ms, max ${fmt(Math.max(...latency))} ms (${latency.length} changes)`,
    'p95 < 50 ms',
  ]);
  printTable('Capture', rows);
} finally {
  await server.close();
}

/** Replays the 230-utterance call on each fixture page with the runtime bundled in, timing each callback. */
async function mutationCost(): Promise<Record<string, number[]>> {
  const bundle = await build({
    entryPoints: [resolve(ROOT, 'tests/bench/capture-page.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      `--host-resolver-rules=${hostRules(server.port)}`,
    ],
  });
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const results: Record<string, number[]> = {};
  try {
    for (const [platform, url] of [
      ['Meet', 'https://meet.google.com/abc-defg-hij'],
      ['Zoom', 'https://app.zoom.us/wc/123456789/webclient'],
    ] as const) {
      const page = await context.newPage();
      await page.goto(url);
      await page.addScriptTag({ content: script });
      await page
        .evaluate((args) => window.candorReplay.play(args.lines, args.plan), { lines: meeting.lines, plan: PLAN })
        .catch(() => undefined);
      results[platform] = await page.evaluate(() => window.candorCaptureBench.measures);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** Applies the plan step by step from the page, stamping each text change; the worker stamps arrivals. */
async function deliveryLatency(): Promise<number[]> {
  const ext = await launchWithExtension(server.port);
  try {
    const worker = await ext.worker();
    await worker.evaluate(() => {
      const scope = globalThis as unknown as {
        arrivals: Map<string, number>;
        chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } };
      };
      scope.arrivals = new Map();
      scope.chrome.runtime.onMessage.addListener((message) => {
        const batch = message as { type?: string; events?: Array<{ kind: string; text?: string }> };
        if (batch.type !== 'capture/batch') return;
        const now = Date.now();
        for (const event of batch.events ?? [])
          if (event.text && !scope.arrivals.has(event.text)) scope.arrivals.set(event.text, now);
      });
    });
    const page = await ext.context.newPage();
    await page.goto('https://meet.google.com/abc-defg-hij');
    const steps: TimedStep[] = planReplay(meeting.lines.slice(0, 60), { seed: 5, stepMs: 30 });
    const applied: Array<[string, number]> = await page.evaluate(async (plan) => {
      const stamps: Array<[string, number]> = [];
      const start = performance.now();
      for (const step of plan) {
        const wait = step.at - (performance.now() - start);
        if (wait > 0) await new Promise((done) => setTimeout(done, wait));
        await window.candorReplay.step(step);
        if (step.kind === 'block-text') stamps.push([step.text, Date.now()]);
      }
      return stamps;
    }, steps);
    await page.waitForTimeout(500);
    const arrivals = new Map<string, number>(
      await worker.evaluate(() => [...(globalThis as unknown as { arrivals: Map<string, number> }).arrivals]),
    );
    return applied.flatMap(([text, at]) => {
      const arrived = arrivals.get(text);
      return arrived === undefined ? [] : [arrived - at];
    });
  } finally {
    await ext.close();
  }
}

function fmt(ms: number): string {
  return ms < 1 ? ms.toFixed(3) : ms.toFixed(1);
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}
