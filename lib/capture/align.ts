/**
 * Lining up successive versions of caption text, word by word on comparison keys (see words.ts). Every function
 * caps its work, so a hostile 100 KB caption cannot make one update slow.
 */

type Keys = readonly string[];

/** Share of overlapping words that must agree for two windows to line up: Zoom revises a word or two in place. */
export const LINE_UP_RATIO = 0.7;
/** Per candidate offset, only this many overlap words are compared. */
const LINE_UP_SAMPLE = 64;
/** A front trim keeps at least this many words in common: one or two shared words are chance. */
const MIN_TRIM_OVERLAP = 3;
/** Revised final words are re-aligned over at most this many trailing words. */
const REVISION_SPAN = 200;
/** How far a revision may shift the words behind it (inserted or deleted words). */
const REVISION_SLACK = 16;
/** A stale+new concatenation repeats at least this many words, and at least half, of the old window. */
const MIN_CONCAT_OVERLAP = 4;
/** The stale copy in front is the old window almost verbatim. */
const CONCAT_RATIO = 0.9;

/** Length of the common prefix of `a` and `b`, at most `limit`, comparing from `from` (known equal before it). */
export function commonPrefix(a: Keys, b: Keys, from = 0, limit = Infinity): number {
  const end = Math.min(a.length, b.length, limit);
  let i = Math.min(from, end);
  while (i < end && a[i] === b[i]) i++;
  return i;
}

/** Length of the common suffix of `a` and `b`, not reaching into the first `floor` words of either. */
export function commonSuffix(a: Keys, b: Keys, floor = 0): number {
  const end = Math.min(a.length, b.length) - floor;
  let k = 0;
  while (k < end && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k;
}

/** Whether `b[0:count]` agrees with `a[at:at+count]` in at least `ratio` of the places. */
function linesUp(a: Keys, at: number, b: Keys, count: number, ratio = LINE_UP_RATIO): boolean {
  // The epsilon keeps 10 × 0.7 from rounding up to 8.
  const allowed = count - Math.ceil(count * ratio - 1e-9);
  let misses = 0;
  for (let k = 0; k < count; k++) {
    if (a[at + k] !== b[k] && ++misses > allowed) return false;
  }
  return true;
}

/**
 * How many leading words of `after` stand for `before[0:length]`, an earlier version whose last words may since
 * have been revised (changed, split, merged). The common prefix is exact; the rest is an edit-distance alignment
 * of the trailing words.
 * @example prefixEnd(['a','b','c','d'], 4, ['a','b','c','x','y']) // 4: 'x' revises 'd', 'y' is new
 */
export function prefixEnd(before: Keys, length: number, after: Keys, from = 0): number {
  const head = commonPrefix(before, after, from, length);
  if (head === length) return length;
  // Too long a revised stretch: align only its end, letting the words of `after` start a little earlier.
  const start = Math.max(head, length - REVISION_SPAN);
  const anchored = start === head;
  const afterStart = Math.min(after.length, anchored ? start : Math.max(head, start - REVISION_SLACK));
  const rows = length - start;
  const afterEnd = Math.min(after.length, start + rows + Math.max(8, rows >> 1) + (anchored ? 0 : REVISION_SLACK));
  const cols = Math.max(0, afterEnd - afterStart);
  let row = new Int32Array(cols + 1);
  let next = new Int32Array(cols + 1);
  for (let j = 0; j <= cols; j++) row[j] = anchored ? j : 0;
  for (let i = 1; i <= rows; i++) {
    next[0] = i;
    const word = before[start + i - 1];
    for (let j = 1; j <= cols; j++) {
      const substitute = (row[j - 1] ?? 0) + (word === after[afterStart + j - 1] ? 0 : 1);
      next[j] = Math.min(substitute, (row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1);
    }
    [row, next] = [next, row];
  }
  // Among equally cheap ends prefer one on the last final word itself ("all" in "we got it all" is the final
  // "all", not a new word), then the one that keeps the word count.
  const last = before[length - 1];
  const offLast = (j: number) => (j > 0 && after[afterStart + j - 1] === last ? 0 : 1);
  const drift = (j: number) => Math.abs(afterStart + j - length);
  let best = 0;
  for (let j = 1; j <= cols; j++) {
    const cost = row[j] ?? 0;
    const bestCost = row[best] ?? 0;
    if (cost !== bestCost) {
      if (cost < bestCost) best = j;
    } else if (offLast(j) !== offLast(best)) {
      if (offLast(j) < offLast(best)) best = j;
    } else if (drift(j) < drift(best)) best = j;
  }
  return afterStart + best;
}

/**
 * Zoom's rolling window: the earliest offset `p` such that `before[p:]` lines up with the start of `after`
 * (the window lost `p` words at the front), or -1 when no offset does. `p = 0` is growth or an in-place revision.
 * @example trimOffset(['w1','w2','w3','w4','w5'], ['w3','w4','w5','w6']) // 2
 */
export function trimOffset(before: Keys, after: Keys): number {
  if (after.length === 0) return -1;
  for (let p = 0; p < before.length; p++) {
    const rest = before.length - p;
    const overlap = Math.min(rest, after.length);
    if (p > 0 && overlap < MIN_TRIM_OVERLAP) continue;
    if (linesUp(before, p, after, Math.min(overlap, LINE_UP_SAMPLE))) return p;
  }
  return -1;
}

/**
 * Zoom briefly renders the stale window immediately followed by the new one. When `after` is `before` plus a
 * window that itself lines up with `before`, returns that window's trim offset (it starts at
 * `after[before.length]`); otherwise -1.
 */
export function staleConcat(before: Keys, after: Keys): number {
  const n = before.length;
  if (n < MIN_CONCAT_OVERLAP || after.length <= n) return -1;
  if (!linesUp(before, 0, after, Math.min(n, LINE_UP_SAMPLE), CONCAT_RATIO)) return -1;
  const fresh = after.slice(n);
  const p = trimOffset(before, fresh);
  if (p < 0) return -1;
  // People do repeat themselves ("we need to, we need to go"): only a long repeat is taken for a stale copy.
  const overlap = Math.min(n - p, fresh.length);
  return overlap >= Math.max(MIN_CONCAT_OVERLAP, Math.ceil(n / 2)) ? p : -1;
}

/** The longest run `words[from:from+length]` found contiguously in `source`; ties go to the latest `at`. */
export function findRun(words: Keys, from: number, source: Keys): { at: number; length: number } {
  let best = { at: -1, length: 0 };
  for (let at = 0; at < source.length; at++) {
    let k = 0;
    while (from + k < words.length && at + k < source.length && words[from + k] === source[at + k]) k++;
    if (k > 0 && k >= best.length) best = { at, length: k };
  }
  return best;
}

/** The longest `k` such that the last `k` words of `source` are `words[from:from+k]`. */
export function suffixOverlap(source: Keys, words: Keys, from: number): number {
  for (let k = Math.min(source.length, words.length - from); k > 0; k--) {
    const at = source.length - k;
    let i = 0;
    while (i < k && source[at + i] === words[from + i]) i++;
    if (i === k) return k;
  }
  return 0;
}
