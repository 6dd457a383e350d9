import { describe, expect, test } from 'vitest';
import { wordKey, wordsOf } from '../../../lib/capture/compare.ts';

describe('wordsOf', () => {
  test.each([
    ['', []],
    ['   \n\t ', []],
    ['Hello, World!', ['hello', 'world']],
    ['  spaced\tout\nwords  ', ['spaced', 'out', 'words']],
    ["Don't STOP — ever...", ['dont', 'stop', 'ever']],
    ['Room 101, floor 3.5', ['room', '101', 'floor', '35']],
    ['<b>bold</b> & co', ['bboldb', 'co']],
    ['👍 sounds good 🎉', ['sounds', 'good']],
    ['こんにちは 世界', ['こんにちは', '世界']],
    ['Привет, МИР!', ['привет', 'мир']],
    ['नमस्ते दुनिया।', ['नमस्ते', 'दुनिया']],
    ['مرحبا بالعالم؟', ['مرحبا', 'بالعالم']],
    ['Café CRÈME', ['café', 'crème']],
    ['١٢٣ numbers', ['١٢٣', 'numbers']],
  ])('%j → %j', (text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });
});

describe('wordKey', () => {
  test.each([
    ['Yes,', 'yes'],
    ['yes', 'yes'],
    ['YES!', 'yes'],
    ['—', ''],
    ['🎉', ''],
    ['e-mail', 'email'],
  ])('%j → %j', (token, key) => {
    expect(wordKey(token)).toBe(key);
  });
});
