/** The reflection a user writes after a call, stored with the call's record. */
import * as v from 'valibot';

export const FELT_SAFE = ['yes', 'partly', 'no'] as const;
export type FeltSafe = (typeof FELT_SAFE)[number];

export interface Reflection {
  /** Did I feel I could be myself on this call? */
  feltSafe?: FeltSafe;
  /** What helped, or what got in the way. */
  notes: string;
  /** One thing to do differently next time. */
  nextTime: string;
  /** Epoch ms of the last save. */
  savedAt: number;
}

export const REFLECTION_PROMPTS = {
  feltSafe: 'Did I feel I could be myself on this call?',
  notes: 'What helped, and what got in the way?',
  nextTime: 'One thing I will do differently next time',
} as const;

export const MAX_REFLECTION_CHARS = 4_000;

// Lenient field by field: a wrong field is emptied, over-long text is cut, the rest is kept.
const ReflectionText = v.fallback(
  v.pipe(
    v.string(),
    v.transform((text) => text.slice(0, MAX_REFLECTION_CHARS)),
  ),
  '',
);
const StoredReflection = v.object({
  feltSafe: v.fallback(v.optional(v.picklist(FELT_SAFE)), undefined),
  notes: ReflectionText,
  nextTime: ReflectionText,
});

/** Takes any stored or typed value and returns a reflection that is safe to keep, or null if empty. */
export function cleanReflection(value: unknown, now: number): Reflection | null {
  const parsed = v.safeParse(StoredReflection, value);
  if (!parsed.success) return null;
  const { feltSafe, notes, nextTime } = parsed.output;
  if (!feltSafe && notes.trim() === '' && nextTime.trim() === '') return null;
  return { ...(feltSafe ? { feltSafe } : {}), notes, nextTime, savedAt: now };
}
