/**
 * Thresholds for the deterministic detectors, as data (docs/flags.md). Tuning a number here
 * must never need a code change elsewhere.
 */
import type { Role } from './types.ts';

/** Who a dominance rule watches. */
export type DominanceSubject =
  /** The user, when the perspective gives them this role. */
  | { kind: 'me'; role: Role }
  /** The other party of a two-person call, when the user's role implies theirs (candidate → interviewer). */
  | { kind: 'counterpart'; myRole: Role }
  /** Anyone. */
  | { kind: 'anyone' };

export interface DominanceRule {
  /** Becomes the finding's `rule`, prefixed with the detector id. */
  name: string;
  subject: DominanceSubject;
  /** Share of the talk in the window (0..1) that must be exceeded. */
  limit: number;
  /** The rule only holds when at most this many parties spoke in the window. */
  maxParties?: number;
}

export const DOMINANCE_RULES: readonly DominanceRule[] = [
  { name: 'interviewer-over-50', subject: { kind: 'me', role: 'interviewer' }, limit: 0.5 },
  { name: 'sales-rep-over-65', subject: { kind: 'me', role: 'sales-rep' }, limit: 0.65 },
  // A candidate or buyer sees the same limits applied to the one person across the table.
  { name: 'interviewer-over-50', subject: { kind: 'counterpart', myRole: 'candidate' }, limit: 0.5, maxParties: 2 },
  { name: 'sales-rep-over-65', subject: { kind: 'counterpart', myRole: 'buyer' }, limit: 0.65, maxParties: 2 },
  { name: 'two-person-over-75', subject: { kind: 'anyone' }, limit: 0.75, maxParties: 2 },
];

export const DOMINANCE = {
  /** The rolling window the share is measured over. */
  windowSeconds: 600,
  /** Too early to judge before this much of the call has passed. */
  minElapsedSeconds: 180,
  /** After firing, the share must fall this far below the limit before the rule can fire again. */
  rearmDrop: 0.05,
} as const;

export const MONOLOGUE = {
  /** Holding the floor longer than this is a monologue. */
  seconds: 90,
  /** Used instead of `seconds` when the transcript has no real timings (~150 words a minute). */
  words: 225,
} as const;

export const BACKCHANNEL = {
  /** A turn by someone else this short ("mm-hm", "right, okay") does not take the floor. */
  maxWords: 3,
} as const;

/** The rolling window of the per-speaker statistics (the same as the dominance window). */
export const RECENT_WINDOW_SECONDS = DOMINANCE.windowSeconds;

/** Speaking rate used wherever times must be estimated from words (150 words a minute). */
export const WORDS_PER_SECOND = 2.5;

/**
 * The share limit that applies to one speaker, with the rule's name, or null when none does.
 * The strictest applicable rule wins.
 */
export function dominanceLimitFor(
  speaker: SpeakerPosition,
  myRole: Role | undefined,
  parties: number,
  rules: readonly DominanceRule[] = DOMINANCE_RULES,
): DominanceRule | null {
  let best: DominanceRule | null = null;
  for (const rule of rules) {
    if (rule.maxParties !== undefined && parties > rule.maxParties) continue;
    if (!subjectMatches(rule.subject, speaker, myRole)) continue;
    if (best === null || rule.limit < best.limit) best = rule;
  }
  return best;
}

/** Where a speaker stands relative to the user. */
export interface SpeakerPosition {
  isMe: boolean;
  /** Whether the user has spoken in the window: without them, "the other party" is unknown. */
  meInWindow: boolean;
}

function subjectMatches(subject: DominanceSubject, who: SpeakerPosition, myRole: Role | undefined): boolean {
  switch (subject.kind) {
    case 'anyone':
      return true;
    case 'me':
      return who.isMe && myRole === subject.role;
    case 'counterpart':
      return !who.isMe && who.meInWindow && myRole === subject.myRole;
  }
}
