/**
 * The analysis engine's contracts. Every detector, the engine loop, the CLI, the evaluation and the
 * extension speak these types; change them only by adding.
 */
import type { Utterance } from '../transcript/types.ts';
import type { Judge } from './judge.ts';

export const FLAG_TYPES = [
  'interruption',
  'dismissed-objection',
  'unanswered-question',
  'monologue',
  'skeptical-response',
  'talk-dominance',
] as const;
export type FlagType = (typeof FLAG_TYPES)[number];

export const SIGNAL_TYPES = [
  'inclusion-prompt',
  'vulnerability-modeled',
  'clarification-invited',
  'mistake-reframed',
  'idea-offered',
  'respectful-challenge',
] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];

export const ROLES = ['interviewer', 'candidate', 'sales-rep', 'buyer', 'host', 'applicant'] as const;
export type Role = (typeof ROLES)[number];

export const STAGES = ['inclusion', 'learner', 'contributor', 'challenger'] as const;
export type Stage = (typeof STAGES)[number];

/** One cue that shows why a finding was made. */
export interface Evidence {
  /** The utterance (cue) id. */
  cue: string;
  speaker: string;
  /** The cue's whole text. */
  text: string;
  /** The cue's start, in seconds. */
  at: number;
  /** The words inside `text` that triggered or confirmed the finding, when there are such words. */
  words?: string;
}

interface FindingBase {
  /** Deterministic: derived from the detector and the anchor cue, so a replay yields the same ids. */
  id: string;
  /** Start time in seconds of the anchor cue (docs/flags.md, Anchors). */
  at: number;
  /** The cue the finding is anchored to. */
  anchor: string;
  speaker: string;
  target: string | null;
  /** 0..1: how sure the detector is. */
  confidence: number;
  evidence: Evidence[];
  /** Names the rule that fired, compromise-style, so every decision can be explained. */
  rule: string;
}

export interface Flag extends FindingBase {
  kind: 'flag';
  type: FlagType;
}

export interface Signal extends FindingBase {
  kind: 'signal';
  type: SignalType;
}

export type Finding = Flag | Signal;

/** A final utterance as the engine sees it: its place in the call plus cached analysis. */
export interface Turn extends Utterance {
  /** 0-based position among final utterances, ordered by start time. */
  index: number;
}

/** Who is analysing: without a role and "me", every party is analysed alike. */
export interface Perspective {
  role?: Role;
  /** The speaker name that is the user. */
  me?: string;
}

/** Read-only view of the call so far, given to each detector at each step. */
export interface EngineContext {
  perspective: Perspective;
  /** Every final turn so far, the current one last. */
  turns: readonly Turn[];
  /** Whether the text is English enough for the language-dependent detectors. */
  english: boolean;
  /**
   * 'estimated' when the cue times were synthesised from word counts (a transcript without times),
   * so duration rules fall back to word counts. Absent means measured.
   */
  timings?: 'measured' | 'estimated';
  /** Asks the trained scorer of a flag type whether a candidate is a real instance (judge.ts). */
  judge: Judge;
}

/**
 * A detector is a small pure state machine: a trigger opens a pending item, a later turn (or the
 * passing of time) confirms or drops it. Same inputs, same outputs.
 */
export interface Detector<S = unknown> {
  id: FlagType | SignalType;
  /** Detectors whose cues are English phrases abstain on non-English calls. */
  needsEnglish: boolean;
  init(): S;
  /** Called with each final turn in order. */
  step(state: S, turn: Turn, ctx: EngineContext): readonly [S, Finding[]];
  /** Called when time passes without a turn (live) and at the end of a call, to close pending items. */
  advance?(state: S, now: number, ctx: EngineContext, ended: boolean): readonly [S, Finding[]];
}

/** Identity helper that only types a detector. */
export function defineDetector<S>(detector: Detector<S>): Detector<S> {
  return detector;
}
