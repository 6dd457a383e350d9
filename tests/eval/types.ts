import type { FlagType, Perspective, SignalType } from '../../lib/engine/types.ts';

/** A conversation ready for the detectors: caption-sized cues in start order, with gold events per task. */
export interface EvalConversation {
  id: string;
  source: 'project' | 'ami' | 'icsi-mrda';
  perspective: Perspective;
  cues: { speaker: string; text: string; start: number; end: number }[];
  hours: number;
  /** Gold events per flag or signal type, anchored to cue indices. */
  gold: Partial<Record<FlagType | SignalType, { anchor: number; speaker: string; target: string | null }[]>>;
  /** Cue indices where a prediction of a type is neither right nor wrong (labels marked unclear). */
  ignore: Partial<Record<FlagType | SignalType, number[]>>;
  /** Where each gold-free prediction lands, for the false-positive breakdown (corpus only). */
  notes?: Partial<Record<FlagType, Map<number, string>>>;
}

export interface Predicted {
  type: FlagType | SignalType;
  kind: 'flag' | 'signal';
  anchor: number;
  speaker: string;
  target: string | null;
  rule: string;
  confidence: number;
}
