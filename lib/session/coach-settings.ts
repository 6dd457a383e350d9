/**
 * The user's coaching settings: one shape for the background, the options page and the tests, read from
 * storage by one lenient parser. The playbook the coach uses is derived from them, never stored.
 */
import { defaultSensitivity, parseSensitivity, SENSITIVITY_KEY, type Sensitivity } from '../nudges/index.ts';
import type { Playbook } from '../playbook/index.ts';
import {
  emptyOverrides,
  mergePlaybook,
  parseOverrides,
  PLAYBOOK_OVERRIDES_KEY,
  type PlaybookOverrides,
} from '../playbook/overrides.ts';

/**
 * How soon and how often tips come in a live call: `calm` waits two minutes and spaces tips 90 s apart;
 * `quick` uses the practice timings, for trying Candor out on a short call (the panel says so).
 */
export type TipPace = 'calm' | 'quick';

/** How soon tips come in a live call ('calm' unless the user chose 'quick' on the welcome page). */
export const TIP_PACE_KEY = 'candor:tip-pace';

export interface CoachSettings {
  /** How sensitive each detector is, after the user's "not useful" answers. */
  sensitivity: Sensitivity;
  /** The scripts the user edited or added. */
  overrides: PlaybookOverrides;
  /** How soon and how often tips come in a live call. */
  pace: TipPace;
}

/** The storage keys the settings live under. */
export const COACH_SETTINGS_KEYS = [SENSITIVITY_KEY, PLAYBOOK_OVERRIDES_KEY, TIP_PACE_KEY] as const;

export function defaultCoachSettings(): CoachSettings {
  return { sensitivity: defaultSensitivity(), overrides: emptyOverrides(), pace: 'calm' };
}

/** A stored pace; anything but 'quick' is the calm default. */
export function parseTipPace(value: unknown): TipPace {
  return value === 'quick' ? 'quick' : 'calm';
}

/** From stored values; anything missing or unreadable falls back to its default. */
export function readCoachSettings(stored: Readonly<Record<string, unknown>>): CoachSettings {
  return {
    sensitivity: parseSensitivity(stored[SENSITIVITY_KEY]),
    overrides: parseOverrides(stored[PLAYBOOK_OVERRIDES_KEY]),
    pace: parseTipPace(stored[TIP_PACE_KEY]),
  };
}

// Settings change rarely and are replaced, never mutated: merge once per overrides value.
const merged = new WeakMap<PlaybookOverrides, Playbook>();

/** The playbook the coach uses: the defaults with the user's edits merged in. */
export function playbookOf(settings: Pick<CoachSettings, 'overrides'>): Playbook {
  let playbook = merged.get(settings.overrides);
  if (playbook === undefined) {
    playbook = mergePlaybook(undefined, settings.overrides);
    merged.set(settings.overrides, playbook);
  }
  return playbook;
}
