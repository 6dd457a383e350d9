import nlp from 'compromise';
import { describe, expect, test } from 'vitest';
import * as L from '../../../lib/nlp/lexicons/index.ts';
import type { Lexicon } from '../../../lib/nlp/lexicons/types.ts';
import { longestFirst } from '../../../lib/nlp/match.ts';
import { normaliseText, splitSentences, stripPunctuation } from '../../../lib/nlp/normalise.ts';
import { foundText, indexDocument, rankNet, sweepIndexed } from '../../../lib/nlp/sweep.ts';
import { readTranscripts } from '../../eval/project-set.ts';

const lexicons = Object.values(L).filter(
  (v): v is Lexicon => typeof v === 'object' && v !== null && 'entries' in v && 'id' in v,
);
const netOf = (lexicon: Lexicon) =>
  nlp.buildNet(lexicon.entries.map((e) => ({ match: longestFirst(e.match), id: e.id })));

// Every third sentence of the project's transcripts, as written and as a punctuation-free caption.
const sentences = [
  ...new Set(
    readTranscripts().flatMap((t) =>
      t.utterances.flatMap((u) => [
        ...splitSentences(normaliseText(u.text)),
        ...splitSentences(normaliseText(stripPunctuation(u.text))),
      ]),
    ),
  ),
].filter((_, i) => i % 3 === 0);

describe('[nlp/sweep] one index, many nets', () => {
  test('finds exactly what compromise sweep finds, in the same order, for every lexicon', () => {
    const nets = lexicons.map((l) => ({ id: l.id, plain: netOf(l), ranked: rankNet(netOf(l)) }));
    let hits = 0;
    for (const text of sentences) {
      const doc = nlp(text);
      const index = indexDocument(doc.document);
      for (const net of nets) {
        const expected = (
          doc.sweep(net.plain).found as unknown as { id: string; view: { text(): string; pointer: number[][] } }[]
        ).map((f) => [f.id, f.view.text(), f.view.pointer[0]]);
        const found = sweepIndexed(doc.document, index, net.ranked).map((f) => [
          f.id,
          foundText(doc, f.pointer),
          f.pointer,
        ]);
        expect(found, `${net.id} on "${text}"`).toEqual(expected);
        hits += found.length;
      }
    }
    // The comparison means something only if the lexicons fire on these sentences.
    expect(sentences.length).toBeGreaterThan(400);
    expect(hits).toBeGreaterThan(200);
  }, 60_000);

  test('a pattern that two hooks share is tried once', () => {
    const unsure = { match: 'not (sure|certain)', id: 'unsure' };
    const net = rankNet(nlp.buildNet([unsure]));
    const doc = nlp('I am not sure, not certain at all.');
    expect(sweepIndexed(doc.document, indexDocument(doc.document), net).map((f) => f.id)).toEqual(['unsure', 'unsure']);
  });
});
