import { beforeEach, describe, expect, test } from 'vitest';
import { analyse, cacheStats, clearCaches, memo, parseSentence } from '../../../lib/nlp/parse.ts';
import { findAll } from '../../../lib/nlp/match.ts';
import { BRUSH_OFFS } from '../../../lib/nlp/lexicons/replies.ts';

beforeEach(() => clearCaches());

describe('[nlp/parse] cache', () => {
  test('one analysis per utterance text, shared by every caller', () => {
    const a = analyse('Trust me, it is fine.');
    expect(analyse('Trust me, it is fine.')).toBe(a);
    expect(cacheStats().analyses).toEqual({ hits: 1, misses: 1 });
  });

  test('a growing caption re-parses only its new sentence', () => {
    analyse('We moved the ledger.');
    analyse('We moved the ledger. Then we');
    analyse('We moved the ledger. Then we rebuilt the importer.');
    // "We moved the ledger." was parsed once and reused twice.
    expect(parseSentence('We moved the ledger.')).toBe(analyse('We moved the ledger.').sentences[0]);
    expect(cacheStats().sentences.misses).toBe(3);
  });

  test('a finished sentence keeps its lexicon sweeps across growing captions', () => {
    const first = analyse("Don't worry about it.");
    findAll(first, BRUSH_OFFS);
    const grown = analyse("Don't worry about it. Let's move on.");
    expect(grown.sentences[0]!.sweeps.has(BRUSH_OFFS.id)).toBe(true);
    expect(findAll(grown, BRUSH_OFFS).map((h) => h.entry.id)).toEqual(['dont-worry']);
  });

  test('memo computes a feature once per utterance', () => {
    const a = analyse('How many seats?');
    let calls = 0;
    memo(a, 'test', () => ++calls);
    memo(a, 'test', () => ++calls);
    expect(calls).toBe(1);
  });
});

describe('[nlp/parse] analysis', () => {
  test.each([
    ['and then we went to the', null],
    ['I was going to say —', '-'],
    ['and the...', '…'],
    ['Is it?', '?'],
    ['Done.', '.'],
  ])('end mark of %s', (text, end) => {
    expect(analyse(text).end).toBe(end);
  });

  test('contractions expand for matching ("don\'t" reads "do not")', () => {
    expect(analyse("don't worry").sentences[0]!.terms.map((t) => t.implicit || t.normal)).toEqual([
      'do',
      'not',
      'worry',
    ]);
  });
});
