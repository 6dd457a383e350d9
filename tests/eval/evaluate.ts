import type { FlagType, SignalType } from '../../lib/engine/types.ts';
import { matchEvents, score, type Score } from './metrics.ts';
import type { EvalConversation } from '../corpus/types.ts';
import type { Predicted } from './predicted.ts';

export type Runner = (conv: EvalConversation) => { predicted: Predicted[]; perTurnMs: number[] };

export interface Miss {
  conversation: string;
  anchor: number;
  speaker: string;
  rule?: string;
  note?: string;
}

export interface TypeResult {
  score: Score;
  falsePositives: Miss[];
  falseNegatives: Miss[];
  truePositives: Miss[];
}

export interface SetResult {
  results: Map<FlagType | SignalType, TypeResult>;
  perTurnMs: number[];
  hours: number;
  cues: number;
}

/** Run every conversation once and score each requested type against its gold events. */
export function evaluateSet(
  convs: readonly EvalConversation[],
  types: readonly (FlagType | SignalType)[],
  run: Runner,
  tolerance = 1,
): SetResult {
  const perTurnMs: number[] = [];
  const acc = new Map(
    types.map((t) => [
      t,
      { tp: 0, pred: 0, gold: 0, ignored: 0, fps: [] as Miss[], fns: [] as Miss[], tps: [] as Miss[] },
    ]),
  );
  let hours = 0;
  let cues = 0;
  for (const conv of convs) {
    const { predicted, perTurnMs: ms } = run(conv);
    perTurnMs.push(...ms);
    hours += conv.hours;
    cues += conv.cues.length;
    for (const type of types) {
      const a = acc.get(type)!;
      const gold = conv.gold[type] ?? [];
      const ignore = new Set(conv.ignore[type] ?? []);
      const pred = predicted.filter((p) => p.type === type);
      const { tp, found } = matchEvents(pred, gold, tolerance);
      a.tp += tp.size;
      a.pred += pred.length;
      a.gold += gold.length;
      pred.forEach((p, i) => {
        const near = [p.anchor, p.anchor - 1, p.anchor + 1];
        const miss: Miss = { conversation: conv.id, anchor: p.anchor, speaker: p.speaker, rule: p.rule };
        if (tp.has(i)) a.tps.push(miss);
        else if (near.some((k) => ignore.has(k))) a.ignored++;
        else {
          const notes = conv.notes?.[type as FlagType];
          const note = notes ? near.map((k) => notes.get(k)).find((x) => x) : undefined;
          a.fps.push({ ...miss, note: note ?? 'unlabelled' });
        }
      });
      gold.forEach((g, j) => {
        if (!found.has(j)) a.fns.push({ conversation: conv.id, anchor: g.anchor, speaker: g.speaker });
      });
    }
  }
  const results = new Map<FlagType | SignalType, TypeResult>();
  for (const [type, a] of acc) {
    results.set(type, {
      score: score(a.tp, a.pred, a.gold, hours, a.ignored),
      falsePositives: a.fps,
      falseNegatives: a.fns,
      truePositives: a.tps,
    });
  }
  return { results, perTurnMs, hours, cues };
}
