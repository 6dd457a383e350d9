/**
 * The playbook's contracts: short, editable scripts for the tricky moments of a call, as data. The
 * nudge policy, the side panel, the options page and the debrief all read these types.
 */
import type { FlagType, Role, Stage } from '../engine/types.ts';

/**
 * - `repair`: what to say after a red flag the user caused or can fix;
 * - `moment`: a tricky moment for the user (a candidate or applicant above all), flagged or not;
 * - `opener`: what to say early, before anything goes wrong;
 * - `invite`: bringing a quiet voice in (the quiet-voice radar).
 */
export const ENTRY_KINDS = ['repair', 'moment', 'opener', 'invite'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** One thing the user could say. */
export interface Phrasing {
  /** Unique inside its entry; stable, so feedback and user edits can refer to it. */
  id: string;
  text: string;
  /**
   * The same script cut to a glance (at most GLANCE_WORDS words), shown on the live card when `text`
   * is longer. Dropped when the user rewrites `text`.
   */
  short?: string;
  /** The roles it suits; at least one. */
  roles: Role[];
  /** The safety stage saying it builds. */
  stage: Stage;
}

export interface PlaybookEntry {
  /** Stable across releases, e.g. `repair.interruption.host-side`. */
  id: string;
  kind: EntryKind;
  /** A short label for lists and the options page. */
  title: string;
  /** Who the entry is for; every one of them needs phrasings tagged with their role. */
  roles: Role[];
  /** The red flags this entry answers for its roles (lookup(flag, role) finds it through them). */
  flags: FlagType[];
  /**
   * One line on what happened. Placeholders: `{quote}` (the words that show it, from the flag's
   * evidence) and `{them}` (the other party, or "they" when unknown).
   */
  whatHappened: string;
  /** One line on why it matters, in plain words. */
  whyItMatters: string;
  phrasings: Phrasing[];
}

export interface Playbook {
  version: 1;
  entries: PlaybookEntry[];
}
