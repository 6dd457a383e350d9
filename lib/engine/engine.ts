/**
 * The incremental analysis engine: final utterances in, findings out. Each push costs the work of
 * that cue (every detector steps once over it), never a re-analysis of the call, so the same engine
 * serves the live side panel, the CLI and practice replays.
 */
import { warmAhead } from '../nlp/warm.ts';
import type { Utterance } from '../transcript/types.ts';
import { DETECTORS } from './detectors/index.ts';
import { createJudge, type CandidateObserver, type Scorers } from './judge.ts';
import { SHIPPED_SCORERS } from './weights/index.ts';
import { emptyTally, looksEnglish, tallyText } from './english.ts';
import { type StageView, StageTracker } from './stages.ts';
import { type QuestionCounter, type SpeakerStats, StatsTracker } from './stats.ts';
import { countQuestionsSimply, countWords } from './text.ts';
import { SpeakerNames } from './speaker-names.ts';
import type {
  Detector,
  EngineContext,
  Finding,
  Flag,
  FlagType,
  Perspective,
  Signal,
  SignalType,
  Turn,
} from './types.ts';

export interface EngineOptions {
  /** @default DETECTORS, the ordered registry */
  detectors?: readonly Detector[];
  /** 'estimated' when the cue times were synthesised from word counts. @default 'measured' */
  timings?: 'measured' | 'estimated';
  /** Replaces the simple "?"/opener question count in the statistics. */
  countQuestions?: QuestionCounter;
  /**
   * How long (in call seconds) a final cue waits before the detectors see it, so that a cue which
   * started earlier but was finalised a little later (overlapping speech) is stepped first.
   * @default 2
   */
  reorderSeconds?: number;
  /** The trained scorers the language detectors ask. @default the shipped weights (lib/engine/weights) */
  scorers?: Scorers;
  /** Sees every candidate a detector judged, with its judgment (training and evaluation). */
  onCandidate?: CandidateObserver;
}

export interface EngineSnapshot {
  /** Sorted by `at`; ties keep the order they were found in. */
  flags: Flag[];
  signals: Signal[];
  /** In order of first appearance. */
  speakers: SpeakerStats[];
  stages: StageView;
  /** The running guess that the call is in English. */
  english: boolean;
  /** Detectors standing aside right now because the call does not look English. */
  abstained: (FlagType | SignalType)[];
  /** Final cues the detectors have seen. */
  turns: number;
  /** The latest call time seen, in seconds. */
  now: number;
}

export interface Engine {
  /** Takes one utterance; interim ones and repeats are ignored. Returns the findings it completed. */
  push(utterance: Utterance): Finding[];
  /** Tells the engine the call time (live), so pending items can close without a new cue. */
  advance(now: number): Finding[];
  /** Ends the call: steps the cues still waiting and closes every pending item. */
  end(): Finding[];
  /**
   * A speaker shown under a stand-in got a name: findings, figures and stages, earlier ones included,
   * now carry `to`, and later cues named `to` continue that speaker.
   */
  rename(from: string, to: string): void;
  snapshot(): EngineSnapshot;
  /** The latest final cues stepped (at most TURN_MEMORY), in the order the detectors saw them. */
  readonly turns: readonly Turn[];
}

const DEFAULT_REORDER_SECONDS = 2;
/**
 * Final cues the detectors can look back over. Their rules reach a few turns back (the reply, the turn
 * cut into, the last twenty for the floor's pace); the running totals (talk time, monologue runs, talk
 * windows) live in their own state. Keeping only these makes a long call's memory flat.
 */
export const TURN_MEMORY = 128;
/** Final cue ids remembered so that one pushed again is not stepped twice. */
const SEEN_MEMORY = 1024;

/**
 * Reordering choice: a small buffer rather than in-place insertion. Detectors are state machines
 * that must see each cue once and in order, so a cue cannot be slotted in after later ones were
 * stepped. Each final cue waits until the call time is `reorderSeconds` past its end; the waiting
 * cues are released in start order. A cue that arrives later still is stepped when it arrives and
 * gets the next index (turn order is then arrival order, not start order, for that cue).
 */
export function createEngine(perspective: Perspective = {}, options: EngineOptions = {}): Engine {
  const detectors = options.detectors ?? DETECTORS;
  const reorder = options.reorderSeconds ?? DEFAULT_REORDER_SECONDS;
  const states: unknown[] = detectors.map((d) => d.init());
  const readsLanguage = detectors.some((detector) => detector.needsEnglish);
  const turns: Turn[] = [];
  const ctx: EngineContext = {
    perspective,
    turns,
    english: true,
    timings: options.timings ?? 'measured',
    judge: createJudge(options.scorers ?? SHIPPED_SCORERS, options.onCandidate),
  };
  const stats = new StatsTracker(options.countQuestions ?? ((turn) => countQuestionsSimply(turn.text)), perspective.me);
  const stages = new StageTracker();
  const english = emptyTally();
  const seen = new Set<string>();
  const names = new SpeakerNames();
  let stepped = 0;
  const emitted = new Set<string>();
  const flags: Flag[] = [];
  const signals: Signal[] = [];
  const waiting: Utterance[] = [];
  let now = 0;
  let ended = false;

  function record(found: readonly Finding[], out: Finding[]): void {
    for (const finding of found) {
      if (emitted.has(finding.id)) continue;
      emitted.add(finding.id);
      if (finding.kind === 'flag') insertByTime(flags, finding);
      else insertByTime(signals, finding);
      stages.add(finding);
      out.push(names.finding(finding));
    }
  }

  function step(utterance: Utterance, out: Finding[]): void {
    const turn: Turn = {
      ...utterance,
      self: utterance.self || (perspective.me !== undefined && names.nameOf(utterance.speaker) === perspective.me),
      index: stepped++,
    };
    turns.push(turn);
    if (turns.length > TURN_MEMORY) turns.shift();
    const wordCount = countWords(turn.text);
    tallyText(english, turn.text);
    ctx.english = looksEnglish(english);
    stats.add(turn, wordCount);
    for (let i = 0; i < detectors.length; i++) {
      const detector = detectors[i]!;
      if (detector.needsEnglish && !ctx.english) continue;
      const [state, found] = detector.step(states[i], turn, ctx);
      states[i] = state;
      if (found.length > 0) record(found, out);
    }
  }

  function release(all: boolean, out: Finding[]): void {
    while (waiting.length > 0 && (all || waiting[0]!.end <= now - reorder)) step(waiting.shift()!, out);
  }

  function close(at: number, finished: boolean, out: Finding[]): void {
    for (let i = 0; i < detectors.length; i++) {
      const detector = detectors[i]!;
      if (detector.advance === undefined || (detector.needsEnglish && !ctx.english)) continue;
      const [state, found] = detector.advance(states[i], at, ctx, finished);
      states[i] = state;
      if (found.length > 0) record(found, out);
    }
  }

  return {
    turns,
    push(utterance) {
      if (ended || seen.has(utterance.id)) return [];
      if (!utterance.final) {
        // A caption still growing: nothing to decide yet, but one slice of the language work the waiting
        // utterances (next to be stepped) and this caption's finished sentences will need can be done now.
        if (readsLanguage)
          warmAhead([...waiting.map((u) => ({ text: u.text, final: true })), { text: utterance.text, final: false }]);
        return [];
      }
      if (!Number.isFinite(utterance.start) || !Number.isFinite(utterance.end)) return [];
      remember(seen, utterance.id);
      const speaker = utterance.self ? utterance.speaker : names.keyOf(utterance.speaker);
      insertByStart(waiting, speaker === utterance.speaker ? utterance : { ...utterance, speaker });
      now = Math.max(now, utterance.end);
      const out: Finding[] = [];
      release(false, out);
      return out;
    },
    advance(time) {
      if (ended || !Number.isFinite(time)) return [];
      now = Math.max(now, time);
      stats.advance(now);
      const out: Finding[] = [];
      release(false, out);
      close(now, false, out);
      return out;
    },
    rename(from, to) {
      names.rename(from, to, (key) => stats.has(key) || waiting.some((utterance) => utterance.speaker === key));
    },
    end() {
      if (ended) return [];
      const out: Finding[] = [];
      release(true, out);
      close(now, true, out);
      ended = true;
      return out;
    },
    snapshot() {
      return {
        flags: flags.map((flag) => names.finding(flag)),
        signals: signals.map((signal) => names.finding(signal)),
        speakers: names.speakers(stats.view(flags), perspective.me),
        stages: names.stages(stages.view()),
        english: ctx.english,
        abstained: ctx.english ? [] : detectors.filter((d) => d.needsEnglish).map((d) => d.id),
        turns: stepped,
        now,
      };
    },
  };
}

/**
 * Analyses a whole transcript with the same engine, as if it were replayed live: the CLI, the tests
 * and practice replays use it. Cues are taken in start order (a stable sort keeps ties in list order).
 */
export function analyzeTranscript(
  utterances: readonly Utterance[],
  perspective: Perspective = {},
  options: EngineOptions = {},
): EngineSnapshot {
  const engine = createEngine(perspective, options);
  const ordered = [...utterances].sort((a, b) => a.start - b.start);
  for (const utterance of ordered) engine.push(utterance);
  engine.end();
  return engine.snapshot();
}

/** Adds to a set that forgets its oldest entries past SEEN_MEMORY (a Set iterates in insertion order). */
function remember(set: Set<string>, id: string): void {
  set.add(id);
  if (set.size <= SEEN_MEMORY) return;
  const oldest = set.values().next();
  if (!oldest.done) set.delete(oldest.value);
}

// Both lists are almost always appended to at the end, so scanning back from the end is O(1) in practice.
function insertByTime<T extends { at: number }>(list: T[], item: T): void {
  let i = list.length;
  while (i > 0 && list[i - 1]!.at > item.at) i--;
  list.splice(i, 0, item);
}

function insertByStart(list: Utterance[], item: Utterance): void {
  let i = list.length;
  while (i > 0 && list[i - 1]!.start > item.start) i--;
  list.splice(i, 0, item);
}
