import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, test } from 'vitest';
import type { ReplayLine, ReplayOptions, TimedStep } from '../fixtures/replay/plan.ts';
import { REINSERT_AFTER_MS, finalBlocks, misheard, planReplay } from '../fixtures/replay/plan.ts';
import { zoomWindow } from '../fixtures/replay/zoom-dom.ts';
import { HOSTILE, MEETING } from './transcripts.ts';

const AMI: ReplayLine[] = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/transcripts/ami-meeting-230.json'), 'utf8'),
).lines;
const FULL: ReplayOptions = { revisions: true, overlaps: true, removals: true, captionsToggle: true };

const EDGE: ReplayLine[] = [
  { speaker: 'A', text: '' },
  { speaker: 'B', text: '  leading and trailing spaces  ' },
  { speaker: 'C', text: 'one' },
  { speaker: 'D', text: 'tab\tand\nnewline separated words here' },
  { speaker: 'E', text: '中文没有空格的一句话' },
];

describe('every block ends with exactly its line', () => {
  test.each([
    ['meeting', MEETING],
    ['hostile', HOSTILE],
    ['edge cases', EDGE],
    ['AMI 230 turns', AMI],
  ] as const)('%s, over several seeds and option sets', (_, lines) => {
    for (const seed of [1, 2, 3, 7, 11]) {
      for (const options of [{}, FULL, { revisions: true }, { overlaps: true }]) {
        const final = finalBlocks(planReplay(lines, { ...options, seed }));
        expect([...final.keys()]).toEqual(lines.map((_, i) => i));
        lines.forEach((line, i) => {
          expect(final.get(i)).toEqual({ speaker: line.speaker, self: line.self === true, text: line.text });
        });
      }
    }
  });
});

describe('the timeline', () => {
  const steps = planReplay(AMI, { ...FULL, seed: 7 });

  it('gives every step its own time, in order, 5 ms per word by default', () => {
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.at).toBeGreaterThan(steps[i - 1]!.at);
    const texts = steps.filter((s) => s.kind === 'block-text');
    expect(texts.length).toBeGreaterThan(AMI.length * 5);
    expect(planReplay(MEETING.slice(0, 1), { stepMs: 40 }).at(-1)!.at).toBe(
      2500 + 40 * MEETING[0]!.text.split(' ').length,
    );
  });

  it('starts with captions on and toggles them off and on once, halfway, with a pause each', () => {
    const toggles = steps.filter((s) => s.kind === 'captions-on' || s.kind === 'captions-off');
    expect(toggles.map((s) => s.kind)).toEqual(['captions-on', 'captions-off', 'captions-on']);
    expect(toggles[2]!.at - toggles[1]!.at).toBe(2500);
    const next = steps[steps.indexOf(toggles[2]!) + 1]!;
    expect(next).toMatchObject({ kind: 'block-start', block: Math.floor(AMI.length / 2) });
    expect(next.at - toggles[2]!.at).toBe(2500);
  });

  it('re-inserts removed blocks within 300 ms and never touches a block before it starts', () => {
    const started = new Set<number>();
    let removed: TimedStep | null = null;
    let removals = 0;
    for (const step of steps) {
      if (step.kind === 'block-start') started.add(step.block);
      else if ('block' in step) expect(started.has(step.block)).toBe(true);
      if (step.kind === 'block-remove') {
        removed = step;
        removals++;
      }
      if (step.kind === 'block-reinsert') {
        expect(removed).toMatchObject({ block: step.block });
        expect(step.at - removed!.at).toBe(REINSERT_AFTER_MS);
        expect(REINSERT_AFTER_MS).toBeLessThan(300);
      }
    }
    expect(removals).toBeGreaterThan(10);
  });

  it('includes overlaps, mis-hearings and late corrections of the previous block', () => {
    let overlaps = 0;
    let rewrites = 0;
    const latest = new Map<number, string>();
    let current = -1;
    for (const step of steps) {
      if (step.kind === 'block-start') current = step.block;
      if (step.kind !== 'block-text') continue;
      if (step.block < current) overlaps++;
      const before = latest.get(step.block);
      if (before !== undefined && !step.text.startsWith(before)) rewrites++;
      latest.set(step.block, step.text);
    }
    expect(overlaps).toBeGreaterThan(20);
    expect(rewrites).toBeGreaterThan(50);
  });

  it('is deterministic per seed', () => {
    expect(planReplay(MEETING, { ...FULL, seed: 3 })).toEqual(planReplay(MEETING, { ...FULL, seed: 3 }));
    expect(planReplay(MEETING, { ...FULL, seed: 3 })).not.toEqual(planReplay(MEETING, { ...FULL, seed: 4 }));
  });

  it('without options, only grows each block word by word', () => {
    const plain = planReplay(MEETING.slice(0, 2));
    expect(plain.map((s) => s.kind)).toEqual([
      'captions-on',
      'block-start',
      ...Array(14).fill('block-text'),
      'block-start',
      ...Array(16).fill('block-text'),
    ]);
  });
});

test.each([
  ['it', 'at'],
  ['Okay', 'Ukay'],
  ['rhythm', 'rhythms'],
  ['中文', '中文s'],
])('misheard(%s) = %s', (word, wrong) => {
  expect(misheard(word)).toBe(wrong);
});

test.each([
  ['short text stays whole', 'one two three', 'one two three'],
  [
    '16 words keep the last 14',
    'w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16',
    'w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16',
  ],
  ['trailing space kept', `${'a '.repeat(15)}`, `${'a '.repeat(14)}`],
])('zoomWindow: %s', (_, text, window) => {
  expect(zoomWindow(text)).toBe(window);
});
