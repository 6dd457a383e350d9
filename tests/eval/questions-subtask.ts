import { analyse, classifyQuestions, isRealQuestion } from '../../lib/nlp/index.ts';
import { stripPunctuation } from '../../lib/nlp/normalise.ts';
import { loadUnits, type CorpusName } from './corpus.ts';
import { wilson, type Interval } from './metrics.ts';

export interface SubtaskScore {
  n: number;
  gold: number;
  pred: number;
  tp: number;
  precision: Interval;
  recall: Interval;
}

/**
 * Question detection per dialogue-act unit against the corpus's own question tags: "any question" (every
 * kind the classifier knows) vs `gold.is_question`, and on MRDA "real question" (info or clarification) vs
 * questions that are not tags, rhetorical or backchannel questions.
 */
export function questionSubtask(name: CorpusName, stripped: boolean, real: boolean): SubtaskScore {
  let gold = 0;
  let pred = 0;
  let tp = 0;
  let n = 0;
  for (const conv of loadUnits(name)) {
    for (const t of conv.turns) {
      const g = t.labels.gold ?? {};
      if (t.labels.da === 'z') continue; // MRDA: unlabelled pre/post-meeting chatter
      n++;
      const isGold =
        g.is_question === true && (!real || !(g.is_tag_question || g.is_rhetorical || g.is_backchannel_question));
      const kinds = classifyQuestions(analyse(stripped ? stripPunctuation(t.text) : t.text)).map((q) => q.kind);
      const isPred = real ? kinds.some(isRealQuestion) : kinds.some((k) => k !== 'none');
      if (isGold) gold++;
      if (isPred) pred++;
      if (isGold && isPred) tp++;
    }
  }
  return { n, gold, pred, tp, precision: wilson(tp, pred), recall: wilson(tp, gold) };
}
