import { describe, expect, test } from 'vitest';
import {
  commonPrefix,
  commonSuffix,
  findRun,
  prefixEnd,
  staleConcat,
  suffixOverlap,
  trimOffset,
} from '../../../lib/capture/align.ts';

const w = (text: string) => (text === '' ? [] : text.split(' '));
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `w${from + i}`);

describe('commonPrefix / commonSuffix', () => {
  test.each([
    ['a b c', 'a b x', 2],
    ['a b', 'a b c', 2],
    ['', 'a', 0],
    ['x', 'y', 0],
  ])('prefix of %j and %j is %i', (a, b, n) => {
    expect(commonPrefix(w(a), w(b))).toBe(n);
  });

  test('prefix honours limit and from', () => {
    expect(commonPrefix(w('a b c d'), w('a b c d'), 0, 2)).toBe(2);
    expect(commonPrefix(w('a b c d'), w('a b c x'), 2)).toBe(3);
  });

  test.each([
    ['a b c', 'x b c', 0, 2],
    ['a b c', 'a b c', 0, 3],
    ['a b c', 'a b c', 2, 1],
    ['a', 'b', 0, 0],
  ])('suffix of %j and %j above %i is %i', (a, b, floor, n) => {
    expect(commonSuffix(w(a), w(b), floor)).toBe(n);
  });
});

describe('prefixEnd: where an earlier (final) version ends in the new one', () => {
  test.each([
    ['unchanged then new words', 'a b c d', 'a b c d e f', 4],
    ['last word revised, new words', 'a b c d', 'a b c x y', 4],
    ['last word split in two', 'we will go', 'we will go ing now', 3],
    ['a middle word dropped', 'lets meet on tuesday', 'lets meet tuesday or wednesday', 3],
    ['a word inserted', 'we got all', 'we got it all and more', 4],
    ['retracted to shorter', 'a b c d', 'a b', 2],
    ['nothing left', 'a b', '', 0],
  ])('%s', (_, before, after, end) => {
    const keys = w(before);
    expect(prefixEnd(keys, keys.length, w(after))).toBe(end);
  });

  test('aligns only the end of a very long revised stretch', () => {
    const before = range(1, 2000);
    const after = [...range(1, 9), 'X', ...range(11, 2000), 'new'];
    expect(prefixEnd(before, before.length, after)).toBe(2000);
  });

  test('a word deleted far back shifts the end', () => {
    const before = range(1, 2000);
    const after = [...range(1, 9), ...range(11, 2000), 'new'];
    expect(prefixEnd(before, before.length, after)).toBe(1999);
  });
});

describe('trimOffset: the rolling window lost p words at the front', () => {
  test.each([
    ['growth', 'a b c', 'a b c d', 0],
    ['same window', 'a b c', 'a b c', 0],
    ['last word corrected', 'a b c d', 'a b c e', 0],
    ['retraction', 'a b c d', 'a b c', 0],
    ['front trim', range(1, 10).join(' '), range(5, 14).join(' '), 4],
    ['trim by one', range(1, 10).join(' '), range(2, 11).join(' '), 1],
    ['a trim keeping only one word is chance, not a trim', range(1, 10).join(' '), 'w10 w11 w12', -1],
    ['trim with a corrected word', range(1, 10).join(' '), 'w5 w6 w7 WX w9 w10 w11', 4],
    ['unrelated', range(1, 10).join(' '), 'x y z', -1],
    ['empty new window', 'a b', '', -1],
  ])('%s', (_, before, after, p) => {
    expect(trimOffset(w(before), w(after))).toBe(p);
  });

  test('one shared word in the middle is not a trim', () => {
    expect(trimOffset(range(1, 10), ['w4', 'x', 'y'])).toBe(-1);
    expect(trimOffset(range(1, 10), ['w4'])).toBe(-1);
  });
});

describe('staleConcat: old window immediately followed by the new one', () => {
  test.each([
    ['stale + trimmed window', [...range(1, 10), ...range(5, 14)], 4],
    ['stale + untrimmed grown window', [...range(1, 10), ...range(1, 12)], 0],
    ['plain growth', range(1, 14), -1],
    ['a short repeat is speech, not a stale copy', [...range(1, 10), 'w9', 'w10', 'w11'], -1],
  ])('%s', (_, after, p) => {
    expect(staleConcat(range(1, 10), after)).toBe(p);
  });

  test('a short old window is never taken for a stale copy', () => {
    expect(staleConcat(w('we need to'), w('we need to we need to go'))).toBe(-1);
  });
});

describe('findRun / suffixOverlap', () => {
  test('findRun finds the longest run, latest on ties', () => {
    expect(findRun(w('b c d'), 0, w('a b c d e'))).toEqual({ at: 1, length: 3 });
    expect(findRun(w('yes'), 0, w('yes no yes'))).toEqual({ at: 2, length: 1 });
    expect(findRun(w('x y'), 0, w('a b'))).toEqual({ at: -1, length: 0 });
    expect(findRun(w('q c d'), 1, w('a b c d'))).toEqual({ at: 2, length: 2 });
  });

  test.each([
    ['a b c d', 'c d e', 0, 2],
    ['a b c d', 'a b c d', 0, 4],
    ['a b c d', 'x d', 1, 1],
    ['a b c d', 'b c', 0, 0],
  ])('suffixOverlap(%j, %j, %i) = %i', (source, words, from, k) => {
    expect(suffixOverlap(w(source), w(words), from)).toBe(k);
  });
});
