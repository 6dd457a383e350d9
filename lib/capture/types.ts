/**
 * The platform-neutral caption stream. Content scripts read the call page's caption DOM into these
 * events; everything downstream (assembly, analysis, storage) sees only them.
 */

/**
 * Every platform Candor captures from, the one list the rest derives from (message schemas, stored
 * records, per-platform settings). `practice`: a built-in or uploaded conversation replayed by the
 * extension's own practice page.
 */
export const PLATFORMS = ['meet', 'zoom', 'teams', 'practice'] as const;
export type Platform = (typeof PLATFORMS)[number];
/** The platforms of real calls (everything but the practice page). */
export type CallPlatform = Exclude<Platform, 'practice'>;
export const CALL_PLATFORMS = PLATFORMS.filter((platform): platform is CallPlatform => platform !== 'practice');

/** A caption block as the page shows it right now: one speaker's turn, identified by its DOM node. */
export interface BlockSnapshot {
  kind: 'block';
  /** Stable for the life of the DOM node (the same node re-inserted keeps its id). */
  block: string;
  /** The name the page shows, as inert text; '' when the page shows none. */
  speaker: string;
  /** True when the page marks the speaker as the local user ("You" in Meet). */
  self: boolean;
  /** The block's whole current text (Meet/Teams) or its visible rolling window (Zoom). */
  text: string;
  /** Epoch milliseconds when the content script read it. */
  t: number;
  /** Present in the first read of a freshly found caption region: such text may be a replay. */
  initial?: true;
}

/** The block's node left the caption region (scrolled away, removed, or the region itself went). */
export interface BlockGone {
  kind: 'gone';
  block: string;
  t: number;
}

/**
 * A speaker shown under a stand-in ("Speaker 1", initials) turned out to have this name (Zoom learns a
 * name from a video tile later): every line under `from`, earlier ones included, now reads `to`.
 */
export interface SpeakerRename {
  kind: 'rename';
  from: string;
  to: string;
  t: number;
}

export type CaptionEvent = BlockSnapshot | BlockGone | SpeakerRename;

/**
 * What the page lets Candor see:
 * - `no-call`: the page is not (yet) a call screen Candor recognises;
 * - `captions-off`: a call, with captions switched off;
 * - `captions-on`: captions are on but nobody has spoken yet;
 * - `capturing`: caption text is being read;
 * - `unreadable`: the page looks like a call but its caption DOM is not one Candor knows.
 */
export type CaptureState = 'no-call' | 'captions-off' | 'captions-on' | 'capturing' | 'unreadable';

export interface CaptureStatus {
  platform: Platform;
  state: CaptureState;
  /** A short plain-language detail, e.g. why the DOM could not be read. */
  detail?: string;
}
