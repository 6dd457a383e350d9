import type { Evidence, Finding, FlagType, SignalType, Turn } from '../engine/types.ts';

/** One evidence cue; `words` are the triggering or confirming words, when there are such words. */
export function cue(turn: Turn, words?: string): Evidence {
  const e: Evidence = { cue: turn.id, speaker: turn.speaker, text: turn.text, at: turn.start };
  if (words) e.words = words;
  return e;
}

interface FindingInput {
  anchor: Turn;
  speaker: string;
  target: string | null;
  confidence: number;
  evidence: Evidence[];
  rule: string;
}

const round = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

/** A flag anchored to a cue; its id is derived from type and anchor so a replay yields the same id. */
export function makeFlag(type: FlagType, input: FindingInput): Finding {
  return {
    kind: 'flag',
    type,
    id: `${type}:${input.anchor.id}`,
    at: input.anchor.start,
    anchor: input.anchor.id,
    speaker: input.speaker,
    target: input.target,
    confidence: round(input.confidence),
    evidence: input.evidence,
    rule: input.rule,
  };
}

export function makeSignal(type: SignalType, input: FindingInput): Finding {
  return {
    kind: 'signal',
    type,
    id: `${type}:${input.anchor.id}`,
    at: input.anchor.start,
    anchor: input.anchor.id,
    speaker: input.speaker,
    target: input.target,
    confidence: round(input.confidence),
    evidence: input.evidence,
    rule: input.rule,
  };
}
