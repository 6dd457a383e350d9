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

/** The fields every finding shares; its id comes from type and anchor, so a replay yields the same id. */
function anchored(type: FlagType | SignalType, input: FindingInput) {
  return {
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

/** A flag anchored to a cue. */
export function makeFlag(type: FlagType, input: FindingInput): Finding {
  return { kind: 'flag', type, ...anchored(type, input) };
}

/** A positive signal anchored to a cue. */
export function makeSignal(type: SignalType, input: FindingInput): Finding {
  return { kind: 'signal', type, ...anchored(type, input) };
}
