import { describe, expect, test } from 'vitest';
import { dropFront, keyOf, NO_TOKENS, tailKeys, textLength, tokenize } from '../../../lib/capture/words.ts';

function fresh(raw: string) {
  return tokenize(raw).tokens;
}

describe('tokenize', () => {
  test.each([
    ['', [], []],
    ['  a  b\n c\t', ['a', 'b', 'c'], [2, 5, 8]],
    ['Hi, there!', ['Hi,', 'there!'], [0, 4]],
    ['a\u00a0b', ['a', 'b'], [0, 2]],
  ])('%j', (raw, words, starts) => {
    const tokens = fresh(raw);
    expect(tokens.words).toEqual(words);
    expect(tokens.starts).toEqual(starts);
    expect(tokens.keys).toEqual(words.map(keyOf));
  });

  // Re-cutting from a previous version must give exactly what cutting from scratch gives.
  test.each([
    ['we got it all', 'we got at all'],
    ['we got it all', 'we got it all done'],
    ['we got it', 'we got itself'],
    ['we got it ', 'we got it now'],
    ['hello world', 'hello'],
    ['hello world', ''],
    ['', 'brand new'],
    ['one two three', 'One two three'],
    ['a b c', 'a b  c'],
    ['a b c', 'a bc'],
    ['same', 'same'],
  ])('%j then %j', (before, after) => {
    const previous = fresh(before);
    const { tokens, same } = tokenize(after, previous);
    const scratch = fresh(after);
    expect(tokens.words).toEqual(scratch.words);
    expect(tokens.keys).toEqual(scratch.keys);
    expect(tokens.starts).toEqual(scratch.starts);
    for (let i = 0; i < same; i++) expect(tokens.words[i]).toBe(previous.words[i]);
  });

  test('reuses the unchanged front of a long text', () => {
    const words = Array.from({ length: 1000 }, (_, i) => `w${i}`);
    const previous = fresh(words.join(' '));
    const { same } = tokenize(`${words.join(' ')} more`, previous);
    expect(same).toBe(999); // the last word could have grown, so it is re-cut
  });

  test('an identical text returns the same tokens', () => {
    const previous = fresh('a b');
    expect(tokenize('a b', previous).tokens).toBe(previous);
  });
});

describe('dropFront', () => {
  test('keeps offsets consistent so the window can be re-cut incrementally', () => {
    const tokens = fresh('old words  new words here');
    const rest = dropFront(tokens, 2);
    expect(rest.raw).toBe('new words here');
    expect(rest.words).toEqual(['new', 'words', 'here']);
    expect(rest.starts).toEqual([0, 4, 10]);
    expect(tokenize('new words here too', rest).tokens.words).toEqual(['new', 'words', 'here', 'too']);
  });

  test.each([
    [0, ['a', 'b']],
    [2, []],
    [5, []],
  ])('drop %i', (count, words) => {
    expect(dropFront(fresh('a b'), count).words).toEqual(words);
  });
});

describe('textLength and tailKeys', () => {
  test('textLength is the normalised length', () => {
    expect(textLength(fresh('  ab   cd '))).toBe(5);
    expect(textLength(NO_TOKENS)).toBe(0);
  });

  test('tailKeys reads the last words only', () => {
    expect(tailKeys('One, two three.', 2)).toEqual(['two', 'three']);
    const long = Array.from({ length: 500 }, (_, i) => `Word${i}`).join(' ');
    const keys = tailKeys(long, 10);
    expect(keys).toHaveLength(10);
    expect(keys.at(-1)).toBe('word499');
    expect(tailKeys('', 5)).toEqual([]);
  });
});
