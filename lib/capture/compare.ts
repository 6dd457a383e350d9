/**
 * Word-level comparison of caption text. The assembler lines caption versions up on these keys, and tests
 * and e2e compare whole transcripts with `wordsOf`, so "Yes," and "yes" count as the same word.
 */

// Letters, combining marks (Devanagari vowel signs, accents) and digits survive; everything else is punctuation.
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;
const SPACE = /\s+/;

/** The comparison key of one whitespace-free token: lowercase, punctuation and symbols removed ('' if none left). */
export function wordKey(token: string): string {
  return token.toLowerCase().replace(NOT_WORD, '');
}

/**
 * The words of `text` for comparison: lowercase, punctuation stripped, split on whitespace, empty ones dropped.
 * @example wordsOf('Well, OK — 2 cafés!') // ['well', 'ok', '2', 'cafés']
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const token of text.split(SPACE)) {
    const key = wordKey(token);
    if (key !== '') words.push(key);
  }
  return words;
}
