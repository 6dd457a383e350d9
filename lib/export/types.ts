/** What an export is made from: one rebuilt call and what the debrief derived from it. */
import type { Platform } from '../capture/types.ts';
import type { EngineSnapshot } from '../engine/engine.ts';
import type { Perspective } from '../engine/types.ts';
import type { IndicatorReading } from '../debrief/checklist.ts';
import type { Reflection } from '../debrief/reflection.ts';
import type { RepairReading } from '../debrief/repairs.ts';
import type { Utterance } from '../transcript/types.ts';

export interface CallExport {
  title: string;
  /** Epoch ms. */
  startedAt: number;
  platform: Platform;
  /** Call seconds. */
  duration: number;
  utterances: Utterance[];
  analysis: EngineSnapshot;
  repairs: RepairReading;
  checklist: IndicatorReading[];
  reflection?: Reflection;
  /** The user's role and "me" the call was analysed with; an import analyses it the same way. */
  perspective?: Perspective;
  /** Role labels per speaker, for a shared debrief. */
  roles?: Record<string, string>;
}
