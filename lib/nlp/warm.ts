/**
 * Work done ahead of need, a slice per live caption update, so that the update which makes an utterance
 * final finds its parse, its lexicon sweeps and its readings already made (docs/design.md). Only caches
 * are filled: what the detectors read is computed by the same functions, just earlier.
 */
import { contentLemmas } from './lemmas.ts';
import { findAllAhead, sweepAhead } from './match.ts';
import { normaliseText, splitSentences } from './normalise.ts';
import { analyse, analysedAlready, parsedAlready, parseSentence } from './parse.ts';
import { classifyQuestions } from './question.ts';
import { isBackchannel } from './turn-taking.ts';

export interface WarmText {
  text: string;
  /** A final utterance: every sentence is finished. A growing caption's last sentence may still change. */
  final: boolean;
}

/**
 * One slice is either one sentence parse (compromise's costliest step, about half a millisecond for a
 * caption sentence) or this many lexicon sweeps (a few hundredths of a millisecond each), or the
 * readings of one utterance whose sentences are all ready.
 */
const SWEEPS_PER_SLICE = 9;

const READY = 'warm';

/** Does one slice of what `texts` will need, the first texts first. Returns false once nothing is left. */
export function warmAhead(texts: readonly WarmText[]): boolean {
  let swept = 0;
  for (const { text, final } of texts) {
    if (final && analysedAlready(text)?.memo.has(READY)) continue;
    const sentences = splitSentences(normaliseText(text));
    const finished = final ? sentences : sentences.slice(0, -1);
    for (const sentence of finished) {
      const parsed = parsedAlready(sentence);
      if (!parsed) {
        if (swept === 0) parseSentence(sentence);
        return true;
      }
      swept += sweepAhead(parsed, SWEEPS_PER_SLICE - swept);
      if (swept >= SWEEPS_PER_SLICE) return true;
    }
    if (!final) continue;
    if (swept > 0) return true;
    const analysis = analyse(text);
    findAllAhead(analysis);
    classifyQuestions(analysis);
    contentLemmas(analysis);
    isBackchannel(analysis);
    analysis.memo.set(READY, true);
    return true;
  }
  return swept > 0;
}
