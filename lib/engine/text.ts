/**
 * Cheap, language-neutral text measures the deterministic parts of the engine share. Nothing here
 * parses language: the NLP layer (lib/nlp) does that for the language detectors.
 */
import { BACKCHANNEL } from './roles.ts';

// A word is a run of letters or digits, with inner apostrophes and hyphens ("don't", "mm-hm").
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const FIRST_WORD = /[\p{L}\p{N}]+/u;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}

/** The words of a text, lower-cased, for the cheap lexical checks below. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** A turn too short to take the floor from the current speaker (docs/flags.md, Backchannels). */
export function isBackchannel(wordCount: number): boolean {
  return wordCount <= BACKCHANNEL.maxWords;
}

// Openers that make a sentence a question even when captions drop the "?".
const QUESTION_OPENERS = new Set([
  'who',
  'what',
  'when',
  'where',
  'why',
  'how',
  'which',
  'do',
  'does',
  'did',
  'is',
  'are',
  'was',
  'were',
  'can',
  'could',
  'would',
  'will',
  'should',
  'have',
  'has',
]);

/**
 * Counts questions the simple way: one per "?"-ended sentence, or one for a turn that has no "?"
 * but opens like a question. The language layer can replace it through `EngineOptions.countQuestions`.
 */
export function countQuestionsSimply(text: string): number {
  const marks = text.match(/\?+/g);
  if (marks) return marks.length;
  const first = FIRST_WORD.exec(text);
  return first && QUESTION_OPENERS.has(first[0].toLowerCase()) ? 1 : 0;
}
