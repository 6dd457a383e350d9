/** Builds timed utterances from a compact call script for the engine tests. */
import type { Utterance } from '../../../lib/transcript/types.ts';

/** [speaker, text] takes its length from the words at 2.5 words a second; a third item gives seconds. */
export type ScriptLine = readonly [speaker: string, text: string, seconds?: number];

export interface ScriptOptions {
  /** Call time of the first cue. @default 0 */
  start?: number;
  /** Silence between cues. @default 0.5 */
  gap?: number;
}

export function script(lines: readonly ScriptLine[], options: ScriptOptions = {}): Utterance[] {
  const gap = options.gap ?? 0.5;
  let cursor = options.start ?? 0;
  return lines.map(([speaker, text, seconds], i) => {
    const length = seconds ?? text.split(/\s+/).filter(Boolean).length / 2.5;
    const utterance: Utterance = {
      id: `c${i}`,
      speaker,
      self: false,
      text,
      start: cursor,
      end: cursor + length,
      final: true,
    };
    cursor = utterance.end + gap;
    return utterance;
  });
}

const FILLER = 'we moved the billing service to the new cluster last spring and it took about three weeks'.split(' ');

/** `n` words of plain English filler. */
export function words(n: number): string {
  return Array.from({ length: n }, (_, i) => FILLER[i % FILLER.length]).join(' ');
}

/** Repeats a two-speaker exchange until `seconds` of call have passed. */
export function alternate(
  a: readonly [speaker: string, seconds: number],
  b: readonly [speaker: string, seconds: number],
  seconds: number,
): ScriptLine[] {
  const lines: ScriptLine[] = [];
  for (let t = 0; t < seconds; t += a[1] + b[1] + 1) {
    lines.push([a[0], words(Math.round(a[1] * 2.5)), a[1]]);
    lines.push([b[0], words(Math.round(b[1] * 2.5)), b[1]]);
  }
  return lines;
}
