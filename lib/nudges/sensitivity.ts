/**
 * Per-detector sensitivity: the confidence a flag needs before it may become a nudge. "Not useful" on a
 * nudge raises its detector's threshold for this user; the options page shows the raise and resets it.
 * Stored in `browser.storage.local` under SENSITIVITY_KEY, as a plain record.
 */
import * as v from 'valibot';
import { FLAG_TYPES, type FlagType } from '../engine/types.ts';

export type Sensitivity = Record<FlagType, number>;

export const SENSITIVITY = {
  /** Every detector starts here: detectors only confirm with two cues, which lands them at 0.65+. */
  initial: 0.6,
  /** Added per "not useful" press. */
  step: 0.1,
  /** A raised threshold stops here, so a detector is quieted, never silently switched off. */
  max: 0.95,
} as const;

/** The `browser.storage.local` key. */
export const SENSITIVITY_KEY = 'candor:nudge-sensitivity';

export function defaultSensitivity(): Sensitivity {
  return Object.fromEntries(FLAG_TYPES.map((type) => [type, SENSITIVITY.initial])) as Sensitivity;
}

/** One "not useful" press: the detector needs more confidence from now on. */
export function raiseThreshold(sensitivity: Sensitivity, type: FlagType): Sensitivity {
  return { ...sensitivity, [type]: round2(Math.min(SENSITIVITY.max, sensitivity[type] + SENSITIVITY.step)) };
}

/** Takes one "not useful" press back. */
export function lowerThreshold(sensitivity: Sensitivity, type: FlagType): Sensitivity {
  return { ...sensitivity, [type]: round2(Math.max(0, sensitivity[type] - SENSITIVITY.step)) };
}

/** Back to the default, for one detector or (without `type`) for all. */
export function resetSensitivity(sensitivity: Sensitivity, type?: FlagType): Sensitivity {
  if (type === undefined) return defaultSensitivity();
  return { ...sensitivity, [type]: SENSITIVITY.initial };
}

/** How far the user has raised a detector above the default (0 when untouched). */
export function raisedBy(sensitivity: Sensitivity, type: FlagType): number {
  return round2(Math.max(0, sensitivity[type] - SENSITIVITY.initial));
}

// A stored threshold is a finite number, clamped into range; anything else is left to the default.
const StoredThreshold = v.pipe(
  v.number(),
  v.finite(),
  v.transform((raw) => round2(Math.min(SENSITIVITY.max, Math.max(0, raw)))),
);
const StoredRecord = v.fallback(v.record(v.string(), v.unknown()), {});

/** Reads a stored value leniently: unknown detectors are dropped, missing or broken ones get the default. */
export function parseSensitivity(value: unknown): Sensitivity {
  const stored = v.parse(StoredRecord, value);
  const sensitivity = defaultSensitivity();
  for (const type of FLAG_TYPES) {
    const threshold = v.safeParse(StoredThreshold, stored[type]);
    if (threshold.success) sensitivity[type] = threshold.output;
  }
  return sensitivity;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
