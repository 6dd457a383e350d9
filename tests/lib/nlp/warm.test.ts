import { beforeEach, describe, expect, test } from 'vitest';
import { analyzeTranscript, createEngine } from '../../../lib/engine/engine.ts';
import { findAll } from '../../../lib/nlp/match.ts';
import { analyse, cacheStats, clearCaches, parsedAlready } from '../../../lib/nlp/parse.ts';
import { BRUSH_OFFS, PIVOTS } from '../../../lib/nlp/lexicons/replies.ts';
import { warmAhead } from '../../../lib/nlp/warm.ts';
import type { Utterance } from '../../../lib/transcript/types.ts';

beforeEach(() => clearCaches());

// Compiles the two nets, as a detector's first use does; warming sweeps only the lexicons in use.
function useLexicons(): void {
  const a = analyse('Anyway.');
  findAll(a, BRUSH_OFFS);
  findAll(a, PIVOTS);
}

/** Slices until nothing is left; returns how many it took. */
function warmAll(texts: Parameters<typeof warmAhead>[0]): number {
  let slices = 0;
  while (warmAhead(texts)) slices++;
  return slices;
}

describe('[nlp/warm] work ahead of need', () => {
  test('a slice parses at most one sentence', () => {
    useLexicons();
    const misses = cacheStats().sentences.misses;
    warmAhead([{ text: 'We shipped it. It broke twice. Nobody noticed.', final: true }]);
    expect(cacheStats().sentences.misses - misses).toBe(1); // the one parse; peeking is not a lookup
    expect(parsedAlready('We shipped it.')).toBeDefined();
    expect(parsedAlready('It broke twice.')).toBeUndefined();
  });

  test('a final utterance ends up parsed, swept and read, so its step finds the work done', () => {
    useLexicons();
    const text = "Don't worry about that. Let's move on to the roadmap?";
    expect(warmAll([{ text, final: true }])).toBeGreaterThan(2);
    const a = analyse(text);
    expect(a.sentences.every((s) => s.sweeps.has(BRUSH_OFFS.id) && s.sweeps.has(PIVOTS.id))).toBe(true);
    expect(a.memo.has(`lex:${BRUSH_OFFS.id}`)).toBe(true);
    expect(a.memo.has('questions')).toBe(true);
    expect(warmAhead([{ text, final: true }])).toBe(false);
  });

  test("a growing caption's last sentence is left alone: it may still change", () => {
    useLexicons();
    warmAll([{ text: 'The rollout went fine. Then we', final: false }]);
    expect(parsedAlready('The rollout went fine.')?.sweeps.has(PIVOTS.id)).toBe(true);
    expect(parsedAlready('Then we')).toBeUndefined();
  });
});

describe('[engine] live captions warm the cues waiting to be stepped', () => {
  const call: Utterance[] = [
    ['Ana', 0, 6, 'I am worried the migration will slip past the launch date.'],
    ['Ben', 6.5, 10, "Don't worry about that. Anyway, let's look at the pricing page."],
    ['Ana', 10.5, 16, 'Sorry, I lost track. Which team owns the importer now?'],
    ['Ben', 16.5, 20, 'The platform team does, since the reorganisation last spring.'],
  ].map(([speaker, start, end, text], i) => ({
    id: `c${i}`,
    speaker: speaker as string,
    self: false,
    text: text as string,
    start: start as number,
    end: end as number,
    final: true,
  }));

  test('the findings are the same whether captions grow word by word or arrive whole', () => {
    const whole = analyzeTranscript(call);
    clearCaches();
    const engine = createEngine();
    for (const u of call) {
      const words = u.text.split(' ');
      for (let n = 1; n < words.length; n++) engine.push({ ...u, text: words.slice(0, n).join(' '), final: false });
      engine.push(u);
      engine.advance(u.end);
    }
    engine.end();
    expect(engine.snapshot().flags).toEqual(whole.flags);
    expect(engine.snapshot().signals).toEqual(whole.signals);
  });

  test("a waiting cue's last sentence is parsed while the next caption grows", () => {
    const engine = createEngine();
    analyzeTranscript(call); // compiles the lexicons in use
    clearCaches();
    const [first, second] = call as [Utterance, Utterance];
    engine.push(first); // waits out the reorder window
    const words = second.text.split(' ');
    for (let n = 1; n < words.length; n++) engine.push({ ...second, text: words.slice(0, n).join(' '), final: false });
    expect(parsedAlready(first.text)).toBeDefined();
    expect(analyse(first.text).memo.has('questions')).toBe(true);
  });
});
