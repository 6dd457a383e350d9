import { describe, expect, test } from 'vitest';
import { type AssemblerOptions, CaptionAssembler } from '../../../lib/capture/assembler.ts';
import { wordsOf } from '../../../lib/capture/compare.ts';
import type { BlockGone, BlockSnapshot, CaptionEvent } from '../../../lib/capture/types.ts';
import type { Utterance } from '../../../lib/transcript/types.ts';

// Zoom: each row shows a rolling window of its text (docs/capture.md: Zoom, Growth). Times are ms after T0.
const T0 = 1_750_000_000_000;
const row = (block: string, text: string, at: number, speaker = 'Zoe'): BlockSnapshot => ({
  kind: 'block',
  block,
  speaker,
  self: false,
  text,
  t: T0 + at,
});
const gone = (block: string, at: number): BlockGone => ({ kind: 'gone', block, t: T0 + at });
const w = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `w${from + i}`).join(' ');

/** Drives an assembler (rolling window by default) and checks the output contract on everything it emits. */
class Session {
  readonly assembler: CaptionAssembler;
  readonly emitted: Utterance[] = [];
  private readonly finalIds = new Set<string>();

  constructor(options: Partial<AssemblerOptions> = {}) {
    this.assembler = new CaptionAssembler({ origin: T0, rollingWindow: true, idleMs: 5000, ...options });
  }

  push(...events: CaptionEvent[]): Utterance[] {
    return this.record(events.flatMap((event) => this.assembler.push(event)));
  }

  tick(at: number): Utterance[] {
    return this.record(this.assembler.tick(T0 + at));
  }

  flush(at: number): Utterance[] {
    return this.record(this.assembler.flush(T0 + at));
  }

  finals(): Utterance[] {
    return this.emitted.filter((u) => u.final);
  }

  finalTexts(): string[] {
    return this.finals().map((u) => u.text);
  }

  private record(out: Utterance[]): Utterance[] {
    for (const u of out) {
      expect(u.text).not.toBe('');
      expect(this.finalIds.has(u.id), `${u.id} changed after final`).toBe(false);
      if (u.final) this.finalIds.add(u.id);
      this.emitted.push(u);
    }
    return out;
  }
}

describe('rolling window', () => {
  test('keeps the words that scrolled out of a front-trimmed window', () => {
    const s = new Session();
    s.push(row('r', w(1, 10), 0));
    expect(s.push(row('r', w(5, 14), 300))).toMatchObject([{ id: 'r', text: w(1, 14), final: false }]);
    s.flush(1000);
    expect(s.finalTexts()).toEqual([w(1, 14)]);
  });

  test('a window sliding word by word gives every word once', () => {
    const s = new Session();
    for (let n = 1; n <= 120; n++) s.push(row('r', w(Math.max(1, n - 11), n), n * 100));
    s.flush(20_000);
    expect(s.finalTexts()).toEqual([w(1, 120)]);
  });

  test('windows that jump several words at once, with punctuation and case flips', () => {
    const s = new Session();
    s.push(row('r', 'so the plan is to ship', 0));
    s.push(row('r', 'So the plan is to ship on friday', 200));
    s.push(row('r', 'plan is to ship on Friday, and then we', 400));
    s.push(row('r', 'ship on Friday, and then we rest.', 600));
    s.flush(1000);
    expect(s.finalTexts()).toEqual(['So the plan is to ship on Friday, and then we rest.']);
  });

  test('a corrected last word, then a retraction to shorter text, are revisions (p = 0)', () => {
    const s = new Session();
    s.push(row('r', 'we could meat', 0));
    s.push(row('r', 'we could meet', 100));
    expect(s.push(row('r', 'we could', 200))).toMatchObject([{ text: 'we could' }]);
    s.push(row('r', 'we could go', 300));
    s.flush(1000);
    expect(s.finalTexts()).toEqual(['we could go']);
  });

  test('a correction right after a trim keeps the scrolled-out words', () => {
    const s = new Session();
    s.push(row('r', w(1, 10), 0), row('r', `${w(4, 12)} x13`, 100), row('r', `${w(4, 12)} w13`, 200));
    s.push(row('r', w(4, 12), 300));
    s.flush(1000);
    expect(s.finalTexts()).toEqual([w(1, 12)]);
  });

  test('stale+new concatenation, then the clean window 50 ms later: every word once, in order', () => {
    const s = new Session();
    s.push(row('r', w(1, 10), 0));
    const transient = s.push(row('r', `${w(1, 10)} ${w(5, 14)}`, 1000));
    expect(transient).toMatchObject([{ text: w(1, 14) }]);
    expect(s.push(row('r', w(5, 14), 1050))).toEqual([]);
    s.push(row('r', w(5, 16), 1300));
    s.flush(2000);
    expect(s.finalTexts()).toEqual([w(1, 16)]);
    expect(wordsOf(s.finalTexts().join(' '))).toEqual(wordsOf(w(1, 16)));
  });

  test('no alignment with a long previous window is a reset', () => {
    const s = new Session();
    s.push(row('r', w(1, 12), 0));
    const out = s.push(row('r', 'totally new words here', 500));
    expect(out.map((u) => [u.id, u.text, u.final])).toEqual([
      ['r', w(1, 12), true],
      ['r~2', 'totally new words here', false],
    ]);
    expect(s.assembler.stats().resets).toBe(1);
  });

  test('a short window rewritten wholesale is a revision', () => {
    const s = new Session();
    s.push(row('r', 'i scream', 0), row('r', 'ice cream please', 200));
    s.flush(1000);
    expect(s.finalTexts()).toEqual(['ice cream please']);
    expect(s.assembler.stats().resets).toBe(0);
  });

  test('after a row is final, new window words are a continuation; scrolled final words are not repeated', () => {
    const s = new Session();
    s.push(row('r', w(1, 8), 0));
    expect(s.tick(5000)).toMatchObject([{ id: 'r', text: w(1, 8), final: true }]);
    s.push(row('r', w(4, 11), 6000), row('r', w(7, 14), 6300));
    s.flush(7000);
    expect(s.finalTexts()).toEqual([w(1, 8), w(9, 14)]);
  });

  test('a window revising only final words is dropped and counted', () => {
    const s = new Session();
    s.push(row('r', 'we could meat', 0));
    s.tick(5000);
    expect(s.push(row('r', 'we could meet', 6000))).toEqual([]);
    expect(s.assembler.stats().lateRevisionsDropped).toBe(1);
    expect(s.push(row('r', 'we could meet today', 6200))).toMatchObject([{ id: 'r~2', text: 'today' }]);
  });

  test('without rollingWindow a front trim is not aligned (Meet revisions shift words)', () => {
    const s = new Session({ rollingWindow: false });
    s.push(row('r', w(1, 10), 0), row('r', w(5, 14), 300));
    s.flush(1000);
    expect(s.finalTexts()).toEqual([w(5, 14)]);
  });

  test('idle is whatever the caller passes (Zoom: 5000)', () => {
    const s = new Session();
    s.push(row('r', 'pause', 0));
    expect(s.tick(4999)).toEqual([]);
    expect(s.tick(5000)).toHaveLength(1);
  });
});

describe('a new row continuing a removed one', () => {
  test('within the grace, same speaker, aligned start: the same utterance, no duplicate words', () => {
    const s = new Session();
    s.push(row('r1', w(1, 10), 0), gone('r1', 1000));
    expect(s.push(row('r2', w(8, 13), 1200))).toMatchObject([{ id: 'r1', text: w(1, 13), final: false }]);
    expect(s.tick(2000)).toEqual([]);
    s.push(row('r2', w(8, 15), 2500));
    s.flush(3000);
    expect(s.finals()).toMatchObject([{ id: 'r1', text: w(1, 15), start: 0, end: 2.5 }]);
  });

  test('a later gone for the old row id is ignored once taken over', () => {
    const s = new Session();
    s.push(row('r1', w(1, 10), 0), gone('r1', 1000), row('r2', w(8, 12), 1100), gone('r1', 1200));
    expect(s.tick(2000)).toEqual([]);
    s.push(gone('r2', 2100));
    expect(s.tick(2500)).toMatchObject([{ id: 'r1', text: w(1, 12), final: true }]);
  });

  test('the new row may take over a row already final: new words become ~2', () => {
    const s = new Session();
    s.push(row('r1', w(1, 10), 0));
    s.tick(5000);
    s.push(gone('r1', 5100), row('r2', w(8, 13), 5300));
    s.flush(6000);
    expect(s.finals().map((u) => [u.id, u.text])).toEqual([
      ['r1', w(1, 10)],
      ['r1~2', w(11, 13)],
    ]);
  });

  test.each([
    ['another speaker', row('r2', w(8, 13), 1200, 'Max')],
    ['after the grace', row('r2', w(8, 13), 1400)],
    ['text that does not continue', row('r2', 'fresh start here', 1200)],
  ])('not continued: %s', (_, next) => {
    const s = new Session();
    s.push(row('r1', w(1, 10), 0), gone('r1', 1000), next);
    s.flush(3000);
    expect(s.finals().map((u) => u.id)).toEqual(['r1', 'r2']);
  });

  test('with several removed rows, the one removed last is continued', () => {
    const s = new Session();
    s.push(row('r1', 'alpha beta gamma delta', 0), row('r2', 'gamma delta epsilon', 100));
    s.push(gone('r1', 1000), gone('r2', 1100), row('r3', 'gamma delta epsilon zeta', 1200));
    s.flush(2000);
    expect(s.finals().map((u) => [u.id, u.text])).toEqual([
      ['r1', 'alpha beta gamma delta'],
      ['r2', 'gamma delta epsilon zeta'],
    ]);
  });

  test('Meet (no rolling window) never merges rows', () => {
    const s = new Session({ rollingWindow: false });
    s.push(row('r1', w(1, 10), 0), gone('r1', 1000), row('r2', w(8, 13), 1200));
    s.flush(2000);
    expect(s.finals().map((u) => u.id)).toEqual(['r1', 'r2']);
  });
});
