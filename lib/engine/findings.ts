/** Small helpers every detector uses to build findings the same way. */
import type { Evidence, FlagType, SignalType, Turn } from './types.ts';

/**
 * A finding's id: the detector plus the anchor cue, and a qualifier when one detector can fire
 * more than once at the same cue (for instance for two different speakers). Replays give the same id.
 */
export function findingId(detector: FlagType | SignalType, anchor: string, qualifier?: string): string {
  return qualifier === undefined ? `${detector}@${anchor}` : `${detector}@${anchor}#${qualifier}`;
}

/** One evidence entry for a whole cue, optionally naming the words that mattered. */
export function evidenceOf(turn: Turn, words?: string): Evidence {
  const evidence: Evidence = { cue: turn.id, speaker: turn.speaker, text: turn.text, at: turn.start };
  if (words !== undefined) evidence.words = words;
  return evidence;
}

/** Rounds a confidence into 0..1 with two decimals, so reports and snapshots stay stable. */
export function clampConfidence(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}
