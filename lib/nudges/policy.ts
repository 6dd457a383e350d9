/**
 * The calm nudge policy: one flag in, at most one glanceable card out. Pure and deterministic: the call
 * time is passed in, the state is a plain JSON value the caller keeps (and may persist), and every flag
 * that is not shown is logged with the reason, so the debrief and the tests can tell why.
 *
 * Order of the checks (docs/design.md: Precision first; One card at a time): duplicate, then the guards of
 * GUARDS_BEFORE_MERGE, then a merge into a recent card of the same type, then GUARDS_BEFORE_SHOW, then show.
 */
import type { Finding, Flag, FlagType, Perspective, Role } from '../engine/types.ts';
import type { SpeakerStats } from '../engine/stats.ts';
import {
  actingSide,
  DEFAULT_PLAYBOOK,
  fillTemplate,
  lookup,
  phrasingsFor,
  type Phrasing,
  type Playbook,
  type PlaybookEntry,
} from '../playbook/index.ts';
import { flagWords, roleNoun } from '../labels.ts';
import { spokenDuration } from '../transcript/duration.ts';
import { latestEvidenceAt, quoteOf } from './evidence.ts';
import { lowerThreshold, raiseThreshold, type Sensitivity } from './sensitivity.ts';

/** Timings in call seconds. */
export const NUDGE_POLICY = {
  /** Nothing this early in a call: people are still settling in. */
  warmUpSeconds: 120,
  /** At most one new card per this many seconds. */
  spacingSeconds: 90,
  /** A second flag of the same type within this long of its card's creation is merged into that card. */
  cooldownSeconds: 180,
  /** "Not now" quiets the flag type for this long. */
  snoozeSeconds: 600,
  /** A flag whose latest evidence is older than this is no longer worth acting on. */
  maxAgeSeconds: 240,
  /** New cards per call; the rest are logged (a nudge budget, docs/design.md: One card at a time). */
  maxPerCall: 12,
  /** The held-back log keeps the latest this many entries. */
  heldLogLimit: 500,
} as const;

export type NudgePolicyConfig = { [K in keyof typeof NUDGE_POLICY]: number };

export type HoldReason =
  /** The user has not picked a role yet: the panel asks for one. */
  | 'no-role'
  /** The role cannot act on this flag type. */
  | 'not-actionable'
  /** The role can act on it, but the user is not known ("which speaker is me" unset). */
  | 'unknown-self'
  /** The user was not on the side that can act (someone else's interruption, say). */
  | 'not-yours'
  | 'below-sensitivity'
  /** Already decided on (not logged again). */
  | 'duplicate'
  | 'stale'
  | 'warm-up'
  | 'snoozed'
  | 'spacing'
  | 'budget'
  /** The playbook has no script for it (an edited playbook cannot cause this; a future flag could). */
  | 'no-script';

export interface HeldFlag {
  flagId: string;
  type: FlagType;
  /** Call time of the decision. */
  at: number;
  confidence: number;
  reason: HoldReason;
  /** One plain sentence, for the debrief. */
  detail: string;
}

export type NudgeFeedback = 'helpful' | 'not-useful' | 'not-now';

export type NudgeStatus =
  /** On screen. */
  | 'showing'
  /** A newer card took its place. */
  | 'replaced'
  /** "Not now". */
  | 'snoozed'
  /** "Not useful", or closed by the user. */
  | 'dismissed';

export interface Nudge {
  /** `nudge:<first flag id>`: deterministic, so a replay gives the same ids. */
  id: string;
  type: FlagType;
  /** The latest flag merged into this card. */
  flag: Flag;
  /** Every flag merged into it, oldest first. */
  flagIds: string[];
  entryId: string;
  title: string;
  role: Role;
  /** One line, with the quoted words that show it. */
  whatHappened: string;
  whyItMatters: string;
  /** The entry's phrasings for the user's role; never empty. */
  phrasings: Phrasing[];
  /** The phrasing on show; "another phrasing" moves it on. */
  phrasingIndex: number;
  /** How many flags this card stands for. */
  count: number;
  createdAt: number;
  updatedAt: number;
  status: NudgeStatus;
  /** Feedback presses on this card, in order. */
  feedback: NudgeFeedback[];
}

export interface FeedbackRecord {
  nudgeId: string;
  type: FlagType;
  feedback: NudgeFeedback;
  at: number;
}

/** One call's policy state: plain JSON, safe to persist and to send to the panel. */
export interface NudgePolicyState {
  /** Every card of the call, oldest first. */
  nudges: Nudge[];
  /** The card on screen, if any. */
  activeId: string | null;
  /** When the latest new card appeared. */
  lastShownAt: number | null;
  /** Call time until which a flag type is snoozed. */
  snoozedUntil: Partial<Record<FlagType, number>>;
  held: HeldFlag[];
  feedback: FeedbackRecord[];
  /** Flag ids already decided on (a rebuilt engine replays its flags). */
  seen: string[];
}

export type NudgeDecision = { kind: 'show' } | { kind: 'merge' } | { kind: 'hold'; reason: HoldReason };

export interface NudgeInput {
  flag: Flag;
  perspective: Perspective;
  /** The call time, in seconds. */
  now: number;
  state: NudgePolicyState;
  sensitivity: Sensitivity;
  /** The merged playbook (defaults + the user's edits). @default DEFAULT_PLAYBOOK */
  playbook?: Playbook;
  config?: Partial<NudgePolicyConfig>;
}

export interface NudgeResult {
  state: NudgePolicyState;
  /** The card to show (`show`) or refresh (`merge`); null when held back. */
  nudge: Nudge | null;
  decision: NudgeDecision;
}

export function initialNudgeState(): NudgePolicyState {
  return { nudges: [], activeId: null, lastShownAt: null, snoozedUntil: {}, held: [], feedback: [], seen: [] };
}

/** The card on screen, or null. */
export function activeNudge(state: NudgePolicyState): Nudge | null {
  return state.activeId === null ? null : (state.nudges.find((n) => n.id === state.activeId) ?? null);
}

/** What every guard can read: the flag, the call, and what earlier guards established. */
export interface GuardContext {
  flag: Flag;
  perspective: Perspective;
  now: number;
  state: NudgePolicyState;
  sensitivity: Sensitivity;
  playbook: Playbook;
  config: NudgePolicyConfig;
  /** Set once the `no-role` guard has passed. */
  role: Role | undefined;
  /** Which side of the flag the role acts from; null when it cannot act. */
  side: 'speaker' | 'target' | null;
}

/** One reason to hold a flag back: the flag is held when `test` is true, and `detail` says why. */
export interface NudgeGuard {
  reason: HoldReason;
  test: (c: GuardContext) => boolean;
  detail: (c: GuardContext) => string;
}

// Each guard runs only when every guard above it passed, so later ones may rely on a role, a side and a
// known "me". The details read the active config, so a practice run's log states the practice numbers.
const known = (c: GuardContext) => ({ role: c.role!, side: c.side!, me: c.perspective.me! });

/** Checked in order before a repeat can merge into a recent card. */
export const GUARDS_BEFORE_MERGE: readonly NudgeGuard[] = [
  { reason: 'no-role', test: (c) => c.role === undefined, detail: () => 'No role picked yet, so nothing is coached.' },
  {
    reason: 'not-actionable',
    test: (c) => c.side === null,
    detail: (c) => `A ${roleNoun(known(c).role)} has nothing to act on for ${flagWords(c.flag.type)}.`,
  },
  {
    reason: 'unknown-self',
    test: (c) => c.perspective.me === undefined || c.perspective.me === '',
    detail: (c) =>
      `Not shown: it is not known which speaker you are, so ${flagWords(c.flag.type)} cannot be tied to you.`,
  },
  {
    reason: 'not-yours',
    test: (c) => {
      const { side, me } = known(c);
      return (side === 'speaker' ? c.flag.speaker : c.flag.target) !== me;
    },
    detail: (c) =>
      known(c).side === 'speaker'
        ? `${flagWords(c.flag.type)} came from someone else, not you.`
        : `${flagWords(c.flag.type)} did not involve you.`,
  },
  {
    reason: 'below-sensitivity',
    test: (c) => c.flag.confidence < c.sensitivity[c.flag.type],
    detail: (c) =>
      `Confidence ${c.flag.confidence.toFixed(2)} is below your threshold ${c.sensitivity[c.flag.type].toFixed(2)} for ${flagWords(c.flag.type)}.`,
  },
  {
    reason: 'stale',
    test: (c) => c.now - latestEvidenceAt(c.flag) > c.config.maxAgeSeconds,
    detail: () => 'Too long ago to act on now.',
  },
  {
    reason: 'warm-up',
    test: (c) => c.now < c.config.warmUpSeconds,
    detail: (c) => `Nothing is shown in the first ${spokenDuration(c.config.warmUpSeconds)} of a call.`,
  },
  {
    reason: 'snoozed',
    test: (c) => {
      const until = c.state.snoozedUntil[c.flag.type];
      return until !== undefined && c.now < until;
    },
    detail: (c) => `You asked for fewer ${flagWords(c.flag.type)} tips for a while.`,
  },
];

/** Checked in order before a new card is shown. */
export const GUARDS_BEFORE_SHOW: readonly NudgeGuard[] = [
  {
    reason: 'spacing',
    test: (c) => c.state.lastShownAt !== null && c.now - c.state.lastShownAt < c.config.spacingSeconds,
    detail: (c) => `Another tip appeared less than ${spokenDuration(c.config.spacingSeconds)} ago.`,
  },
  {
    reason: 'budget',
    test: (c) => c.state.nudges.length >= c.config.maxPerCall,
    detail: () => "This call's tip budget is used up.",
  },
  {
    reason: 'no-script',
    test: (c) => scriptFor(c) === undefined,
    detail: (c) => `The playbook has no script for ${flagWords(c.flag.type)}.`,
  },
];

function scriptFor(c: GuardContext): { entry: PlaybookEntry; phrasings: Phrasing[] } | undefined {
  const entry = lookup(c.flag.type, known(c).role, c.playbook);
  const phrasings = entry === undefined ? [] : phrasingsFor(entry, known(c).role);
  return entry === undefined || phrasings.length === 0 ? undefined : { entry, phrasings };
}

/** The first guard in `guards` that holds the flag back, if any. */
function firstHold(guards: readonly NudgeGuard[], c: GuardContext): NudgeGuard | undefined {
  return guards.find((guard) => guard.test(c));
}

/** The policy: decides what one flag from the engine becomes. */
export function nudgeFor(input: NudgeInput): NudgeResult {
  const { flag, perspective, now, sensitivity } = input;
  const playbook = input.playbook ?? DEFAULT_PLAYBOOK;
  const config: NudgePolicyConfig = { ...NUDGE_POLICY, ...input.config };
  const state = input.state;

  // A rebuilt engine replays its flags: each is decided once, and a replay is not logged again.
  if (state.seen.includes(flag.id)) return { state, nudge: null, decision: { kind: 'hold', reason: 'duplicate' } };
  const role = perspective.role;
  const side = role === undefined ? null : actingSide(flag.type, role);
  const context: GuardContext = { flag, perspective, now, state, sensitivity, playbook, config, role, side };
  const hold = (guard: NudgeGuard): NudgeResult => ({
    state: withHeld(state, flag, now, guard.reason, guard.detail(context), config),
    nudge: null,
    decision: { kind: 'hold', reason: guard.reason },
  });

  const early = firstHold(GUARDS_BEFORE_MERGE, context);
  if (early !== undefined) return hold(early);
  const acting = known(context);

  // Repeats merge into the recent card instead of stacking new ones.
  const recent = [...state.nudges].reverse().find((n) => n.type === flag.type);
  if (recent !== undefined && (now - recent.createdAt < config.cooldownSeconds || recent.id === state.activeId)) {
    const merged: Nudge = {
      ...recent,
      flag,
      flagIds: [...recent.flagIds, flag.id],
      count: recent.count + 1,
      updatedAt: now,
      whatHappened: describe(recent.entryId, flag, acting.side, playbook) ?? recent.whatHappened,
    };
    return {
      state: {
        ...state,
        nudges: state.nudges.map((n) => (n.id === recent.id ? merged : n)),
        seen: [...state.seen, flag.id],
      },
      nudge: merged,
      decision: { kind: 'merge' },
    };
  }
  const late = firstHold(GUARDS_BEFORE_SHOW, context);
  if (late !== undefined) return hold(late);
  const { entry, phrasings } = scriptFor(context)!;

  // A later card of the same type opens on a different phrasing, so the advice does not feel canned.
  const earlier = state.nudges.filter((n) => n.type === flag.type).length;
  const nudge: Nudge = {
    id: `nudge:${flag.id}`,
    type: flag.type,
    flag,
    flagIds: [flag.id],
    entryId: entry.id,
    title: entry.title,
    role: acting.role,
    whatHappened: describe(entry.id, flag, acting.side, playbook) ?? entry.title,
    whyItMatters: entry.whyItMatters,
    phrasings,
    phrasingIndex: earlier % phrasings.length,
    count: 1,
    createdAt: now,
    updatedAt: now,
    status: 'showing',
    feedback: [],
  };
  return {
    state: {
      ...state,
      nudges: [
        ...state.nudges.map((n) => (n.id === state.activeId ? { ...n, status: 'replaced' as const } : n)),
        nudge,
      ],
      activeId: nudge.id,
      lastShownAt: now,
      seen: [...state.seen, flag.id],
    },
    nudge,
    decision: { kind: 'show' },
  };
}

/**
 * Runs the policy over the findings one engine step returned (signals are skipped: they feed the stage
 * view and the debrief, never nudges). Returns the final state and the cards shown or refreshed.
 */
export function nudgesFor(
  findings: readonly Finding[],
  input: Omit<NudgeInput, 'flag'>,
): { state: NudgePolicyState; nudges: Nudge[]; decisions: NudgeDecision[] } {
  let state = input.state;
  const nudges: Nudge[] = [];
  const decisions: NudgeDecision[] = [];
  for (const finding of findings) {
    if (finding.kind !== 'flag') continue;
    const result = nudgeFor({ ...input, flag: finding, state });
    state = result.state;
    decisions.push(result.decision);
    if (result.nudge !== null) nudges.push(result.nudge);
  }
  return { state, nudges, decisions };
}

export interface FeedbackInput {
  state: NudgePolicyState;
  sensitivity: Sensitivity;
  nudgeId: string;
  feedback: NudgeFeedback;
  now: number;
  config?: Partial<NudgePolicyConfig>;
}

/**
 * A press on a card. "Not useful" raises that detector's threshold (persist the returned sensitivity)
 * and closes the card; "not now" snoozes the flag type and closes the card; "helpful" is recorded.
 * An unknown id changes nothing.
 */
export function giveFeedback(input: FeedbackInput): { state: NudgePolicyState; sensitivity: Sensitivity } {
  const { state, nudgeId, feedback, now } = input;
  const config: NudgePolicyConfig = { ...NUDGE_POLICY, ...input.config };
  const nudge = state.nudges.find((n) => n.id === nudgeId);
  if (nudge === undefined) return { state, sensitivity: input.sensitivity };
  const status: NudgeStatus =
    feedback === 'not-now' ? 'snoozed' : feedback === 'not-useful' ? 'dismissed' : nudge.status;
  const closes = feedback !== 'helpful';
  const next: NudgePolicyState = {
    ...state,
    nudges: state.nudges.map((n) => (n.id === nudgeId ? { ...n, status, feedback: [...n.feedback, feedback] } : n)),
    activeId: closes && state.activeId === nudgeId ? null : state.activeId,
    snoozedUntil:
      feedback === 'not-now' ? { ...state.snoozedUntil, [nudge.type]: now + config.snoozeSeconds } : state.snoozedUntil,
    feedback: [...state.feedback, { nudgeId, type: nudge.type, feedback, at: now }],
  };
  const sensitivity = feedback === 'not-useful' ? raiseThreshold(input.sensitivity, nudge.type) : input.sensitivity;
  return { state: next, sensitivity };
}

/**
 * Takes back the latest "not useful" or "not now" on a card: the card returns (unless a newer one took
 * the screen), the snooze lifts, and a raised threshold drops back one step. Anything else changes nothing.
 */
export function undoFeedback(input: Omit<FeedbackInput, 'feedback' | 'now' | 'config'>): {
  state: NudgePolicyState;
  sensitivity: Sensitivity;
} {
  const { state, nudgeId } = input;
  const nudge = state.nudges.find((n) => n.id === nudgeId);
  const last = nudge?.feedback.at(-1);
  if (nudge === undefined || (last !== 'not-useful' && last !== 'not-now'))
    return { state, sensitivity: input.sensitivity };
  const back = state.activeId === null;
  const recordAt = state.feedback.findLastIndex((r) => r.nudgeId === nudgeId && r.feedback === last);
  const snoozedUntil = { ...state.snoozedUntil };
  if (last === 'not-now') delete snoozedUntil[nudge.type];
  const next: NudgePolicyState = {
    ...state,
    nudges: state.nudges.map((n) =>
      n.id === nudgeId ? { ...n, status: back ? 'showing' : 'replaced', feedback: n.feedback.slice(0, -1) } : n,
    ),
    activeId: back ? nudgeId : state.activeId,
    snoozedUntil,
    feedback: state.feedback.filter((_, i) => i !== recordAt),
  };
  const sensitivity = last === 'not-useful' ? lowerThreshold(input.sensitivity, nudge.type) : input.sensitivity;
  return { state: next, sensitivity };
}

/** "Another phrasing": the card shows the next one, round and round. */
export function anotherPhrasing(state: NudgePolicyState, nudgeId: string): NudgePolicyState {
  return {
    ...state,
    nudges: state.nudges.map((n) =>
      n.id === nudgeId && n.phrasings.length > 0
        ? { ...n, phrasingIndex: (n.phrasingIndex + 1) % n.phrasings.length }
        : n,
    ),
  };
}

/** The phrasing on show on a card. */
export function currentPhrasing(nudge: Nudge): Phrasing | undefined {
  return nudge.phrasings[nudge.phrasingIndex % Math.max(1, nudge.phrasings.length)];
}

/**
 * The perspective with "me" matched to a speaker of this call. A saved display name is matched
 * loosely ("priya" or "Priya Shah" for a speaker shown as "Priya"), when exactly one speaker fits; with
 * no name, captions that mark the user's own lines (`self`) give a safe guess when one speaker has them.
 */
export function resolvePerspective(perspective: Perspective, speakers: readonly SpeakerStats[]): Perspective {
  const named = speakers.map((s) => s.speaker).filter((name) => name !== '');
  if (perspective.me !== undefined && perspective.me !== '') {
    if (named.includes(perspective.me)) return perspective;
    const matched = speakerNamed(perspective.me, named);
    return matched === undefined ? perspective : { ...perspective, me: matched };
  }
  const selves = speakers.filter((s) => s.self && s.speaker !== '');
  return selves.length === 1 ? { ...perspective, me: selves[0]!.speaker } : perspective;
}

/** The one speaker whose name is the saved name up to case and spacing, or one of them the other's first words. */
function speakerNamed(saved: string, names: readonly string[]): string | undefined {
  const norm = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();
  const wanted = norm(saved);
  const exact = names.filter((name) => norm(name) === wanted);
  if (exact.length > 0) return exact.length === 1 ? exact[0] : undefined;
  const partial = names.filter((name) => {
    const shown = norm(name);
    return shown.startsWith(`${wanted} `) || wanted.startsWith(`${shown} `);
  });
  return partial.length === 1 ? partial[0] : undefined;
}

/**
 * A card whose flag now names someone differently (a speaker's name was learned during the call): the
 * card carries the renamed flag, and its "what happened" line is written again with the name.
 */
export function renamedNudge(nudge: Nudge, flag: Flag, playbook: Playbook = DEFAULT_PLAYBOOK): Nudge {
  const side = actingSide(nudge.type, nudge.role);
  const whatHappened = side === null ? undefined : describe(nudge.entryId, flag, side, playbook);
  return { ...nudge, flag, whatHappened: whatHappened ?? nudge.whatHappened };
}

function describe(entryId: string, flag: Flag, side: 'speaker' | 'target', playbook: Playbook): string | undefined {
  const entry = playbook.entries.find((e) => e.id === entryId);
  if (entry === undefined) return undefined;
  const other = side === 'speaker' ? flag.target : flag.speaker;
  return fillTemplate(entry.whatHappened, { quote: quoteOf(flag) ?? undefined, them: other ?? undefined });
}

function withHeld(
  state: NudgePolicyState,
  flag: Flag,
  now: number,
  reason: HoldReason,
  detail: string,
  config: NudgePolicyConfig,
): NudgePolicyState {
  const held = [
    ...state.held,
    { flagId: flag.id, type: flag.type, at: now, confidence: flag.confidence, reason, detail },
  ];
  // Held flags are not queued for later: a tip about an old moment is noise (precision first).
  return { ...state, held: held.slice(-config.heldLogLimit), seen: [...state.seen, flag.id] };
}
