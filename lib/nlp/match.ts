import nlp from 'compromise';
import type { Lexicon, LexiconEntry } from './lexicons/types.ts';
import { memo, type Analysis, type SentenceParse } from './parse.ts';
import { foundText, indexDocument, rankNet, sweepIndexed, type RankedNet } from './sweep.ts';

export interface Hit {
  entry: LexiconEntry;
  /** The matched words as they appear in the caption. */
  text: string;
  /** Index of the sentence inside the utterance. */
  sentence: number;
  /** Word offset of the match start inside the utterance (approximate: contractions count twice). */
  offset: number;
}

interface SentenceHit {
  entry: LexiconEntry;
  text: string;
  start: number;
}

interface Compiled {
  lexicon: Lexicon;
  net: RankedNet;
  byId: Map<string, LexiconEntry>;
}
const nets = new Map<string, Compiled>();

/**
 * compromise tries the alternatives of a group in order and does not come back to a longer one after a
 * shorter one matched: with `(not|not very) sure`, "not very sure" fails. Longest alternatives go first.
 */
export function longestFirst(pattern: string): string {
  return pattern.replace(/\(([^()]*)\)/g, (_, body: string) => {
    const alts = body.split('|').map((a) => a.trim());
    const sorted = alts.map((a, i) => ({ a, i, n: a.split(/\s+/).length })).sort((x, y) => y.n - x.n || x.i - y.i);
    return `(${sorted.map((x) => x.a).join('|')})`;
  });
}

// One compiled net per lexicon, swept once per sentence and remembered there (docs/design.md: nets beat one
// match() per phrase).
function compiled(lexicon: Lexicon): Compiled {
  let c = nets.get(lexicon.id);
  if (!c) {
    c = {
      lexicon,
      net: rankNet(nlp.buildNet(lexicon.entries.map((e) => ({ match: longestFirst(e.match), id: e.id })))),
      byId: new Map(lexicon.entries.map((e) => [e.id, e])),
    };
    nets.set(lexicon.id, c);
  }
  return c;
}

/** One lexicon swept over one sentence, remembered on the sentence (sentences recur across captions). */
function sweepSentence(sentence: SentenceParse, lexiconId: string, { net, byId }: Compiled): SentenceHit[] {
  let local = sentence.sweeps.get(lexiconId) as SentenceHit[] | undefined;
  if (!local) {
    const document = sentence.doc.document;
    sentence.index ??= indexDocument(document);
    local = [];
    for (const f of sweepIndexed(document, sentence.index, net)) {
      const entry = byId.get(f.id);
      if (entry)
        local.push({ entry, text: foundText(sentence.doc, f.pointer).replace(/[,.;:]+$/, ''), start: f.pointer[1] });
    }
    sentence.sweeps.set(lexiconId, local);
  }
  return local;
}

/**
 * Sweeps `sentence` with up to `max` of the lexicons in use that have not swept it yet (work done ahead of
 * need, a slice at a time). Returns how many it swept.
 */
export function sweepAhead(sentence: SentenceParse, max: number): number {
  let done = 0;
  for (const [id, compiledNet] of nets) {
    if (done >= max) break;
    if (sentence.sweeps.has(id)) continue;
    sweepSentence(sentence, id, compiledNet);
    done++;
  }
  return done;
}

/** Fills the analysis's memo of hits for every lexicon in use (its sentences' sweeps are reused). */
export function findAllAhead(analysis: Analysis): void {
  for (const { lexicon } of nets.values()) findAll(analysis, lexicon);
}

/** Every phrase of a lexicon found in the utterance, in text order; memoised per utterance. */
export function findAll(analysis: Analysis, lexicon: Lexicon): readonly Hit[] {
  return memo(analysis, `lex:${lexicon.id}`, () => {
    const net = compiled(lexicon);
    const hits: Hit[] = [];
    let base = 0;
    analysis.sentences.forEach((sentence, index) => {
      const local = sweepSentence(sentence, lexicon.id, net);
      for (const h of local) hits.push({ entry: h.entry, text: h.text, sentence: index, offset: base + h.start });
      base += sentence.terms.length;
    });
    return hits.sort((a, b) => a.offset - b.offset);
  });
}

/** The first hit of a lexicon, optionally only within the first `within` words. */
export function findFirst(analysis: Analysis, lexicon: Lexicon, within = Infinity): Hit | undefined {
  return findAll(analysis, lexicon).find((h) => h.offset < within);
}

/** Sum of the weights of the distinct phrases found (each id counts once). */
export function weightOf(hits: readonly Hit[]): number {
  const seen = new Map<string, number>();
  for (const h of hits) seen.set(h.entry.id, h.entry.weight ?? 1);
  return [...seen.values()].reduce((a, b) => a + b, 0);
}
