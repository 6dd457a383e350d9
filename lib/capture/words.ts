/**
 * Caption text cut into whitespace-separated tokens. Meet re-sends a block's whole text on every change, so
 * re-cutting reuses the tokens in front of the first changed character: per update, the words work is the
 * changed tail, not the whole (up to 100 KB) block.
 */
import { wordKey } from './compare.ts';

export interface Tokens {
  /** The text as received; kept only to find the unchanged front of the next version. */
  readonly raw: string;
  /** Verbatim tokens: the utterance text is these joined by single spaces. */
  readonly words: readonly string[];
  /** Comparison keys, one per token (see `keyOf`). */
  readonly keys: readonly string[];
  /** Offset of each token in `raw`. */
  readonly starts: readonly number[];
}

export const NO_TOKENS: Tokens = { raw: '', words: [], keys: [], starts: [] };

const TOKEN = /\S+/g;

/** A token's alignment key; a token with no letters or digits (an emoji, a dash) keys as itself. */
export function keyOf(token: string): string {
  return wordKey(token) || token;
}

/**
 * Cuts `raw` into tokens. `same` is how many leading tokens are unchanged from `previous` (same text, same key):
 * callers use it to skip comparing words they already compared.
 */
export function tokenize(raw: string, previous: Tokens = NO_TOKENS): { tokens: Tokens; same: number } {
  if (raw === previous.raw) return { tokens: previous, same: previous.words.length };
  const same = intactTokens(previous, commonCharPrefix(raw, previous.raw));
  const words = previous.words.slice(0, same);
  const keys = previous.keys.slice(0, same);
  const starts = previous.starts.slice(0, same);
  const last = same - 1;
  TOKEN.lastIndex = last >= 0 ? (previous.starts[last] ?? 0) + (previous.words[last] ?? '').length : 0;
  for (let match = TOKEN.exec(raw); match !== null; match = TOKEN.exec(raw)) {
    words.push(match[0]);
    keys.push(keyOf(match[0]));
    starts.push(match.index);
  }
  return { tokens: { raw, words, keys, starts }, same };
}

/** The same tokens without the first `count` (Zoom: the stale copy in front of a fresh window). */
export function dropFront(tokens: Tokens, count: number): Tokens {
  if (count <= 0) return tokens;
  if (count >= tokens.words.length) return NO_TOKENS;
  const offset = tokens.starts[count] ?? 0;
  return {
    raw: tokens.raw.slice(offset),
    words: tokens.words.slice(count),
    keys: tokens.keys.slice(count),
    starts: tokens.starts.slice(count).map((start) => start - offset),
  };
}

/** Length of the whitespace-normalised text. */
export function textLength(tokens: Tokens): number {
  let length = Math.max(0, tokens.words.length - 1);
  for (const word of tokens.words) length += word.length;
  return length;
}

/** Keys of the last `count` words of a normalised (single-spaced) text, reading only its end. */
export function tailKeys(text: string, count: number): string[] {
  // Words are rarely longer than 30 characters; a longer one only costs the memory a few words of context.
  const cut = Math.max(0, text.length - count * 30);
  const words = text.slice(cut).split(' ');
  if (cut > 0) words.shift(); // the cut may have landed inside a word
  return words
    .slice(-count)
    .filter((word) => word !== '')
    .map(keyOf);
}

function commonCharPrefix(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let i = 0;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Tokens that end before `common` with the character after them also common, hence unchanged. */
function intactTokens(tokens: Tokens, common: number): number {
  let low = 0;
  let high = tokens.words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    const end = (tokens.starts[mid] ?? 0) + (tokens.words[mid] ?? '').length;
    if (end < common) low = mid + 1;
    else high = mid;
  }
  return low;
}
