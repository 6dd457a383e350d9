/** Messages between the background and a side panel watching one call tab (over a runtime port). */
import type { CaptureStatus, Platform } from '../capture/types.ts';
import type { EngineSnapshot } from '../engine/engine.ts';
import type { Utterance } from '../transcript/types.ts';

export const PANEL_PORT = 'candor-panel';

export interface WatchRequest {
  type: 'watch';
  tabId: number;
}

export interface SessionSummary {
  id: string;
  platform: Platform;
  callKey: string;
  /** Epoch ms of second 0. */
  origin: number;
}

/** Everything the panel needs to draw a tab's call from scratch. */
export interface PanelSnapshot {
  type: 'snapshot';
  tabId: number;
  session: SessionSummary | null;
  status: CaptureStatus | null;
  utterances: Utterance[];
  /** The engine's view of the call: flags, signals, speaker statistics, the four stages. */
  analysis: EngineSnapshot | null;
}

/** What changed since the snapshot: new or revised utterances (by id), and the capture state. */
export interface PanelUpdate {
  type: 'update';
  tabId: number;
  session?: SessionSummary;
  changed: Utterance[];
  status?: CaptureStatus;
  /** Sent when a final utterance or a finding changed the analysis. */
  analysis?: EngineSnapshot;
}

export type PanelMessage = PanelSnapshot | PanelUpdate;
