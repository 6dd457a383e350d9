import { describe, expect, test } from 'vitest';
import { normaliseText, splitSentences, stripPunctuation, wordsOf } from '../../../lib/nlp/normalise.ts';

describe('[nlp/normalise] normaliseText', () => {
  test.each([
    ['Mm-hm, right.', 'mmhm, right.'],
    ['mhm', 'mmhm'],
    ['Uh-huh, I see.', 'uhhuh, I see.'],
    ["I'm, um, not sure about the, uh, timeline.", "I'm, not sure about the, timeline."],
    ['i i i think we we should', 'i think we should'],
    ['which is which is fine', 'which is fine'],
    ['i havent used it and im not sure', "i haven't used it and i'm not sure"],
    ['It\u2019s fine\u2026', "It's fine..."],
    ['We were going to \u2014', 'We were going to --'],
  ])('%s', (raw, expected) => {
    expect(normaliseText(raw)).toBe(expected);
  });

  test('keeps real words that look like bare contractions', () => {
    expect(normaliseText('its well known that were fine')).toBe('its well known that were fine');
  });
});

describe('[nlp/normalise] helpers', () => {
  test('wordsOf drops punctuation and fillers, keeps apostrophes', () => {
    expect(wordsOf("Well, um, we don't know -- yet!")).toEqual(['well', 'we', "don't", 'know', 'yet']);
  });
  test('stripPunctuation gives a punctuation-free caption', () => {
    expect(stripPunctuation('Really? You have NEVER used it.')).toBe('really you have never used it');
  });
  test('splitSentences splits on end marks and keeps an unpunctuated caption whole', () => {
    expect(splitSentences('Okay. How does it work? Fine!')).toEqual(['Okay.', 'How does it work?', 'Fine!']);
    expect(splitSentences('okay how does it work fine')).toEqual(['okay how does it work fine']);
  });
});
