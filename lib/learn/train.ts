/**
 * Training a calibrated linear scorer, deterministically: the same examples and seed give the same
 * weights. Logistic regression with L2 over hashed features, fitted by AdaGrad over seeded shuffles;
 * Platt scaling fitted on out-of-fold logits.
 */
import type { Features } from './features.ts';
import { calibrated, encodeWeights, slotOf, type ModelData } from './model.ts';

export interface Example {
  features: Features;
  label: 0 | 1;
  /** How much the example counts (e.g. real-meeting negatives count less per example). @default 1 */
  weight?: number;
}

export interface TrainOptions {
  bits: number;
  /** L2 strength per example. */
  l2: number;
  epochs: number;
  seed: number;
  /** Extra weight on positive examples. @default 1 */
  positiveWeight?: number;
  learningRate?: number;
}

export interface Fitted {
  bias: number;
  weights: Float32Array;
}

/** A small seeded PRNG (mulberry32) so shuffles repeat exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Compiled {
  slots: Int32Array;
  values: Float64Array;
  label: number;
  weight: number;
}

function compile(examples: readonly Example[], bits: number, positiveWeight: number): Compiled[] {
  return examples.map((e) => {
    // Two names may share a slot: their values add, as they do at scoring time.
    const merged = new Map<number, number>();
    for (const [name, value] of e.features) {
      const slot = slotOf(name, bits);
      merged.set(slot, (merged.get(slot) ?? 0) + value);
    }
    return {
      slots: Int32Array.from(merged.keys()),
      values: Float64Array.from(merged.values()),
      label: e.label,
      weight: (e.weight ?? 1) * (e.label === 1 ? positiveWeight : 1),
    };
  });
}

export function fitLogistic(examples: readonly Example[], options: TrainOptions): Fitted {
  const size = 1 << options.bits;
  const w = new Float64Array(size);
  const g2 = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasG2 = 1e-8;
  const rate = options.learningRate ?? 0.1;
  const data = compile(examples, options.bits, options.positiveWeight ?? 1);
  const order = data.map((_, i) => i);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const e = data[k]!;
      let z = bias;
      for (let f = 0; f < e.slots.length; f++) z += w[e.slots[f]!]! * e.values[f]!;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - e.label) * e.weight;
      for (let f = 0; f < e.slots.length; f++) {
        const s = e.slots[f]!;
        // L2 is applied where a weight is used: lazily, per example, as in sparse SGD.
        const grad = err * e.values[f]! + options.l2 * w[s]!;
        g2[s]! += grad * grad;
        w[s]! -= (rate * grad) / Math.sqrt(g2[s]!);
      }
      biasG2 += err * err;
      bias -= (rate * err) / Math.sqrt(biasG2);
    }
  }
  return { bias, weights: Float32Array.from(w) };
}

/** The logit of an example under fitted weights (same arithmetic as the shipped scorer). */
export function logitOf(fitted: Fitted, features: Features, bits: number): number {
  let z = fitted.bias;
  for (const [name, value] of features) z += fitted.weights[slotOf(name, bits)]! * value;
  return z;
}

/** Platt scaling: a and b such that sigmoid(a·logit + b) is calibrated on these out-of-fold scores. */
export function fitPlatt(logits: readonly number[], labels: readonly (0 | 1)[]): { a: number; b: number } {
  // Platt's smoothed targets keep a and b finite when the classes separate.
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 2000; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (let i = 0; i < logits.length; i++) {
      const x = logits[i]!;
      const t = labels[i] === 1 ? hi : lo;
      const p = calibrated(x, { a, b });
      const d = p - t;
      const h = p * (1 - p);
      ga += d * x;
      gb += d;
      haa += h * x * x;
      hab += h * x;
      hbb += h;
    }
    // One Newton step on the 2×2 system.
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-10 && Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

export function toModelData(
  name: string,
  fitted: Fitted,
  bits: number,
  calibration: { a: number; b: number },
  thresholds: Pick<ModelData, 'threshold' | 'contextThresholds'>,
  trainedOn: Record<string, unknown>,
): ModelData {
  return {
    name,
    bits,
    bias: round(fitted.bias, 6),
    weights: encodeWeights(fitted.weights),
    calibration: { a: round(calibration.a, 6), b: round(calibration.b, 6) },
    ...thresholds,
    trainedOn,
  };
}
