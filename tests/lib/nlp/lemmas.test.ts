import { describe, expect, test } from 'vitest';
import { analyse, contentLemmas, sharedLemmas, stem } from '../../../lib/nlp/index.ts';

describe('[nlp/lemmas] stems', () => {
  test.each([
    ['prices', 'pric'],
    ['priced', 'pric'],
    ['pricing', 'pric'],
    ['companies', 'company'],
    ['running', 'run'],
    ['staff', 'staff'],
    ['billed', 'bill'],
    ['boxes', 'box'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('[nlp/lemmas] content overlap', () => {
  test('a reply about the same thing shares a content word', () => {
    const q = contentLemmas(analyse('How does billing work for seasonal staff?'));
    const a = contentLemmas(analyse('Seasonal staff are billed by the month.'));
    expect(sharedLemmas(q, a)).toEqual(expect.arrayContaining(['seasonal', 'staff']));
  });
  test('function words and filler verbs never count', () => {
    expect([...contentLemmas(analyse('I think we just really need to do it, you know.'))]).toEqual([]);
  });
  test('a change of subject shares nothing', () => {
    const q = contentLemmas(analyse('Is the contract monthly?'));
    const a = contentLemmas(analyse("Let me show you the dashboard, it's great."));
    expect(sharedLemmas(q, a)).toEqual([]);
  });
});
