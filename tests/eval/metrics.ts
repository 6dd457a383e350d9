/** Scoring helpers: one-to-one event matching, P/R/F1 with Wilson intervals. */

export interface Event {
  /** Cue index in the conversation as the detectors saw it. */
  anchor: number;
  speaker: string;
}

export interface Interval {
  value: number;
  low: number;
  high: number;
}

/** Wilson score interval for k successes in n trials (95%: z = 1.96). */
export function wilson(k: number, n: number, z = 1.96): Interval {
  if (n === 0) return { value: NaN, low: NaN, high: NaN };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Match predictions to gold events: same speaker, anchors within `tolerance` cues, each gold event used once.
 * Returns the indices of matched predictions and matched gold events.
 */
export function matchEvents(
  pred: readonly Event[],
  gold: readonly Event[],
  tolerance = 1,
): { tp: Set<number>; found: Set<number> } {
  const tp = new Set<number>();
  const found = new Set<number>();
  // Exact anchors first, then neighbours, so a near match never steals an exact one.
  for (let d = 0; d <= tolerance; d++) {
    pred.forEach((p, i) => {
      if (tp.has(i)) return;
      const g = gold.findIndex(
        (x, j) => !found.has(j) && x.speaker === p.speaker && Math.abs(x.anchor - p.anchor) === d,
      );
      if (g >= 0) {
        tp.add(i);
        found.add(g);
      }
    });
  }
  return { tp, found };
}

export interface Score {
  gold: number;
  pred: number;
  tp: number;
  /** Predictions in "don't score" zones (unclear labels): neither true nor false. */
  ignored: number;
  precision: Interval;
  recall: Interval;
  f1: number;
  hours: number;
  falsePerHour: number;
}

export function score(tp: number, pred: number, gold: number, hours: number, ignored = 0): Score {
  const scored = pred - ignored;
  const precision = wilson(tp, scored);
  const recall = wilson(tp, gold);
  const f1 =
    precision.value + recall.value > 0 ? (2 * precision.value * recall.value) / (precision.value + recall.value) : 0;
  return {
    gold,
    pred,
    tp,
    ignored,
    precision,
    recall,
    f1,
    hours,
    falsePerHour: hours > 0 ? (scored - tp) / hours : NaN,
  };
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
