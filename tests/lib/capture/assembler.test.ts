import { describe, expect, test } from 'vitest';
import { type AssemblerOptions, CaptionAssembler } from '../../../lib/capture/assembler.ts';
import { wordsOf } from '../../../lib/capture/compare.ts';
import type { BlockGone, BlockSnapshot, CaptionEvent } from '../../../lib/capture/types.ts';
import type { Utterance } from '../../../lib/transcript/types.ts';

// Times in these tests are ms after T0, so an utterance starting at `at` has start = at / 1000.
const T0 = 1_750_000_000_000;
const say = (
  block: string,
  text: string,
  at: number,
  speaker = 'Ana',
  more: Partial<BlockSnapshot> = {},
): BlockSnapshot => ({ kind: 'block', block, speaker, self: false, text, t: T0 + at, ...more });
const gone = (block: string, at: number): BlockGone => ({ kind: 'gone', block, t: T0 + at });
const words = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `word${from + i}`).join(' ');

/** Drives an assembler and checks the output contract on everything it emits. */
class Session {
  readonly assembler: CaptionAssembler;
  readonly emitted: Utterance[] = [];
  private readonly finalIds = new Set<string>();

  constructor(options: Partial<AssemblerOptions> = {}) {
    this.assembler = new CaptionAssembler({ origin: T0, rollingWindow: false, ...options });
  }

  push(...events: CaptionEvent[]): Utterance[] {
    return this.record(events.flatMap((event) => this.assembler.push(event)));
  }

  tick(at: number): Utterance[] {
    return this.record(this.assembler.tick(T0 + at));
  }

  flush(at: number): Utterance[] {
    const out = this.record(this.assembler.flush(T0 + at));
    // After a flush every utterance ever reported has been reported final exactly once.
    for (const u of this.emitted) expect(this.finalIds.has(u.id), `${u.id} never final`).toBe(true);
    return out;
  }

  finals(): Utterance[] {
    return this.emitted.filter((u) => u.final);
  }

  finalTexts(): string[] {
    return this.finals().map((u) => u.text);
  }

  private record(out: Utterance[]): Utterance[] {
    for (const u of out) {
      expect(u.text, 'never empty').not.toBe('');
      expect(u.text, 'whitespace normalised').toBe(u.text.trim().replace(/\s+/g, ' '));
      expect(this.finalIds.has(u.id), `${u.id} changed after final`).toBe(false);
      if (u.final) this.finalIds.add(u.id);
      this.emitted.push(u);
    }
    return out;
  }
}

describe('one block, one utterance', () => {
  test('reports each growth as interim and the latest text as final', () => {
    const s = new Session();
    expect(s.push(say('b1', 'Hi', 1000))).toEqual([
      { id: 'b1', speaker: 'Ana', self: false, text: 'Hi', start: 1, end: 1, final: false },
    ]);
    expect(s.push(say('b1', 'Hi there', 1300)).map((u) => [u.text, u.final])).toEqual([['Hi there', false]]);
    s.push(say('b1', 'Hi there, how are you?', 1700));
    expect(s.flush(5000)).toEqual([
      { id: 'b1', speaker: 'Ana', self: false, text: 'Hi there, how are you?', start: 1, end: 1.7, final: true },
    ]);
    expect(s.assembler.utterances()).toEqual(s.finals());
  });

  test('takes the newest version when ASR revises earlier words, case and punctuation', () => {
    const s = new Session();
    s.push(say('b1', 'we got it all', 0), say('b1', 'We got at all.', 200), say('b1', 'We got at all. yeah i', 400));
    s.push(say('b1', 'We got at all. Yeah, I just', 600));
    s.flush(1000);
    expect(s.finalTexts()).toEqual(['We got at all. Yeah, I just']);
  });

  test('an identical or whitespace-only change reports nothing', () => {
    const s = new Session();
    s.push(say('b1', 'Hello world', 0));
    expect(s.push(say('b1', 'Hello world', 100))).toEqual([]);
    expect(s.push(say('b1', '  Hello \n world ', 200))).toEqual([]);
  });

  test.each([
    ['collapses whitespace', '  Hello \n\t world  ', 'Hello world'],
    ['keeps HTML-looking text inert', '<b>bold</b> & <script>x()</script>', '<b>bold</b> & <script>x()</script>'],
    ['keeps emoji', '👍 sounds good 🎉', '👍 sounds good 🎉'],
    ['keeps Japanese', 'こんにちは、 世界', 'こんにちは、 世界'],
    ['keeps Hindi with vowel signs', 'नमस्ते दुनिया', 'नमस्ते दुनिया'],
    ['keeps Arabic', 'مرحبا بالعالم', 'مرحبا بالعالم'],
  ])('%s', (_, text, expected) => {
    const s = new Session();
    s.push(say('b1', text, 0));
    s.flush(100);
    expect(s.finalTexts()).toEqual([expected]);
  });

  test('an empty block produces nothing until it has words, and empty text never erases words', () => {
    const s = new Session();
    expect(s.push(say('b1', '', 0), say('b1', '   ', 100))).toEqual([]);
    expect(s.push(say('b1', 'Okay', 300))).toMatchObject([{ id: 'b1', text: 'Okay', start: 0.3 }]);
    expect(s.push(say('b1', '', 400))).toEqual([]);
    s.flush(1000);
    expect(s.finalTexts()).toEqual(['Okay']);
  });

  test('final is reported exactly once, and nothing changes afterwards', () => {
    const s = new Session();
    s.push(say('b1', 'Done here', 0));
    expect(s.tick(8000)).toMatchObject([{ id: 'b1', final: true }]);
    expect(s.tick(20_000)).toEqual([]);
    expect(s.flush(30_000)).toEqual([]);
    expect(s.flush(40_000)).toEqual([]);
    expect(s.push(say('b1', 'Done here', 41_000))).toEqual([]);
  });
});

describe('finalisation', () => {
  test('(a) removal: final once the grace passes without the block coming back', () => {
    const s = new Session();
    s.push(say('b1', 'See you', 0), gone('b1', 1000));
    expect(s.tick(1399)).toEqual([]);
    expect(s.tick(1400)).toMatchObject([{ id: 'b1', text: 'See you', final: true }]);
  });

  test('(a) removal checked on later events too, before the event is applied', () => {
    const s = new Session();
    s.push(say('b1', 'See you', 0), gone('b1', 1000));
    const out = s.push(say('b2', 'Bye', 1500, 'Ben'));
    expect(out.map((u) => [u.id, u.final])).toEqual([
      ['b1', true],
      ['b2', false],
    ]);
  });

  test('a block that comes back within the grace stays the same utterance', () => {
    const s = new Session();
    s.push(say('b1', 'Hold on', 0), gone('b1', 1000), say('b1', 'Hold on a second', 1300));
    expect(s.tick(2000)).toEqual([]);
    s.flush(3000);
    expect(s.finals()).toMatchObject([{ id: 'b1', text: 'Hold on a second' }]);
  });

  test('a block that comes back after the grace continues as ~2 with only its new words', () => {
    const s = new Session();
    s.push(say('b1', 'Hold on', 0), gone('b1', 1000));
    s.push(say('b1', 'Hold on', 2000));
    expect(s.push(say('b1', 'Hold on a second', 2100))).toMatchObject([{ id: 'b1~2', text: 'a second' }]);
  });

  test('capture resumed after a flush: the same block continues as ~2 with only new words', () => {
    const s = new Session();
    s.push(say('b1', 'Before the pause', 0));
    s.flush(1000);
    expect(s.push(say('b1', 'Before the pause', 2000))).toEqual([]);
    expect(s.push(say('b1', 'Before the pause and after', 2100))).toMatchObject([{ id: 'b1~2', text: 'and after' }]);
  });

  test('(b) settle: quiet for settleMs and a newer block started', () => {
    const s = new Session();
    s.push(say('a', 'First point', 0), say('a', 'First point made', 1000), say('b', 'Reply', 1200, 'Ben'));
    expect(s.tick(2499)).toEqual([]);
    expect(s.tick(2500)).toMatchObject([{ id: 'a', final: true, end: 1 }]);
  });

  test('(b) without a newer block a quiet block waits for idle', () => {
    const s = new Session();
    s.push(say('a', 'Thinking', 0));
    expect(s.tick(7999)).toEqual([]);
    expect(s.tick(8000)).toMatchObject([{ id: 'a', final: true }]);
  });

  test('(b) a newer block started after the quiet began still settles it', () => {
    const s = new Session();
    s.push(say('a', 'Thinking', 0));
    expect(s.tick(5000)).toEqual([]);
    const out = s.push(say('b', 'Go on', 5000, 'Ben'));
    expect(out).toMatchObject([{ id: 'b', final: false }]);
    expect(s.tick(5001)).toMatchObject([{ id: 'a', final: true }]);
  });

  test.each([
    [{}, 7999, 8000],
    [{ idleMs: 5000 }, 4999, 5000],
  ])('(c) idle with %j', (options, before, at) => {
    const s = new Session(options);
    s.push(say('a', 'Hmm', 0));
    expect(s.tick(before)).toEqual([]);
    expect(s.tick(at)).toMatchObject([{ id: 'a', final: true }]);
  });

  test('(d) flush finalises everything, ordered by start', () => {
    const s = new Session();
    s.push(say('b', 'Second', 500, 'Ben'), say('a', 'First', 600, 'Ana'), say('b', 'Second still', 700, 'Ben'));
    // 'b' started first even though 'a' was created later in the page.
    expect(s.flush(800).map((u) => [u.id, u.final])).toEqual([
      ['b', true],
      ['a', true],
    ]);
  });

  test('settle and idle deadlines move with every change', () => {
    const s = new Session();
    for (let at = 0; at <= 20_000; at += 1000) s.push(say('a', words(0, at / 1000), at));
    expect(s.finals()).toEqual([]);
    expect(s.tick(28_000)).toHaveLength(1);
  });
});

describe('after a block is final', () => {
  function settled() {
    const s = new Session();
    s.push(say('a', "Let's meet on Tuesday", 0), say('b', 'Sure', 500, 'Ben'));
    s.tick(1500);
    expect(s.finals().map((u) => u.id)).toEqual(['a']);
    return s;
  }

  test('new words become a continuation with the same speaker', () => {
    const s = settled();
    expect(s.push(say('a', "Let's meet on Tuesday. Or Wednesday?", 3000))).toEqual([
      { id: 'a~2', speaker: 'Ana', self: false, text: 'Or Wednesday?', start: 3, end: 3, final: false },
    ]);
  });

  test('the last final words may be revised while new ones come', () => {
    const s = settled();
    s.push(say('a', "Let's meet Tuesday or Wednesday works", 3000));
    s.flush(4000);
    expect(s.finalTexts()).toEqual(["Let's meet on Tuesday", 'Sure', 'or Wednesday works']);
  });

  test('a revision that only rewrites final words is dropped and counted', () => {
    const s = settled();
    expect(s.push(say('a', "let's meet on tuesday.", 3000))).toEqual([]);
    expect(s.push(say('a', "Let's meet on Thursday", 3100))).toEqual([]);
    expect(s.assembler.stats()).toEqual({ lateRevisionsDropped: 2, replaysSuppressed: 0, resets: 0 });
  });

  test('continuations count up and together hold every word once', () => {
    const s = new Session();
    const full = words(1, 30);
    s.push(say('a', words(1, 10), 0));
    s.tick(8000);
    s.push(say('a', words(1, 20), 9000));
    s.tick(17_000);
    s.push(say('a', full, 18_000));
    s.flush(19_000);
    expect(s.finals().map((u) => u.id)).toEqual(['a', 'a~2', 'a~3']);
    expect(wordsOf(s.finalTexts().join(' '))).toEqual(wordsOf(full));
  });

  test('a continuation is itself revised until it is final', () => {
    const s = settled();
    s.push(say('a', "Let's meet on Tuesday. Or wensday", 3000), say('a', "Let's meet on Tuesday. Or Wednesday?", 3200));
    s.flush(4000);
    expect(s.finals().at(-1)).toMatchObject({ id: 'a~2', text: 'Or Wednesday?', start: 3, end: 3.2 });
  });
});

describe('reset of a long block', () => {
  const long = `So the first thing ${words(1, 60)} and that is the plan.`;

  test('a much shorter unrelated text finalises the old text and starts ~2', () => {
    const s = new Session();
    s.push(say('a', long, 0));
    const out = s.push(say('a', 'Anyway, the budget', 1000));
    expect(out.map((u) => [u.id, u.text, u.final])).toEqual([
      ['a', long, true],
      ['a~2', 'Anyway, the budget', false],
    ]);
    s.push(say('a', 'Anyway, the budget is fine', 1500));
    s.flush(2000);
    expect(s.finalTexts()).toEqual([long, 'Anyway, the budget is fine']);
    expect(s.assembler.stats().resets).toBe(1);
  });

  test('a restart that happens to begin with the same word is still a reset', () => {
    const s = new Session();
    s.push(say('a', long, 0), say('a', 'So', 1000));
    expect(s.assembler.stats().resets).toBe(1);
  });

  test('a reset after the block was final starts a continuation with the whole new text', () => {
    const s = new Session();
    s.push(say('a', long, 0));
    s.tick(8000);
    expect(s.push(say('a', 'New topic', 9000))).toMatchObject([{ id: 'a~2', text: 'New topic' }]);
  });

  test.each([
    ['a short text rewritten entirely', 'one two three four five six seven', 'completely different now'],
    ['a shrink under 250 characters', words(1, 30), 'something else'],
    [
      'a big revision that keeps most words',
      `${words(1, 100)} ${words(200, 260)} ${words(101, 150)}`,
      `${words(1, 100)} ${words(101, 150)}`,
    ],
  ])('not a reset: %s', (_, before, after) => {
    const s = new Session();
    s.push(say('a', before, 0), say('a', after, 500));
    s.flush(1000);
    expect(s.finals()).toMatchObject([{ id: 'a', text: after }]);
    expect(s.assembler.stats().resets).toBe(0);
  });
});

describe('speakers', () => {
  test('speaker and self come from the latest snapshot; a late name is reported', () => {
    const s = new Session();
    s.push(say('a', 'Hello', 0, ''));
    expect(s.push(say('a', 'Hello', 300, 'Ana Lima', { self: true }))).toMatchObject([
      { id: 'a', speaker: 'Ana Lima', self: true, text: 'Hello', final: false },
    ]);
    s.flush(1000);
    expect(s.finals()).toMatchObject([{ speaker: 'Ana Lima', self: true }]);
  });

  test('overlapping speakers keep separate utterances with their own times', () => {
    const s = new Session();
    s.push(
      say('a', 'I think', 0, 'Ana'),
      say('b', 'But', 200, 'Ben'),
      say('a', 'I think we should', 400, 'Ana'),
      say('b', 'But wait', 600, 'Ben'),
      say('a', 'I think we should go', 800, 'Ana'),
    );
    s.flush(5000);
    expect(s.finals()).toMatchObject([
      { id: 'a', speaker: 'Ana', text: 'I think we should go', start: 0, end: 0.8 },
      { id: 'b', speaker: 'Ben', text: 'But wait', start: 0.2, end: 0.6 },
    ]);
  });

  test('a returning speaker gets a new block and a new utterance', () => {
    const s = new Session();
    s.push(say('a1', 'Question?', 0, 'Ana'), say('b1', 'Answer.', 1000, 'Ben'), say('a2', 'Thanks.', 2000, 'Ana'));
    s.flush(3000);
    expect(s.finals().map((u) => [u.id, u.speaker])).toEqual([
      ['a1', 'Ana'],
      ['b1', 'Ben'],
      ['a2', 'Ana'],
    ]);
  });
});

describe('odd input', () => {
  test('a gone for an unknown block is ignored', () => {
    const s = new Session();
    expect(s.push(gone('nope', 0))).toEqual([]);
    s.push(say('a', 'Fine', 100), gone('nope', 200), gone('nope', 300));
    expect(s.tick(1000)).toEqual([]);
  });

  test('time going backwards is taken as the latest time so far', () => {
    const s = new Session();
    s.push(say('a', 'One', 1000));
    expect(s.push(say('a', 'One two', 900))).toMatchObject([{ start: 1, end: 1 }]);
    expect(s.push(say('b', 'Other', 950, 'Ben'))).toMatchObject([{ start: 1, end: 1 }]);
    expect(s.tick(2400)).toEqual([]);
    expect(s.tick(2500)).toMatchObject([{ id: 'a', final: true }]);
  });

  test('times before the origin count as second 0', () => {
    const s = new Session();
    expect(s.push(say('a', 'Early', -500))).toMatchObject([{ start: 0 }]);
  });

  test('a 100 KB text is one utterance, revised at its end', () => {
    const s = new Session();
    const big = 'lorem ipsum '.repeat(8500).trim();
    expect(big.length).toBeGreaterThan(100_000 - 100);
    s.push(say('a', big, 0), say('a', `${big} dolor`, 100), say('a', `${big} dolores`, 200));
    s.flush(300);
    expect(s.finalTexts()).toEqual([`${big} dolores`]);
  });

  test('a page id that looks like a continuation id does not collide', () => {
    const s = new Session();
    s.push(say('x~2', 'Page block', 0), say('x', 'First', 100));
    s.tick(8100);
    s.push(say('x', 'First and more', 9000));
    s.flush(10_000);
    expect(new Set(s.finals().map((u) => u.id)).size).toBe(3);
  });

  test('returned utterances are copies', () => {
    const s = new Session();
    const [u] = s.push(say('a', 'Mine', 0));
    if (u) u.text = 'tampered';
    expect(s.assembler.utterances()[0]?.text).toBe('Mine');
  });
});

describe('determinism', () => {
  function script(): CaptionEvent[] {
    const events: CaptionEvent[] = [];
    let at = 0;
    for (let turn = 0; turn < 40; turn++) {
      const block = `blk${turn % 7}`;
      for (let n = 1; n <= 6; n++) {
        at += 137 * ((turn + n) % 5) + 11;
        events.push(say(block, words(turn, turn + n), at, turn % 2 ? 'Ana' : 'Ben'));
      }
      if (turn % 3 === 0) events.push(gone(block, at + 50));
    }
    return events;
  }

  test('the same events give the same utterances, ids included', () => {
    const run = () => {
      const a = new CaptionAssembler({ origin: T0, rollingWindow: false });
      const out = script().flatMap((event) => a.push(event));
      return { out, flushed: a.flush(T0 + 1e7), all: a.utterances(), stats: a.stats() };
    };
    const first = run();
    expect(first.all.length).toBeGreaterThan(10);
    expect(run()).toEqual(first);
  });

  test('utterances() is ordered by start then id and includes interim ones', () => {
    const s = new Session();
    s.push(say('b', 'Same time', 0, 'Ben'), say('a', 'Same time too', 0), say('c', 'Later', 100, 'Cy'));
    expect(s.assembler.utterances().map((u) => [u.id, u.final])).toEqual([
      ['a', false],
      ['b', false],
      ['c', false],
    ]);
  });
});
