/** The transcript formats Candor reads, and the streaming parser contract they share. */
import type { Utterance } from '../transcript/types.ts';

export const TRANSCRIPT_FORMATS = ['webvtt', 'srt', 'plain', 'candor-json'] as const;
export type TranscriptFormat = (typeof TRANSCRIPT_FORMATS)[number];

/**
 * - `cues`: every cue has a start and an end (WebVTT, SRT, Candor JSON);
 * - `timestamps`: turns have start times only, ends are inferred (plain text with times);
 * - `estimated`: no times at all, synthesised from word counts at 150 words a minute.
 */
export type TimingSource = 'cues' | 'timestamps' | 'estimated';

export interface ParserOptions {
  /** Speaker name of the user: their utterances get `self: true`. */
  me?: string;
}

export interface TranscriptInfo {
  format: TranscriptFormat;
  timings: TimingSource;
  /** Lines read so far. */
  lines: number;
  /** Utterances produced so far. */
  utterances: number;
}

/**
 * A line-at-a-time parser. It holds at most the cue it is reading (never the whole input), so a
 * `readline` loop can feed it a file of any size. Every utterance it returns is final.
 */
export interface LineParser {
  /** Takes the next line, without its line break; returns the utterances this line completed. */
  push(line: string): Utterance[];
  /** Ends the input and returns the last utterances. Throws FormatError if the input was incomplete. */
  end(): Utterance[];
  info(): TranscriptInfo;
}
