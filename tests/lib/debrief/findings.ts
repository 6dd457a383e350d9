/** Test helper: hand-made utterances and findings, shaped like the engine's. */
import type { Flag, FlagType, Signal, SignalType } from '../../../lib/engine/types.ts';
import type { Utterance } from '../../../lib/transcript/types.ts';

export function utterance(
  id: string,
  speaker: string,
  text: string,
  start: number,
  end = start + 2,
  self = false,
): Utterance {
  return { id, speaker, self, text, start, end, final: true };
}

export function flag(type: FlagType, anchor: Utterance, target: string | null, evidence: Utterance[] = [anchor]): Flag {
  return {
    kind: 'flag',
    type,
    id: `${type}@${anchor.id}`,
    at: anchor.start,
    anchor: anchor.id,
    speaker: anchor.speaker,
    target,
    confidence: 0.8,
    evidence: evidence.map((u) => ({ cue: u.id, speaker: u.speaker, text: u.text, at: u.start })),
    rule: `${type}:test`,
  };
}

export function signal(type: SignalType, anchor: Utterance, target: string | null = null): Signal {
  return {
    kind: 'signal',
    type,
    id: `${type}@${anchor.id}`,
    at: anchor.start,
    anchor: anchor.id,
    speaker: anchor.speaker,
    target,
    confidence: 0.8,
    evidence: [{ cue: anchor.id, speaker: anchor.speaker, text: anchor.text, at: anchor.start }],
    rule: `${type}:test`,
  };
}
