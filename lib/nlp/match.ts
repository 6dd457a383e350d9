import nlp from 'compromise';
import type { Lexicon, LexiconEntry } from './lexicons/types.ts';
import { memo, type Analysis } from './parse.ts';

export interface Hit {
  entry: LexiconEntry;
  /** The matched words as they appear in the caption. */
  text: string;
  /** Index of the sentence inside the utterance. */
  sentence: number;
  /** Word offset of the match start inside the utterance (approximate: contractions count twice). */
  offset: number;
}

type Net = ReturnType<typeof nlp.buildNet>;
interface Found {
  id: string;
  view: { text(): string; pointer: [number, number, number][] | null };
}

const nets = new Map<string, { net: Net; byId: Map<string, LexiconEntry> }>();

// One compiled net per lexicon: a sweep costs about as much as one match (nlp.md §2.1).
function compiled(lexicon: Lexicon): { net: Net; byId: Map<string, LexiconEntry> } {
  let c = nets.get(lexicon.id);
  if (!c) {
    c = {
      net: nlp.buildNet(lexicon.entries.map((e) => ({ match: e.match, id: e.id }))),
      byId: new Map(lexicon.entries.map((e) => [e.id, e])),
    };
    nets.set(lexicon.id, c);
  }
  return c;
}

/** Every phrase of a lexicon found in the utterance, in text order; memoised per utterance. */
export function findAll(analysis: Analysis, lexicon: Lexicon): readonly Hit[] {
  return memo(analysis, `lex:${lexicon.id}`, () => {
    const { net, byId } = compiled(lexicon);
    const hits: Hit[] = [];
    let base = 0;
    analysis.sentences.forEach((sentence, index) => {
      const found = sentence.doc.sweep(net).found as unknown as Found[];
      for (const f of found) {
        const entry = byId.get(f.id);
        if (!entry) continue;
        const start = f.view.pointer?.[0]?.[1] ?? 0;
        hits.push({ entry, text: f.view.text().replace(/[,.;:]+$/, ''), sentence: index, offset: base + start });
      }
      base += sentence.doc.docs.flat().length;
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
