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

export interface CoachSettings {
  /** How sensitive each detector is, after the user's "not useful" answers. */
  sensitivity: Sensitivity;
  /** The scripts the user edited or added. */
  overrides: PlaybookOverrides;
}

/** The storage keys the settings live under. */
export const COACH_SETTINGS_KEYS = [SENSITIVITY_KEY, PLAYBOOK_OVERRIDES_KEY] as const;

export function defaultCoachSettings(): CoachSettings {
  return { sensitivity: defaultSensitivity(), overrides: emptyOverrides() };
}

/** From stored values; anything missing or unreadable falls back to its default. */
export function readCoachSettings(stored: Readonly<Record<string, unknown>>): CoachSettings {
  return {
    sensitivity: parseSensitivity(stored[SENSITIVITY_KEY]),
    overrides: parseOverrides(stored[PLAYBOOK_OVERRIDES_KEY]),
  };
}

// Settings change rarely and are replaced, never mutated: merge once per overrides value.
const merged = new WeakMap<PlaybookOverrides, Playbook>();

/** The playbook the coach uses: the defaults with the user's edits merged in. */
export function playbookOf(settings: CoachSettings): Playbook {
  let playbook = merged.get(settings.overrides);
  if (playbook === undefined) {
    playbook = mergePlaybook(undefined, settings.overrides);
    merged.set(settings.overrides, playbook);
  }
  return playbook;
}
