/**
 * Times a written conversation: scenario authors write who says what and how the turns meet (a pause,
 * an overlap), and the times follow from the words. Deterministic, so a scenario always plays the same.
 */
import type { PracticeLine } from './types.ts';

export interface CueOptions {
  /** Seconds this line starts before the latest line so far ends (someone talking over someone). */
  overlap?: number;
  /** Silence before this line, instead of the usual gap. */
  pause?: number;
  /** Speaking rate of this line, in words a second. */
  pace?: number;
}

/** `[speaker, text]`, optionally with how it meets the line before. */
export type Cue = readonly [speaker: string, text: string, options?: CueOptions];

export interface ScriptTiming {
  /** Call time of the first line. @default 1 */
  start?: number;
  /** Silence between turns. @default 0.6 */
  gap?: number;
  /** Words a second: about 150 a minute, a relaxed conversational pace. @default 2.5 */
  pace?: number;
}

const ms = (seconds: number) => Math.round(seconds * 1000) / 1000;

export function timeScript(cues: readonly Cue[], timing: ScriptTiming = {}): PracticeLine[] {
  const gap = timing.gap ?? 0.6;
  const pace = timing.pace ?? 2.5;
  // The latest end so far, not the previous line's: a backchannel inside a long turn must not pull the next turn back.
  let latestEnd = (timing.start ?? 1) - gap;
  return cues.map(([speaker, text, options = {}]) => {
    const words = text.split(/\s+/).filter(Boolean).length;
    const start = options.overlap !== undefined ? latestEnd - options.overlap : latestEnd + (options.pause ?? gap);
    const end = start + Math.max(0.6, words / (options.pace ?? pace));
    latestEnd = Math.max(latestEnd, end);
    return { speaker, text, start: ms(Math.max(0, start)), end: ms(end) };
  });
}
