import nlp from 'compromise';
import { Lru } from './lru.ts';
import { normaliseText, splitSentences, wordsOf } from './normalise.ts';
import { BACKCHANNEL_WORDS, FILLER_WORDS } from './lexicons/tokens.ts';

export type Doc = ReturnType<typeof nlp>;

/** compromise's term shape as we read it (its typings omit `implicit` and type `tags` loosely). */
export interface TermView {
  text: string;
  normal: string;
  implicit?: string;
  tags?: Set<string>;
  pre: string;
  post: string;
}

// Registered once: compromise keeps plugins in global state (docs/design.md). The tags let match
// patterns say #Backchannel / #Filler instead of mis-tagged adjectives and expressions (gotcha 4).
nlp.plugin({
  tags: { Backchannel: { isA: 'Expression' }, Filler: { isA: 'Expression' } },
  words: {
    ...Object.fromEntries(BACKCHANNEL_WORDS.filter((w) => /^(mm|mhm|uhhuh|hm)/.test(w)).map((w) => [w, 'Backchannel'])),
    ...Object.fromEntries(FILLER_WORDS.map((w) => [w, 'Filler'])),
  },
});

export interface SentenceParse {
  text: string;
  doc: Doc;
  /** The terms in order (implicit contraction terms included); read once, since `doc.docs` rebuilds them. */
  terms: readonly TermView[];
  /** Lower-case tokens without punctuation. */
  words: string[];
  /** The sentence ends with "?". */
  question: boolean;
  /** Lexicon sweeps of this sentence, by lexicon id: a growing caption re-uses its finished sentences' sweeps. */
  sweeps: Map<string, unknown>;
  /** compromise's index of the sentence's words and tags, built at the first lexicon sweep and shared by all. */
  index?: Set<string>[];
}

/** Everything the detectors read from one utterance text, computed once and shared. */
export interface Analysis {
  raw: string;
  /** Normalised text (normalise.ts). */
  text: string;
  sentences: SentenceParse[];
  /** All tokens in order. */
  words: string[];
  /** Last visible mark of the raw text: `.`, `?`, `!`, `-` (dash), `…` (ellipsis), or null. */
  end: '.' | '?' | '!' | '-' | '…' | null;
  /** Derived features, memoised by key (lexicon sweeps, question class, lemmas). */
  memo: Map<string, unknown>;
}

// Finished sentences recur as a caption grows and across detectors, so sentences are the cache unit;
// the analysis of a whole text is cached on top. A parse weighs about 9 KB, so the sizes cover what the
// work done ahead (warm.ts) and the detectors' look-back need, not the whole call: at 64 sentences the
// cache holds about 0.6 MB of the worker's heap and the engine's p99 per update stays under 2 ms
// (docs/evaluation.md, Engine cost). A speed-up, never a store (docs/design.md, Memory of a long call).
const sentenceCache = new Lru<string, SentenceParse>(64);
const analysisCache = new Lru<string, Analysis>(48);

export function parseSentence(text: string): SentenceParse {
  const cached = sentenceCache.get(text);
  if (cached) return cached;
  const doc = nlp(text);
  const parsed: SentenceParse = {
    text,
    doc,
    terms: (doc.docs as unknown as TermView[][]).flat(),
    words: wordsOf(text),
    question: /\?["')\]]*$/.test(text),
    sweeps: new Map(),
  };
  sentenceCache.set(text, parsed);
  return parsed;
}

/** The analysis of an utterance text if it is cached, without counting a lookup or refreshing it. */
export function analysedAlready(raw: string): Analysis | undefined {
  return analysisCache.peek(raw);
}

/** The parse of a sentence if it is cached, without counting a lookup or refreshing it. */
export function parsedAlready(text: string): SentenceParse | undefined {
  return sentenceCache.peek(text);
}

function endMark(raw: string): Analysis['end'] {
  const t = raw.trim();
  if (/(\.\.\.|\u2026)["')\]]*$/.test(t)) return '…';
  if (/(--|[\u2013\u2014-])["')\]]*$/.test(t)) return '-';
  const m = /([.?!])["')\]]*$/.exec(t);
  return m ? (m[1] as '.' | '?' | '!') : null;
}

/** The cached analysis of one utterance text. */
export function analyse(raw: string): Analysis {
  const cached = analysisCache.get(raw);
  if (cached) return cached;
  const text = normaliseText(raw);
  const sentences = splitSentences(text).map(parseSentence);
  const analysis: Analysis = {
    raw,
    text,
    sentences,
    words: sentences.flatMap((s) => s.words),
    end: endMark(raw),
    memo: new Map(),
  };
  analysisCache.set(raw, analysis);
  return analysis;
}

/** Memoise a derived feature on an analysis, so every detector shares one computation. */
export function memo<T>(analysis: Analysis, key: string, compute: () => T): T {
  if (analysis.memo.has(key)) return analysis.memo.get(key) as T;
  const value = compute();
  analysis.memo.set(key, value);
  return value;
}

/** The terms of a sentence, in order (implicit contraction terms included). */
export function termsOf(sentence: SentenceParse): readonly TermView[] {
  return sentence.terms;
}

export function cacheStats(): {
  sentences: { hits: number; misses: number };
  analyses: { hits: number; misses: number };
} {
  return {
    sentences: { hits: sentenceCache.hits, misses: sentenceCache.misses },
    analyses: { hits: analysisCache.hits, misses: analysisCache.misses },
  };
}

export function clearCaches(): void {
  sentenceCache.clear();
  analysisCache.clear();
}
