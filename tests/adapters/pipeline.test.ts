// @vitest-environment happy-dom
/**
 * The whole capture path short of the browser: fixture page → replay mutations → real runtime and
 * adapter → caption events → assembler. What comes out must be the source, word for word.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptionAdapter } from '../../utils/capture/adapter.ts';
import { meetAdapter } from '../../entrypoints/meet.content/adapter.ts';
import { teamsAdapter } from '../../entrypoints/teams.content/adapter.ts';
import { zoomAdapter } from '../../entrypoints/zoom.content/adapter.ts';
import { READ_EVERY_MS } from '../../utils/capture/cadence.ts';
import { CaptionAssembler } from '../../lib/capture/assembler.ts';
import { wordsOf } from '../../lib/capture/compare.ts';
import type { CaptionEvent } from '../../lib/capture/types.ts';
import type { Utterance } from '../../lib/transcript/types.ts';
import type { DomApplier } from '../fixtures/replay/dom.ts';
import { createMeetApplier } from '../fixtures/replay/meet-dom.ts';
import { planReplay, type ReplayLine } from '../fixtures/replay/plan.ts';
import { createTeamsApplier } from '../fixtures/replay/teams-dom.ts';
import { createZoomApplier } from '../fixtures/replay/zoom-dom.ts';
import { loadPage, play, startCapture } from './harness.ts';

const meeting: { lines: ReplayLine[] } = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/transcripts/ami-meeting-230.json'), 'utf8'),
);

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

function assemble(events: CaptionEvent[], adapter: CaptionAdapter, idleMs: number): Utterance[] {
  const assembler = new CaptionAssembler({ origin: 0, rollingWindow: adapter.rollingWindow, idleMs });
  for (const event of events) assembler.push(event);
  assembler.flush(Date.now() + 60_000);
  return assembler.utterances();
}

function expected(self: string, lines = meeting.lines): string[] {
  return keyed(lines.map((line) => ({ speaker: line.self ? self : line.speaker, text: line.text })));
}

const keyed = (items: Array<{ speaker: string; text: string }>) =>
  items.map((item) => `${item.speaker}|${wordsOf(item.text).join(' ')}`).sort();

describe.each([
  { name: 'Meet', page: 'meet.html', adapter: meetAdapter, applier: createMeetApplier, self: 'You', idleMs: 8000 },
  {
    name: 'Zoom',
    page: 'zoom-webclient.html',
    adapter: zoomAdapter,
    applier: createZoomApplier,
    self: 'Dana',
    idleMs: 5000,
  },
  {
    name: 'Teams (host)',
    page: 'teams.html',
    adapter: teamsAdapter,
    applier: createTeamsApplier,
    self: 'Dana',
    idleMs: 8000,
  },
  {
    name: 'Teams (guest)',
    page: 'teams-guest.html',
    adapter: teamsAdapter,
    applier: createTeamsApplier,
    self: 'Dana',
    idleMs: 8000,
  },
] satisfies Array<{
  name: string;
  page: string;
  adapter: CaptionAdapter;
  applier: (doc: Document) => DomApplier;
  self: string;
  idleMs: number;
}>)('$name capture pipeline', ({ page, adapter, applier, self, idleMs }) => {
  it.each([1, 7, 42])('reproduces a 230-utterance call word for word (seed %i)', async (seed) => {
    loadPage(page);
    const capture = startCapture(adapter);
    const steps = planReplay(meeting.lines, {
      revisions: true,
      overlaps: true,
      removals: true,
      captionsToggle: true,
      seed,
    });
    await play(applier(document), steps);

    expect(
      keyed(
        assemble(
          capture.updates.flatMap((u) => u.events),
          adapter,
          idleMs,
        ),
      ),
    ).toEqual(expected(self));
  });

  it('reproduces the call word for word when mutations are read in bursts, as in the extension', async () => {
    // The extension reads whole-text blocks in bursts; a rolling window is read on every change.
    const readEveryMs = READ_EVERY_MS;
    loadPage(page);
    const capture = startCapture(adapter, { readEveryMs });
    const steps = planReplay(meeting.lines, {
      revisions: true,
      overlaps: true,
      removals: true,
      captionsToggle: true,
      seed: 7,
    });
    await play(applier(document), steps);
    expect(
      keyed(
        assemble(
          capture.updates.flatMap((u) => u.events),
          adapter,
          idleMs,
        ),
      ),
    ).toEqual(expected(self));
    // Fewer reads than mutations: the point of reading in bursts.
    if (readEveryMs > 0) expect(capture.measures.length).toBeLessThan(steps.length / 2);
  });

  it.each([11, 1, 2])(
    'reproduces the call word for word at the benchmark pace, a word every 4 ms, read as in the extension (seed %i)',
    async (seed) => {
      // Blocks and rows are inserted, evicted and put back within one burst; each must be read before it goes.
      loadPage(page);
      const capture = startCapture(adapter, { readEveryMs: READ_EVERY_MS });
      const lines = meeting.lines.slice(0, 120);
      const steps = planReplay(lines, {
        revisions: true,
        overlaps: true,
        removals: true,
        seed,
        stepMs: 4,
        pauseMs: 1500,
      });
      await play(applier(document), steps);
      const events = capture.updates.flatMap((u) => u.events);
      expect(keyed(assemble(events, adapter, idleMs))).toEqual(expected(self, lines));
    },
  );

  it('loses no first words when the first caption comes with the caption region (no poll to wait for)', async () => {
    loadPage(page);
    // The poll is an hour away: only the document watcher can attach in time.
    const capture = startCapture(adapter, { pollMs: 3_600_000 });
    const lines = meeting.lines.slice(0, 40);
    await play(applier(document), planReplay(lines, { pauseMs: 0, stepMs: 3, seed: 3 }));
    const utterances = assemble(
      capture.updates.flatMap((u) => u.events),
      adapter,
      idleMs,
    );
    expect(keyed(utterances)).toEqual(expected(self, lines));
    // Read from its first word as it arrived, not caught up later as a region's initial contents.
    expect(capture.snapshots().filter((s) => s.initial)).toEqual([]);
  });
});
