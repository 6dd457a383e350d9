import { expect, test } from 'vitest';
import { CaptionAssembler } from '../../../lib/capture/assembler.ts';
import { wordsOf } from '../../../lib/capture/compare.ts';
import type { BlockSnapshot } from '../../../lib/capture/types.ts';

// These only assert that long and busy sessions finish with the right text; speed is measured elsewhere
// (docs/design.md: Tests measure behaviour, benches measure speed).
const T0 = 1_750_000_000_000;
const say = (block: string, text: string, at: number, speaker: string): BlockSnapshot => ({
  kind: 'block',
  block,
  speaker,
  self: false,
  text,
  t: T0 + at,
});
const vocabulary = ['so', 'the', 'plan', 'is', 'simple', 'we', 'ship', 'on', 'friday', 'and', 'then', 'rest'];
const word = (i: number) => `${vocabulary[i % vocabulary.length]}${i}`;

test('5,000 blocks × 20 updates', () => {
  const a = new CaptionAssembler({ origin: T0, rollingWindow: false });
  let at = 0;
  let emitted = 0;
  for (let b = 0; b < 5000; b++) {
    let text = '';
    for (let n = 0; n < 20; n++) {
      text = text ? `${text} ${word(n)}` : word(n);
      at += 120;
      emitted += a.push(say(`b${b}`, text, at, b % 2 ? 'Ana' : 'Ben')).length;
    }
  }
  a.flush(T0 + at + 1);
  const all = a.utterances();
  expect(all).toHaveLength(5000);
  expect(all.every((u) => u.final && wordsOf(u.text).length === 20)).toBe(true);
  expect(emitted).toBeGreaterThanOrEqual(5000 * 20);
});

test('1,000 blocks growing at the same time', () => {
  const a = new CaptionAssembler({ origin: T0, rollingWindow: false });
  for (let n = 1; n <= 10; n++) {
    const text = Array.from({ length: n }, (_, i) => word(i)).join(' ');
    for (let b = 0; b < 1000; b++) a.push(say(`b${b}`, text, n * 100, `P${b}`));
  }
  expect(a.utterances().filter((u) => !u.final)).toHaveLength(1000);
  expect(a.tick(T0 + 1000 + 1500).length).toBe(999); // all but the newest block settle
});

test('a 30,000-word monologue in a rolling window, word by word', () => {
  const a = new CaptionAssembler({ origin: T0, rollingWindow: true, idleMs: 5000 });
  const all: string[] = [];
  for (let i = 0; i < 30_000; i++) {
    all.push(word(i));
    a.push(say('r', all.slice(-16).join(' '), i * 200, 'Zoe'));
  }
  const [final] = a.flush(T0 + 30_000 * 200);
  expect(final?.id).toBe('r');
  expect(wordsOf(final?.text ?? '')).toEqual(all);
});

test('a Meet monologue growing to 100 KB', () => {
  // Meet re-sends the whole block on each change, so each update costs its length; the block is capped at 100 KB.
  const a = new CaptionAssembler({ origin: T0, rollingWindow: false });
  const all: string[] = [];
  let text = '';
  for (let update = 0; text.length < 99_000; update++) {
    for (let k = 0; k < 12; k++) all.push(word(all.length));
    // Every other update shows the last word still unsettled, as ASR does.
    const last = update % 2 ? (all.at(-1) ?? '').toUpperCase() : (all.at(-1) ?? '');
    text = `${all.slice(0, -1).join(' ')} ${last}`;
    a.push(say('m', text, update * 300, 'Ana'));
  }
  const [final] = a.flush(T0 + 1e9);
  expect(wordsOf(final?.text ?? '')).toEqual(wordsOf(text));
  expect(a.utterances()).toHaveLength(1);
});
