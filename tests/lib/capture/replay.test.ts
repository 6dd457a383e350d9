import { describe, expect, test } from 'vitest';
import { type AssemblerOptions, CaptionAssembler } from '../../../lib/capture/assembler.ts';
import type { BlockGone, BlockSnapshot, CaptionEvent } from '../../../lib/capture/types.ts';
import type { Utterance } from '../../../lib/transcript/types.ts';

// Captions off and on (or a reload) re-show recent text in a new region whose first read is `initial`
// (docs/capture.md: Zoom, Captions toggle). Times are ms after T0.
const T0 = 1_750_000_000_000;
const say = (block: string, text: string, at: number, speaker = 'Ana'): BlockSnapshot => ({
  kind: 'block',
  block,
  speaker,
  self: false,
  text,
  t: T0 + at,
});
const first = (block: string, text: string, at: number, speaker = 'Ana'): BlockSnapshot => ({
  ...say(block, text, at, speaker),
  initial: true,
});
const gone = (block: string, at: number): BlockGone => ({ kind: 'gone', block, t: T0 + at });

const SAID = 'I think we should ship the new version on Friday.';

class Session {
  readonly assembler: CaptionAssembler;
  readonly emitted: Utterance[] = [];

  constructor(options: Partial<AssemblerOptions> = {}) {
    this.assembler = new CaptionAssembler({ origin: T0, rollingWindow: false, ...options });
  }

  push(...events: CaptionEvent[]): Utterance[] {
    const out = events.flatMap((event) => this.assembler.push(event));
    this.emitted.push(...out);
    return out;
  }

  flush(at: number): Utterance[] {
    const out = this.assembler.flush(T0 + at);
    this.emitted.push(...out);
    return out;
  }

  finalTexts(): string[] {
    return this.emitted.filter((u) => u.final).map((u) => u.text);
  }

  /** Ana said SAID in block a1; then captions went off (capture flushed) at 5 s. */
  said(text = SAID): this {
    this.push(say('a1', text, 0));
    this.flush(5000);
    return this;
  }
}

describe('replayed text in a fresh region', () => {
  test('a block that only re-shows a final utterance produces nothing', () => {
    const s = new Session().said();
    expect(s.push(first('n1', SAID, 10_000))).toEqual([]);
    s.flush(20_000);
    expect(s.finalTexts()).toEqual([SAID]);
    expect(s.assembler.stats().replaysSuppressed).toBe(1);
  });

  test('only the words a replayed block adds later come out, under its own id', () => {
    const s = new Session().said();
    s.push(first('n1', SAID, 10_000));
    expect(s.push(say('n1', `${SAID} Or maybe Monday`, 11_000))).toMatchObject([
      { id: 'n1', text: 'Or maybe Monday', start: 11, final: false },
    ]);
    s.flush(20_000);
    expect(s.finalTexts()).toEqual([SAID, 'Or maybe Monday']);
  });

  test('an initial text that is the replay plus new words gives only the new words', () => {
    const s = new Session().said();
    s.push(first('n1', `${SAID} Any objections?`, 10_000));
    s.flush(20_000);
    expect(s.finalTexts()).toEqual([SAID, 'Any objections?']);
  });

  test('a replay that differs in case and punctuation is still a replay', () => {
    const s = new Session().said();
    expect(s.push(first('n1', 'i think we should ship the new version on friday', 10_000))).toEqual([]);
  });

  test('a Zoom window re-showing the tail of a long utterance', () => {
    const s = new Session({ rollingWindow: true }).said();
    expect(s.push(first('n1', 'new version on Friday.', 10_000))).toEqual([]);
    s.push(say('n1', 'new version on Friday. Sounds good?', 10_500));
    s.flush(20_000);
    expect(s.finalTexts()).toEqual([SAID, 'Sounds good?']);
  });

  test('a replay that grows word by word stays suppressed while it follows the old text', () => {
    const s = new Session().said();
    expect(s.push(first('n1', 'I think we should', 10_000))).toEqual([]);
    expect(s.push(say('n1', 'I think we should ship the new', 10_200))).toEqual([]);
    expect(s.push(say('n1', SAID, 10_400))).toEqual([]);
    s.push(say('n1', `${SAID} Done.`, 10_600));
    s.flush(20_000);
    expect(s.finalTexts()).toEqual([SAID, 'Done.']);
  });

  test('one replayed block covering an utterance and its continuation', () => {
    const s = new Session();
    s.push(say('a1', 'First part here', 0));
    s.assembler.tick(T0 + 8000);
    s.push(say('a1', 'First part here and the second part', 9000));
    s.flush(10_000);
    expect(s.push(first('n1', 'First part here and the second part', 12_000))).toEqual([]);
  });

  test('several replayed blocks of several speakers', () => {
    const s = new Session();
    s.push(say('a1', 'Shall we start?', 0, 'Ana'), say('b1', 'Yes, go ahead.', 1000, 'Ben'));
    s.flush(5000);
    expect(s.push(first('x1', 'Shall we start?', 9000, 'Ana'), first('x2', 'Yes, go ahead.', 9000, 'Ben'))).toEqual([]);
    expect(s.assembler.stats().replaysSuppressed).toBe(2);
  });

  test('after a reload the page may reuse a block id: the replay is still recognised, new words get a new id', () => {
    const s = new Session().said();
    expect(s.push(first('a1', SAID, 10_000))).toEqual([]);
    expect(s.push(say('a1', `${SAID} Agreed?`, 10_500))).toMatchObject([{ id: 'a1~2', text: 'Agreed?' }]);
  });

  test('a replayed Zoom row keeps being suppressed as its window scrolls', () => {
    const s = new Session({ rollingWindow: true, idleMs: 5000 });
    s.push(say('r1', 'one two three four five six', 0));
    s.push(say('r1', 'three four five six seven eight nine', 300));
    s.flush(6000);
    expect(s.push(first('r2', 'four five six seven eight nine', 10_000))).toEqual([]);
    s.push(say('r2', 'six seven eight nine ten eleven', 10_300));
    s.flush(20_000);
    expect(s.finalTexts()).toEqual(['one two three four five six seven eight nine', 'ten eleven']);
  });

  test('region re-created while the old blocks are still within their removal grace', () => {
    const s = new Session();
    s.push(say('a1', SAID, 0), gone('a1', 5000));
    // The fresh region's first read arrives 100 ms later: the old block is final now, and the replay is recognised.
    const out = s.push(first('n1', SAID, 5100));
    expect(out).toMatchObject([{ id: 'a1', final: true }]);
    expect(s.assembler.stats().replaysSuppressed).toBe(1);
  });
});

describe('not a replay', () => {
  test.each([
    ['a block that is not from a fresh region read', say('n1', SAID, 10_000)],
    ['another speaker', first('n1', SAID, 10_000, 'Ben')],
    ['an utterance older than the replay window', first('n1', SAID, 130_001)],
    ['genuinely new text', first('n1', 'Let us look at the numbers', 10_000)],
    ['a phrase that only shares one word at the seam', first('n1', 'Friday works for me', 10_000)],
  ])('%s', (_, event) => {
    const s = new Session().said();
    expect(s.push(event)).toHaveLength(1);
    expect(s.assembler.stats().replaysSuppressed).toBe(0);
  });

  test('people do repeat "Yes." for real', () => {
    const s = new Session();
    s.push(say('a1', 'Yes.', 0));
    s.flush(1000);
    expect(s.push(say('a2', 'Yes.', 2000))).toMatchObject([{ id: 'a2', text: 'Yes.' }]);
  });

  test('an initial block that was empty gets its words after the first read: they are new', () => {
    const s = new Session().said();
    s.push(first('n1', '', 10_000));
    expect(s.push(say('n1', SAID, 10_500))).toMatchObject([{ id: 'n1', text: SAID }]);
  });

  test('a replay window of 0 suppresses nothing', () => {
    const s = new Session({ replayWindowMs: 0 }).said();
    expect(s.push(first('n1', SAID, 10_000))).toHaveLength(1);
  });
});
