/**
 * Floor runs: one speaker holding the floor over consecutive cues, which short backchannels by
 * others ("mm-hm", "right") do not break (docs/flags.md, Backchannels). Shared by the monologue detector and the
 * longest-monologue statistic so both measure the same thing.
 */
import { isBackchannel } from './text.ts';
import type { Turn } from './types.ts';

export interface FloorRun {
  speaker: string;
  /** The run's first cue: a monologue's anchor. */
  first: Turn;
  /** The run's latest cue by its own speaker. */
  last: Turn;
  start: number;
  end: number;
  /** Words by the run's speaker only (backchannels by others are not counted). */
  words: number;
  /** Cues by the run's speaker. */
  cues: number;
  /** Sum of the lengths of the speaker's own cues: 0 means the cues carry no timing. */
  talk: number;
}

/**
 * The run after `turn`: the same run extended (same speaker), the same run untouched (someone
 * else's backchannel), or a new run started by `turn`. An unknown speaker ('') always starts a new
 * run, since two unlabelled cues may well be two people.
 */
export function nextRun(run: FloorRun | null, turn: Turn, wordCount: number): FloorRun {
  if (run !== null && turn.speaker !== '' && turn.speaker === run.speaker) {
    return {
      ...run,
      last: turn,
      end: Math.max(run.end, turn.end),
      words: run.words + wordCount,
      cues: run.cues + 1,
      talk: run.talk + cueSeconds(turn),
    };
  }
  if (run !== null && isBackchannel(wordCount)) return run;
  return {
    speaker: turn.speaker,
    first: turn,
    last: turn,
    start: turn.start,
    end: turn.end,
    words: wordCount,
    cues: 1,
    talk: cueSeconds(turn),
  };
}

function cueSeconds(turn: Turn): number {
  return Math.max(0, turn.end - turn.start);
}

export function runSeconds(run: FloorRun): number {
  return Math.max(0, run.end - run.start);
}
