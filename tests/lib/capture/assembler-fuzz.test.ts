import { describe, expect, test } from 'vitest';
import { CaptionAssembler } from '../../../lib/capture/assembler.ts';
import type { CaptionEvent } from '../../../lib/capture/types.ts';
import type { Utterance } from '../../../lib/transcript/types.ts';

// Random but seeded event streams: whatever the page does, the output contract holds.
const T0 = 1_750_000_000_000;

/** mulberry32: a tiny deterministic PRNG so failures reproduce. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEXICON = ['yes', 'no', 'so', 'we', 'ship', 'Friday', 'okay,', 'the', 'plan.', 'I', 'think', '👍', 'да', '—'];

function stream(seed: number, rolling: boolean): CaptionEvent[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const texts = new Map<string, string[]>();
  const events: CaptionEvent[] = [];
  let at = 0;
  let region = 0;
  for (let i = 0; i < 600; i++) {
    at += Math.floor(random() * 900) - 60; // sometimes slightly backwards
    const block = `r${region}b${Math.floor(random() * 5)}`;
    const roll = random();
    if (roll < 0.08) {
      events.push({ kind: 'gone', block, t: T0 + at });
      continue;
    }
    if (roll < 0.1) region++; // captions toggled: a fresh region with new nodes
    let words = [...(texts.get(block) ?? [])];
    const edit = random();
    if (edit < 0.55) words.push(pick(LEXICON));
    else if (edit < 0.7 && words.length > 0) words[words.length - 1] = pick(LEXICON);
    else if (edit < 0.78) words = words.slice(0, Math.floor(random() * words.length));
    else if (edit < 0.84) words = [pick(LEXICON)];
    else if (edit < 0.9 && rolling) words = words.slice(Math.floor(random() * 4));
    else if (edit < 0.93) words = [...words, ...words.slice(2)]; // stale+new
    if (rolling && words.length > 14) words = words.slice(-14);
    texts.set(block, words);
    events.push({
      kind: 'block',
      block,
      speaker: block.endsWith('1') ? 'Ben' : 'Ana',
      self: block.endsWith('0'),
      text: words.join(random() < 0.1 ? '  ' : ' '),
      t: T0 + at,
      ...(roll < 0.1 || (roll < 0.14 && !texts.has(`${block}seen`)) ? { initial: true as const } : {}),
    });
    texts.set(`${block}seen`, []);
  }
  return events;
}

function run(events: CaptionEvent[], rolling: boolean) {
  const assembler = new CaptionAssembler({ origin: T0, rollingWindow: rolling, idleMs: rolling ? 5000 : 8000 });
  const emitted: Utterance[] = [];
  events.forEach((event, i) => {
    emitted.push(...assembler.push(event));
    if (i % 25 === 0) emitted.push(...assembler.tick(event.t + 300));
  });
  emitted.push(...assembler.flush(T0 + 1e8));
  return { assembler, emitted };
}

describe.each([false, true])('rollingWindow: %s', (rolling) => {
  test.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i keeps the output contract', (seed) => {
    const events = stream(seed, rolling);
    const { assembler, emitted } = run(events, rolling);
    const finals = new Map<string, Utterance>();
    for (const u of emitted) {
      expect(u.text).not.toBe('');
      expect(u.text).toBe(u.text.trim().replace(/\s+/g, ' '));
      expect(u.end).toBeGreaterThanOrEqual(u.start);
      expect(finals.has(u.id), `${u.id} reported after final`).toBe(false);
      if (u.final) finals.set(u.id, u);
    }
    const all = assembler.utterances();
    expect(all.every((u) => u.final)).toBe(true);
    expect(all).toEqual([...finals.values()].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1)));
    expect(run(events, rolling).emitted).toEqual(emitted);
  });
});
