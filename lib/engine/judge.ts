/**
 * Where detectors ask a trained scorer for a judgment. A detector finds the candidate (its structure:
 * which cue, which pair of turns) and describes it as features; the scorer for that flag type decides, with
 * a calibrated probability. Training and evaluation watch every candidate through `onCandidate`, so the
 * features a model learns from are exactly the ones the live engine computes.
 */
import type { Features } from '../learn/features.ts';
import type { Scorer } from '../learn/model.ts';
import type { FlagType, Turn } from './types.ts';

export const JUDGED_TYPES = [
  'interruption',
  'dismissed-objection',
  'unanswered-question',
  'skeptical-response',
] as const;
export type JudgedType = (typeof JUDGED_TYPES)[number] & FlagType;

export interface Candidate {
  type: JudgedType;
  /** The cue a flag would be anchored to. */
  anchor: Turn;
  speaker: string;
  target: string | null;
  features: Features;
}

export interface Judgment {
  /** Calibrated probability that the candidate is a real instance of its flag. */
  probability: number;
  /** Whether the probability reaches the model's threshold. */
  flagged: boolean;
  /** The features that pushed hardest towards the flag, strongest first (the finding's rule and evidence). */
  because: string[];
}

export type Scorers = Readonly<Partial<Record<JudgedType, Scorer>>>;
export type CandidateObserver = (candidate: Candidate, judgment: Judgment) => void;

export type Judge = (candidate: Candidate) => Judgment;

export function createJudge(scorers: Scorers, observe?: CandidateObserver): Judge {
  return (candidate) => {
    const scorer = scorers[candidate.type];
    const probability = scorer ? scorer.probability(candidate.features) : 0;
    const flagged = scorer !== undefined && probability >= scorer.thresholdFor(candidate.features);
    const judgment: Judgment = {
      probability,
      flagged,
      because: flagged ? scorer.strongest(candidate.features, 8) : [],
    };
    observe?.(candidate, judgment);
    return judgment;
  };
}

/** A finding's rule: its type and the three features that pushed hardest. */
export function ruleOf(type: JudgedType, judgment: Judgment): string {
  return `${type}:${judgment.because.slice(0, 3).join('+')}`;
}

/** The words behind a judgment on one side of a pair: its strongest word feature named `prefix:…`. */
export function wordsBehind(judgment: Judgment, prefix: string): string | undefined {
  const name = judgment.because.find((feature) => feature.startsWith(`${prefix}:`));
  return name?.slice(prefix.length + 1).replaceAll('_', ' ');
}
