import type { FlagType, SignalType } from '../../lib/engine/types.ts';

/** One finding as the evaluation scores it: anchored to a cue index of its conversation. */
export interface Predicted {
  type: FlagType | SignalType;
  kind: 'flag' | 'signal';
  anchor: number;
  speaker: string;
  target: string | null;
  rule: string;
  confidence: number;
}
