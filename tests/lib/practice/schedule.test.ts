import { describe, expect, it } from 'vitest';
import { CaptionAssembler } from '../../../lib/capture/assembler.ts';
import { buildSchedule, GROWTH, growthSteps, runLengthMs, type ScheduleLine } from '../../../lib/practice/schedule.ts';
import { SCENARIOS } from '../../../lib/practice/scenarios/index.ts';
import { BASE, linesOf } from './replay.ts';

const line = (over: Partial<ScheduleLine> = {}): ScheduleLine => ({
  speaker: 'Ana',
  self: false,
  text: 'one two three four',
  start: 1,
  end: 3,
  ...over,
});

describe('growthSteps', () => {
  // Times follow the characters, so a long word takes longer than a short one.
  it('grows word by word from the start to the end', () => {
    expect(growthSteps('one two three four', 1000, 3000, 'words')).toEqual([
      [1000, 'one'],
      [1533, 'one two'],
      [2333, 'one two three'],
      [3000, 'one two three four'],
    ]);
  });

  it('shows a lasting single word a character short first, so it keeps its length', () => {
    expect(growthSteps('Right.', 500, 1500, 'words')).toEqual([
      [500, 'Right'],
      [1500, 'Right.'],
    ]);
    expect(growthSteps('I', 500, 1500, 'words')).toEqual([[500, 'I']]);
  });

  it('in chunks, keeps at most one step a second and still ends on the whole text', () => {
    const words = Array.from({ length: 50 }, (_, i) => `w${i}`).join(' ');
    const steps = growthSteps(words, 0, 20_000, 'chunks');
    expect(steps.length).toBeLessThan(30);
    expect(steps.at(-1)).toEqual([20_000, words]);
    for (let i = 1; i < steps.length; i++)
      expect(steps[i]![0] - steps[i - 1]![0]).toBeLessThanOrEqual(GROWTH.maxStepMs);
  });

  it('fills slow speech with partial words so no wait is longer than a step', () => {
    const steps = growthSteps('Well, honestly', 0, 4_000, 'words');
    for (let i = 1; i < steps.length; i++)
      expect(steps[i]![0] - steps[i - 1]![0]).toBeLessThanOrEqual(GROWTH.maxStepMs);
    expect(steps.length).toBeGreaterThan(2);
    expect(steps.at(-1)).toEqual([4_000, 'Well, honestly']);
  });

  it('normalises spacing and skips empty text', () => {
    expect(growthSteps('  a   b  ', 0, 1000, 'words').at(-1)![1]).toBe('a b');
    expect(growthSteps('   ', 0, 1000, 'words')).toEqual([]);
  });
});

describe('buildSchedule', () => {
  it('carries call time on every event whatever the speed; only when it is sent changes', () => {
    const lines = [line(), line({ speaker: 'Ben', text: 'five six', start: 3.5, end: 4.5 })];
    const once = buildSchedule(lines, { speed: '1x', base: BASE });
    const fast = buildSchedule(lines, { speed: '4x', base: BASE });
    const now = buildSchedule(lines, { speed: 'instant', base: BASE, growth: 'words' });
    expect(fast.map((e) => e.event)).toEqual(once.map((e) => e.event));
    expect(now.map((e) => e.event)).toEqual(once.map((e) => e.event));
    expect(fast.map((e) => e.due)).toEqual(once.map((e) => Math.round(e.due / 4)));
    expect(now.every((e) => e.due === 0)).toBe(true);
    expect(runLengthMs(once)).toBe(4500 + GROWTH.goneAfterMs);
  });

  it('gives each utterance one block, removed a moment after its last word, in time order', () => {
    const schedule = buildSchedule([line({ id: 'a' }), line({ id: 'a', speaker: 'Ben', start: 2, end: 4 })], {
      speed: '1x',
      base: 0,
    });
    const times = schedule.map((e) => e.event.t);
    expect(times).toEqual([...times].sort((x, y) => x - y));
    const blocks = new Set(schedule.map((e) => ('block' in e.event ? e.event.block : '')));
    expect(blocks).toEqual(new Set(['a', 'a#2']));
    const gone = schedule.filter((e) => e.event.kind === 'gone').map((e) => e.event.t);
    expect(gone).toEqual([3000 + GROWTH.goneAfterMs, 4000 + GROWTH.goneAfterMs]);
  });

  it("marks the user's lines and keeps speaker names within the protocol limit", () => {
    const [first] = buildSchedule([line({ self: true, speaker: 'x'.repeat(500) })], { speed: '1x', base: 0 });
    expect(first!.event).toMatchObject({ kind: 'block', self: true });
    expect(first!.event.kind === 'block' && first!.event.speaker.length).toBe(200);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s reassembles to its own lines, times and all', (_, scenario) => {
    for (const growth of ['words', 'chunks'] as const) {
      const events = buildSchedule(linesOf(scenario), { speed: 'instant', base: BASE, growth }).map((e) => e.event);
      const assembler = new CaptionAssembler({ origin: BASE, rollingWindow: false, idleMs: 3_000 });
      for (const event of events) assembler.push(event);
      assembler.flush(events.at(-1)!.t);
      const got = assembler.utterances().map(({ speaker, text, start, end }) => ({ speaker, text, start, end }));
      const want = scenario.lines.map(({ speaker, text, start, end }) => ({ speaker, text, start, end }));
      expect(got).toEqual([...want].sort((a, b) => a.start - b.start));
    }
  });
});
