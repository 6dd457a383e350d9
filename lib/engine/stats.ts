/**
 * Per-speaker statistics, kept incrementally as cues arrive: talk time and share (whole call and the
 * last 10 minutes), words, turns, longest monologue, questions, interruptions.
 */
import { RECENT_WINDOW_SECONDS } from './roles.ts';
import { type FloorRun, nextRun, runSeconds } from './runs.ts';
import type { Flag, Turn } from './types.ts';
import { RollingTalk, sharesOf } from './window.ts';

export interface SpeakerStats {
  /** As labelled in the transcript; '' for cues without a speaker label. */
  speaker: string;
  /** The user (a cue marked `self`, or the perspective's `me`). */
  self: boolean;
  talkSeconds: number;
  /** 0..1 of all talk in the call so far. */
  share: number;
  /** Talk over the last 10 minutes of the call so far. */
  recentTalkSeconds: number;
  recentShare: number;
  words: number;
  /** Times the speaker took the floor: consecutive cues count once, backchannels not at all. */
  turns: number;
  /** Cues (utterances), including backchannels. */
  cues: number;
  longestMonologueSeconds: number;
  longestMonologueWords: number;
  questions: number;
  interruptionsMade: number;
  interruptionsReceived: number;
}

/** Counts the questions in one cue. The default is a "?"/opener count; lib/nlp can supply a better one. */
export type QuestionCounter = (turn: Turn) => number;

interface Tally {
  speaker: string;
  self: boolean;
  talk: number;
  words: number;
  turns: number;
  cues: number;
  longestSeconds: number;
  longestWords: number;
  questions: number;
}

export class StatsTracker {
  private readonly tallies = new Map<string, Tally>();
  private readonly recent = new RollingTalk(RECENT_WINDOW_SECONDS);
  private run: FloorRun | null = null;

  constructor(
    private readonly countQuestions: QuestionCounter,
    private readonly me: string | undefined,
  ) {}

  add(turn: Turn, wordCount: number): void {
    const tally = this.tallyOf(turn.speaker);
    if (turn.self) tally.self = true;
    tally.talk += Math.max(0, turn.end - turn.start);
    tally.words += wordCount;
    tally.cues++;
    tally.questions += this.countQuestions(turn);
    this.recent.add(turn.speaker, turn.start, turn.end);

    const run = nextRun(this.run, turn, wordCount);
    // A cue that starts a new floor run is a turn; one that extends a run or backchannels is not.
    if (run.first === turn) tally.turns++;
    this.run = run;
    const owner = this.tallyOf(run.speaker);
    owner.longestSeconds = Math.max(owner.longestSeconds, runSeconds(run));
    owner.longestWords = Math.max(owner.longestWords, run.words);
  }

  /** Moves the rolling window on when time passes without cues. */
  advance(now: number): void {
    this.recent.advance(now);
  }

  /** Whether cues of this speaker (a detector key) were counted. */
  has(speaker: string): boolean {
    return this.tallies.has(speaker);
  }

  view(flags: readonly Flag[]): SpeakerStats[] {
    const made = new Map<string, number>();
    const received = new Map<string, number>();
    for (const flag of flags) {
      if (flag.type !== 'interruption') continue;
      made.set(flag.speaker, (made.get(flag.speaker) ?? 0) + 1);
      if (flag.target !== null) received.set(flag.target, (received.get(flag.target) ?? 0) + 1);
    }
    let total = 0;
    for (const tally of this.tallies.values()) total += tally.talk;
    const recentTalk = this.recent.totals();
    const recentShares = sharesOf(recentTalk);
    return [...this.tallies.values()].map((t) => ({
      speaker: t.speaker,
      self: t.self,
      talkSeconds: round(t.talk, 2),
      share: total > 0 ? round(t.talk / total, 4) : 0,
      recentTalkSeconds: round(recentTalk.get(t.speaker) ?? 0, 2),
      recentShare: round(recentShares.get(t.speaker) ?? 0, 4),
      words: t.words,
      turns: t.turns,
      cues: t.cues,
      longestMonologueSeconds: round(t.longestSeconds, 2),
      longestMonologueWords: t.longestWords,
      questions: t.questions,
      interruptionsMade: made.get(t.speaker) ?? 0,
      interruptionsReceived: received.get(t.speaker) ?? 0,
    }));
  }

  private tallyOf(speaker: string): Tally {
    let tally = this.tallies.get(speaker);
    if (tally === undefined) {
      tally = {
        speaker,
        self: this.me !== undefined && speaker === this.me,
        talk: 0,
        words: 0,
        turns: 0,
        cues: 0,
        longestSeconds: 0,
        longestWords: 0,
        questions: 0,
      };
      this.tallies.set(speaker, tally);
    }
    return tally;
  }
}

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
