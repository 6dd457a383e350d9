/**
 * The one way every detector and signal builds a finding. Ids come from the type and the anchor cue (plus a
 * qualifier when one detector can fire twice at one cue, e.g. for two speakers), so a replay yields the same ids.
 */
import type { Evidence, Finding, Flag, FlagType, Signal, SignalType, Turn } from './types.ts';

/** One evidence cue; `words` are the triggering or confirming words, when there are such words. */
export function cue(turn: Turn, words?: string): Evidence {
  const evidence: Evidence = { cue: turn.id, speaker: turn.speaker, text: turn.text, at: turn.start };
  if (words) evidence.words = words;
  return evidence;
}

export interface FindingInput {
  anchor: Turn;
  speaker: string;
  target: string | null;
  confidence: number;
  evidence: Evidence[];
  /** Names the rule or model that fired, so every decision can be explained. */
  rule: string;
  /** Tells apart two findings of one type at one cue. */
  qualifier?: string;
}

/** A finding's id: `type:anchor`, or `type:anchor#qualifier`. */
export function findingId(type: FlagType | SignalType, anchor: string, qualifier?: string): string {
  return qualifier === undefined ? `${type}:${anchor}` : `${type}:${anchor}#${qualifier}`;
}

/** Rounds a confidence into 0..1 with two decimals, so reports and snapshots stay stable. */
export function clampConfidence(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

function anchored(type: FlagType | SignalType, input: FindingInput) {
  return {
    id: findingId(type, input.anchor.id, input.qualifier),
    at: input.anchor.start,
    anchor: input.anchor.id,
    speaker: input.speaker,
    target: input.target,
    confidence: clampConfidence(input.confidence),
    evidence: input.evidence,
    rule: input.rule,
  };
}

/** A flag anchored to a cue. */
export function makeFlag(type: FlagType, input: FindingInput): Flag {
  return { kind: 'flag', type, ...anchored(type, input) };
}

/** A positive signal anchored to a cue. */
export function makeSignal(type: SignalType, input: FindingInput): Signal {
  return { kind: 'signal', type, ...anchored(type, input) };
}

export type { Finding };
