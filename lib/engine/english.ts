/**
 * A cheap running guess of whether the call is in English, so detectors whose cues are English
 * phrases can abstain instead of misfiring on other languages. Two measures over the call so far:
 * the share of words spelt with ASCII letters only, and the share of very common English function
 * words (in English running speech they make up well over a third of the words).
 */
import { words } from './text.ts';

export const ENGLISH = {
  /** Below this many words there is too little evidence: assume English. */
  minWords: 20,
  minAsciiShare: 0.7,
  minFunctionShare: 0.15,
} as const;

// Kept free of words that are just as common in other Latin-script languages ("a", "on", "me", "do").
const FUNCTION_WORDS = new Set([
  'the',
  'and',
  'to',
  'of',
  'i',
  'you',
  'it',
  'is',
  'that',
  'we',
  'in',
  'this',
  'for',
  'with',
  'was',
  'are',
  'have',
  'be',
  'not',
  'but',
  'they',
  'what',
  'so',
  'can',
  'just',
  'there',
  'about',
  'if',
  'my',
  'your',
  'at',
  'or',
  'would',
  'like',
  'think',
  'know',
  'yeah',
  'how',
  'an',
  'our',
  'all',
  'will',
  'from',
  'been',
  'he',
  'she',
  'them',
  'then',
  'when',
  'were',
  'which',
  'who',
  'could',
  'should',
  'really',
  'because',
  "it's",
  "i'm",
  "don't",
  "that's",
  "we're",
  "you're",
  'okay',
  'yes',
]);

const ASCII_WORD = /^[a-z0-9'’-]+$/;

export interface EnglishTally {
  words: number;
  ascii: number;
  functionWords: number;
}

export function emptyTally(): EnglishTally {
  return { words: 0, ascii: 0, functionWords: 0 };
}

/** Adds one text to the tally in place (O(words of the text)). */
export function tallyText(tally: EnglishTally, text: string): void {
  for (const word of words(text)) {
    tally.words++;
    if (ASCII_WORD.test(word)) tally.ascii++;
    if (FUNCTION_WORDS.has(word.replace('’', "'"))) tally.functionWords++;
  }
}

export function looksEnglish(tally: EnglishTally): boolean {
  if (tally.words < ENGLISH.minWords) return true;
  return (
    tally.ascii / tally.words >= ENGLISH.minAsciiShare && tally.functionWords / tally.words >= ENGLISH.minFunctionShare
  );
}
