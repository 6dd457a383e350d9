/**
 * Lexicons are data: each entry is a compromise match pattern with a stable id and a one-line reason,
 * so every decision a detector makes can name the phrase that drove it (compromise-style `reason`).
 * Patterns are written in the expanded form compromise matches ("do not worry", not "don't worry").
 */
export interface LexiconEntry {
  /** Stable, unique within its lexicon, kebab-case. */
  id: string;
  /** compromise match syntax; matching stays inside one sentence. */
  match: string;
  /** Why this phrase belongs here, in one line. */
  reason: string;
  /** 0..1: how much this phrase alone says. Strong phrases (≥ 0.8) may carry a decision; weak ones only support. */
  weight?: number;
}

export interface Lexicon {
  /** Stable id, used as the memo key for sweeps. */
  id: string;
  entries: readonly LexiconEntry[];
}

/** Identity helper that only types a lexicon. */
export function defineLexicon(id: string, entries: readonly LexiconEntry[]): Lexicon {
  return { id, entries };
}
