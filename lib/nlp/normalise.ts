import { BARE_CONTRACTIONS, FILLER_WORDS, JOINED_TOKENS } from './lexicons/tokens.ts';

const FILLERS = new Set(FILLER_WORDS);
const FILLER_RE = new RegExp(`(^|\\s)(?:${FILLER_WORDS.join('|')})[,.]?(?=\\s|$)`, 'gi');
// A word repeated as a stutter ("i i i think", "the the"): captions of real speech are full of them.
const STUTTER_RE = /\b([a-z']+)(?:[\s,]+\1\b)+/gi;
// Two-word restarts: "which is which is", "i mean i mean".
const STUTTER2_RE = /\b([a-z']+\s+[a-z']+)(?:[\s,]+\1\b)+/gi;
const BARE_RE = new RegExp(`\\b(${Object.keys(BARE_CONTRACTIONS).join('|')})\\b`, 'gi');

/**
 * Caption text made matchable: typographic marks unified, "mm-hm" joined, fillers and stutters dropped,
 * apostrophe-less contractions restored. The result keeps end punctuation and dashes (cut-off cues).
 */
export function normaliseText(raw: string): string {
  let text = raw
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/\s*[\u2013\u2014]\s*$/g, ' --')
    .replace(/\s+[\u2013\u2014]\s+/g, ' -- ');
  for (const [pattern, joined] of JOINED_TOKENS) text = text.replace(pattern, joined);
  text = text.replace(FILLER_RE, '$1');
  text = text.replace(STUTTER_RE, '$1').replace(STUTTER2_RE, '$1');
  text = text.replace(BARE_RE, (word) => BARE_CONTRACTIONS[word.toLowerCase()] ?? word);
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+/, '')
    .trim();
}

/** Lower-case word tokens without punctuation; apostrophes inside words stay ("don't"). */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9'\s-]/g, ' ')
    .replace(/(^|\s)[-']+|[-']+(?=\s|$)/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !FILLERS.has(w));
}

/** The caption as a punctuation-free live stream might show it: lower case, no `.?!,`. */
export function stripPunctuation(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.?!,;:]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentence spans by end punctuation. Without punctuation the whole text is one sentence. */
export function splitSentences(text: string): string[] {
  const parts = text.match(/[^.?!]+(?:[.?!]+["')\]]*|$)/g) ?? [];
  return parts.map((s) => s.trim()).filter((s) => /[a-z0-9]/i.test(s));
}
