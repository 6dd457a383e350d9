/** Messages between the background and a side panel watching one call tab (over a runtime port). */
import type { CaptureStatus, Platform } from '../capture/types.ts';
import type { EngineSnapshot } from '../engine/engine.ts';
import type { Perspective } from '../engine/types.ts';
import type { NudgeFeedback } from '../nudges/index.ts';
import type { CoachView } from './call-session.ts';
import type { Rename } from '../transcript/rename.ts';
import type { Utterance } from '../transcript/types.ts';

export const PANEL_PORT = 'candor-panel';

export interface WatchRequest {
  type: 'watch';
  tabId: number;
}

/** The user's choices in the panel, for the watched tab's call. */
export type CoachRequest =
  | { type: 'perspective'; tabId: number; perspective: Perspective }
  | { type: 'feedback'; tabId: number; nudgeId: string; feedback: NudgeFeedback }
  | { type: 'undo-feedback'; tabId: number; nudgeId: string }
  | { type: 'another-phrasing'; tabId: number; nudgeId: string };

export type PanelRequest = WatchRequest | CoachRequest;

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
  /** The role/me in force and the nudge card on screen (null before the call starts). */
  coach: CoachView | null;
}

/** What changed since the snapshot: new or revised utterances (by id), and the capture state. */
export interface PanelUpdate {
  type: 'update';
  tabId: number;
  session?: SessionSummary;
  changed: Utterance[];
  /** Names learned for stand-in speakers: the panel renames the lines it holds, then applies `changed`. */
  renamed?: Rename[];
  status?: CaptureStatus;
  /** Sent when a final utterance or a finding changed the analysis. */
  analysis?: EngineSnapshot;
  /** Sent when the card or the perspective changed. */
  coach?: CoachView;
}

export type PanelMessage = PanelSnapshot | PanelUpdate;
