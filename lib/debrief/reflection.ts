/** The reflection a user writes after a call, stored with the call's record. */

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

/** Takes any stored or typed value and returns a reflection that is safe to keep, or null if empty. */
export function cleanReflection(value: unknown, now: number): Reflection | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const text = (field: unknown) => (typeof field === 'string' ? field.slice(0, MAX_REFLECTION_CHARS) : '');
  const feltSafe = FELT_SAFE.find((option) => option === raw.feltSafe);
  const notes = text(raw.notes);
  const nextTime = text(raw.nextTime);
  if (!feltSafe && notes.trim() === '' && nextTime.trim() === '') return null;
  return { ...(feltSafe ? { feltSafe } : {}), notes, nextTime, savedAt: now };
}
