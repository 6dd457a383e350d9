/**
 * The debrief from the user's side: what to try next time, the user's figures against the ranges that
 * suit their role, and each moment told as what happened (who did what to whom, "you" for the user)
 * with the line that caused it. Pure: the debrief page only draws what these return.
 */
import type { SpeakerStats } from '../engine/stats.ts';
import type { Finding, Flag, FlagType, Role } from '../engine/types.ts';
import { FLAG_LABELS, SIGNAL_LABELS, speakerName } from '../labels.ts';
import { spokenDuration } from '../transcript/duration.ts';
import { actingSide, DEFAULT_PLAYBOOK, glanceText, lookup, phrasingsFor, type Playbook } from '../playbook/index.ts';
import type { Utterance } from '../transcript/types.ts';

/** Below this length a call is too short to judge the four stages: they say so instead of "At risk". */
export const MIN_JUDGED_SECONDS = 10 * 60;

/** A quote longer than this is cut at a word boundary. */
const QUOTE_MAX_CHARS = 180;

export interface Range {
  min: number;
  max: number;
}

/** What suits each role, as a guide (our own reading of how calm, two-way calls tend to go). */
export interface RoleRanges {
  /** Share of the talk, 0..1. */
  talkShare: Range;
  /** Longest single stretch, seconds. */
  longestMonologue: Range;
  /** Questions asked in the call. */
  questions: Range;
  /** Times the user cut in. */
  interruptionsMade: Range;
}

const ASKING_SIDE: RoleRanges = {
  talkShare: { min: 0.2, max: 0.45 },
  longestMonologue: { min: 0, max: 90 },
  questions: { min: 5, max: Infinity },
  interruptionsMade: { min: 0, max: 1 },
};
const ANSWERING_SIDE: RoleRanges = {
  talkShare: { min: 0.45, max: 0.75 },
  longestMonologue: { min: 0, max: 150 },
  questions: { min: 2, max: Infinity },
  interruptionsMade: { min: 0, max: 1 },
};

export const ROLE_RANGES: Record<Role, RoleRanges> = {
  interviewer: ASKING_SIDE,
  host: ASKING_SIDE,
  'sales-rep': { ...ASKING_SIDE, talkShare: { min: 0.3, max: 0.55 } },
  candidate: ANSWERING_SIDE,
  applicant: ANSWERING_SIDE,
  buyer: { ...ANSWERING_SIDE, talkShare: { min: 0.35, max: 0.7 } },
};

export type TileVerdict = 'in-range' | 'above' | 'below' | 'no-range';

export interface MetricTile {
  id: 'talk-share' | 'longest-monologue' | 'questions' | 'interruptions-made' | 'interruptions-received';
  label: string;
  value: string;
  /** "aim for 20–45%", or '' when there is no range for it. */
  range: string;
  verdict: TileVerdict;
}

function verdictOf(value: number, range: Range | undefined): TileVerdict {
  if (range === undefined) return 'no-range';
  if (value < range.min) return 'below';
  if (value > range.max) return 'above';
  return 'in-range';
}

function rangeText(range: Range, format: (n: number) => string): string {
  if (range.max === Infinity) return `aim for ${format(range.min)} or more`;
  if (range.min === 0) return `aim for ${format(range.max)} at most`;
  return `aim for ${format(range.min)}–${format(range.max)}`;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;
const count = (n: number) => String(n);

/** The user's figures as tiles, each against the role's range (no range without a role). */
export function metricTiles(me: SpeakerStats, role: Role | undefined): MetricTile[] {
  const ranges = role === undefined ? undefined : ROLE_RANGES[role];
  const tile = (
    id: MetricTile['id'],
    label: string,
    raw: number,
    value: string,
    range: Range | undefined,
    format: (n: number) => string,
  ): MetricTile => ({
    id,
    label,
    value,
    range: range === undefined ? '' : rangeText(range, format),
    verdict: verdictOf(raw, range),
  });
  return [
    tile('talk-share', 'Your share of the talk', me.share, percent(me.share), ranges?.talkShare, percent),
    tile(
      'longest-monologue',
      'Your longest stretch',
      me.longestMonologueSeconds,
      spokenDuration(me.longestMonologueSeconds),
      ranges?.longestMonologue,
      spokenDuration,
    ),
    tile('questions', 'Questions you asked', me.questions, count(me.questions), ranges?.questions, count),
    tile(
      'interruptions-made',
      'Times you cut in',
      me.interruptionsMade,
      count(me.interruptionsMade),
      ranges?.interruptionsMade,
      count,
    ),
    tile(
      'interruptions-received',
      'Times you were cut off',
      me.interruptionsReceived,
      count(me.interruptionsReceived),
      undefined,
      count,
    ),
  ];
}

/** A name as the debrief says it: "you" for the user. */
function person(name: string | null, me: string | undefined, capital = false): string {
  if (name === null || name === '') return capital ? 'Someone' : 'someone';
  if (me !== undefined && name === me) return capital ? 'You' : 'you';
  return speakerName(name);
}

function possessive(name: string | null, me: string | undefined, capital = false): string {
  const who = person(name, me, capital);
  if (who === 'you') return 'your';
  if (who === 'You') return 'Your';
  return `${who}'s`;
}

/** One sentence on what happened, from the user's side: "Dana cut in on you", "Your question to Dana went unanswered". */
export function describeFinding(finding: Finding, me: string | undefined): string {
  const s = finding.speaker;
  const t = finding.target;
  if (finding.kind === 'signal') return `${person(s, me, true)}: ${SIGNAL_LABELS[finding.type].toLowerCase()}`;
  switch (finding.type) {
    case 'interruption':
      return `${person(s, me, true)} cut in on ${person(t, me)}`;
    case 'dismissed-objection':
      return `${person(s, me, true)} moved past ${possessive(t, me)} concern`;
    case 'unanswered-question':
      return t === null
        ? `${possessive(s, me, true)} question went unanswered`
        : `${possessive(s, me, true)} question to ${person(t, me)} went unanswered`;
    case 'monologue':
      return `${person(s, me, true)} spoke for a long stretch without a pause`;
    case 'skeptical-response':
      return `${person(s, me, true)} met ${possessive(t, me)} honest answer with doubt`;
    case 'talk-dominance':
      return `${person(s, me, true)} did most of the talking`;
  }
}

/**
 * The line that caused a moment: for one voice taking over, a long line of that voice; otherwise the
 * anchor line the detector pinned it to. Cut at a word boundary when long.
 */
export function momentQuote(
  finding: Finding,
  utterances: ReadonlyMap<string, Utterance>,
): { cue: string; text: string } {
  let cue = finding.anchor;
  if (finding.kind === 'flag' && finding.type === 'talk-dominance') {
    const theirs = finding.evidence.filter((e) => e.speaker === finding.speaker);
    const longest = theirs.reduce<(typeof theirs)[number] | undefined>(
      (best, e) => (best === undefined || e.text.length > best.text.length ? e : best),
      undefined,
    );
    if (longest) cue = longest.cue;
  }
  const text =
    utterances.get(cue)?.text ?? finding.evidence.find((e) => e.cue === cue)?.text ?? finding.evidence[0]?.text ?? '';
  return { cue, text: clip(text) };
}

function clip(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= QUOTE_MAX_CHARS) return clean;
  const cut = clean.slice(0, QUOTE_MAX_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), QUOTE_MAX_CHARS / 2))}…`;
}

/** Whether the user was on the side that can act on a flag (they did it and can mend it, or can answer it). */
export function isUsersToActOn(flag: Flag, role: Role | undefined, me: string | undefined): boolean {
  if (role === undefined || me === undefined) return false;
  const side = actingSide(flag.type, role);
  if (side === null) return false;
  return side === 'speaker' ? flag.speaker === me : flag.target === me;
}

// Leads for "next time", by flag and by the side the user was on, in the user's voice.
const NEXT_TIME: Record<FlagType, { speaker: string; target: string }> = {
  interruption: {
    speaker: 'Let people finish: wait a beat after they stop before you speak',
    target: 'When you are cut off, ask calmly to finish your point',
  },
  'dismissed-objection': {
    speaker: 'When a concern comes up, ask one question about it before you answer',
    target: 'If your concern is passed over, raise it once more, plainly',
  },
  'unanswered-question': {
    speaker: 'When a question of yours goes unanswered, come back to it',
    target: 'Answer the question you were asked before moving on',
  },
  monologue: {
    speaker: 'Break long stretches with a check-in question',
    target: 'Break long stretches with a check-in question',
  },
  'skeptical-response': {
    speaker: 'When someone admits a gap, ask how they would approach it',
    target: 'When an honest answer meets doubt, say how you would close the gap',
  },
  'talk-dominance': {
    speaker: 'Leave more room: ask, then let the silence work',
    target: 'Claim some room: ask to add your view',
  },
};

const METRIC_NEXT_TIME: Partial<Record<MetricTile['id'], Partial<Record<TileVerdict, string>>>> = {
  'talk-share': {
    above: 'Talk a little less: ask an open question and let the other side fill it',
    below: 'Say more: give the full answer, with one example from your own work',
  },
  'longest-monologue': { above: 'Keep each answer short, then check it landed before going on' },
  questions: { below: 'Bring a few questions of your own and ask them' },
  'interruptions-made': { above: 'Let people finish before you come in' },
};

const GENERAL_NEXT_TIME = [
  'Start by saying how you would like the conversation to go',
  'Before the end, ask what is still unclear on their side',
  'Write down one thing that went well, and do it again next time',
];

export interface NextStep {
  text: string;
  /** A short script to try, from the playbook, when there is one. */
  script?: string;
  /** The flag type it comes from, if any. */
  type?: FlagType;
}

export interface NextStepsInput {
  flags: readonly Flag[];
  tiles: readonly MetricTile[];
  role: Role | undefined;
  me: string | undefined;
  playbook?: Playbook;
}

/**
 * Three things to try next time, written to the user: first the moments they could act on (most
 * frequent first, with a short script), then figures outside their role's range, then general habits.
 */
export function nextSteps({ flags, tiles, role, me, playbook = DEFAULT_PLAYBOOK }: NextStepsInput): NextStep[] {
  const steps: NextStep[] = [];
  const seen = new Set<string>();
  const add = (step: NextStep) => {
    if (steps.length < 3 && !seen.has(step.text)) {
      seen.add(step.text);
      steps.push(step);
    }
  };
  const counts = new Map<FlagType, number>();
  for (const flag of flags) if (isUsersToActOn(flag, role, me)) counts.set(flag.type, (counts.get(flag.type) ?? 0) + 1);
  for (const [type] of [...counts].sort((a, b) => b[1] - a[1])) {
    const side = actingSide(type, role!)!;
    const entry = lookup(type, role!, playbook);
    const phrasing = entry ? phrasingsFor(entry, role!)[0] : undefined;
    add({ text: NEXT_TIME[type][side], type, ...(phrasing ? { script: glanceText(phrasing) } : {}) });
  }
  for (const tile of tiles) {
    const text = METRIC_NEXT_TIME[tile.id]?.[tile.verdict];
    if (text) add({ text });
  }
  for (const text of GENERAL_NEXT_TIME) add({ text });
  return steps;
}

/** The one name of a flag or signal type, for filters. */
export function findingName(finding: Finding): string {
  return finding.kind === 'flag' ? FLAG_LABELS[finding.type] : SIGNAL_LABELS[finding.type];
}
