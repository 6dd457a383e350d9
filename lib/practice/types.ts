/** Practice conversations: what a scenario is, and the lines a replay plays. */
import type { Role } from '../engine/types.ts';

export const SCENARIO_KINDS = ['interview', 'sales', 'admissions', 'panel'] as const;
export type ScenarioKind = (typeof SCENARIO_KINDS)[number];

/** One line of a practice conversation, timed in call seconds. */
export interface PracticeLine {
  speaker: string;
  text: string;
  start: number;
  end: number;
}

export interface Scenario {
  /** Stable, kebab-case; also the file name under lib/practice/scenarios/. */
  id: string;
  title: string;
  /** One or two sentences shown on the practice page. */
  summary: string;
  kind: ScenarioKind;
  /** The user's part in the conversation. */
  myRole: Role;
  /** The speaker the user plays ("me"): their lines are marked as the user's own. */
  me: string;
  /** Each speaker's role label, used when a shared debrief replaces names ("Interviewer", "Panelist"). */
  roles: Record<string, string>;
  /** The moments worth noticing, in plain words, so the user knows what the replay is meant to show. */
  watchFor: string[];
  lines: PracticeLine[];
}
