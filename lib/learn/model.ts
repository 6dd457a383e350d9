/**
 * A calibrated linear scorer: hashed features → logit → probability (Platt scaling fitted out of fold).
 * Weights are data (lib/engine/weights/*.json, written by `npm run train`); scoring is one pass over the
 * features, a few microseconds per candidate.
 */
import { hashName, type Features } from './features.ts';

export interface ModelData {
  /** What the model judges, e.g. "interruption". */
  name: string;
  /** log2 of the number of weights. */
  bits: number;
  bias: number;
  /** Float32 weights, little-endian, base64. */
  weights: string;
  /** Platt scaling of the logit: p = 1 / (1 + exp(-(a * logit + b))). */
  calibration: { a: number; b: number };
  /** Calibrated probability at or above which the detector flags. */
  threshold: number;
  /**
   * Thresholds for candidates of another kind, named by a feature they carry (the first that applies):
   * e.g. an interruption among four or more recent voices, where talking over each other is ordinary.
   */
  contextThresholds?: ContextThreshold[];
  /** How the model was made, for the record (corpus sizes, regularisation, seed). */
  trainedOn?: Record<string, unknown>;
}

export interface ContextThreshold {
  feature: string;
  threshold: number;
}

/** The threshold that applies to a candidate with these features. */
export function thresholdFor(data: Pick<ModelData, 'threshold' | 'contextThresholds'>, features: Features): number {
  return data.contextThresholds?.find((c) => features.has(c.feature))?.threshold ?? data.threshold;
}

export interface Scorer {
  readonly name: string;
  /** The calibrated probability at or above which a candidate with these features is flagged. */
  thresholdFor(features: Features): number;
  /** The uncalibrated score. */
  logit(features: Features): number;
  /** The calibrated probability that the candidate is a real instance. */
  probability(features: Features): number;
  /** The features that pushed the score most, strongest first (for explanations). */
  strongest(features: Features, count: number): string[];
}

/** Platt scaling: a model's raw score as a calibrated probability. */
export function calibrated(logit: number, calibration: { a: number; b: number }): number {
  return 1 / (1 + Math.exp(-(calibration.a * logit + calibration.b)));
}

export function decodeWeights(base64: string): Float32Array {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

export function encodeWeights(weights: Float32Array): string {
  const bytes = new Uint8Array(weights.buffer, weights.byteOffset, weights.byteLength);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The weight slot of a feature name. */
export function slotOf(name: string, bits: number): number {
  return hashName(name) & ((1 << bits) - 1);
}

export function createScorer(data: ModelData): Scorer {
  const weights = decodeWeights(data.weights);
  if (weights.length !== 1 << data.bits)
    throw new Error(`model ${data.name}: ${weights.length} weights, expected ${1 << data.bits}`);
  const logit = (features: Features): number => {
    let sum = data.bias;
    for (const [name, value] of features) sum += weights[slotOf(name, data.bits)]! * value;
    return sum;
  };
  return {
    name: data.name,
    thresholdFor: (features) => thresholdFor(data, features),
    logit,
    probability: (features) => calibrated(logit(features), data.calibration),
    strongest(features, count) {
      return [...features]
        .map(([name, value]) => ({ name, push: weights[slotOf(name, data.bits)]! * value }))
        .filter((f) => f.push > 0)
        .sort((x, y) => y.push - x.push)
        .slice(0, count)
        .map((f) => f.name);
    },
  };
}
