import type { FlagType, Perspective, SignalType } from '../../lib/engine/types.ts';

export type CorpusSource = 'project' | 'dialogues' | 'ami' | 'icsi-mrda';

/** A conversation ready for the detectors: caption-sized cues in start order, with gold events per task. */
export interface EvalConversation {
  id: string;
  source: CorpusSource;
  /** The writer folder (dialogues) or meeting series: the unit of cross-validation. */
  group: string;
  /** Dialogues: files 01–10 are development, 11+ test. Meetings: the dev halves only. */
  split: 'dev' | 'test';
  perspective: Perspective;
  cues: { speaker: string; text: string; start: number; end: number }[];
  hours: number;
  /** Gold events per flag or signal type, anchored to cue indices. */
  gold: Partial<Record<FlagType | SignalType, { anchor: number; speaker: string; target: string | null }[]>>;
  /** Cue indices where a prediction of a type is neither right nor wrong (labels marked unclear). */
  ignore: Partial<Record<FlagType | SignalType, number[]>>;
  /** Types whose gold is complete here: a prediction of another type cannot be scored as right or wrong. */
  labelled: readonly (FlagType | SignalType)[];
  /** Where each gold-free prediction lands, for the false-positive breakdown. */
  notes?: Partial<Record<FlagType, Map<number, string>>>;
}
