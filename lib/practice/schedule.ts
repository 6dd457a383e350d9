/**
 * Utterances → the caption events a call page would show for them, with when to send each. Pure: the
 * practice page plays the result through the same send queue and background as a live call, and an
 * imported transcript is stored as the same events, so every path meets one caption assembler.
 *
 * Each utterance is one caption block that grows from its first word at its start to its whole text at
 * its end, then leaves the region (`gone`). Events carry call time (`base` + seconds), whatever the
 * speed: the speed only decides when they are sent, so a run analyses the same at 1×, 4× or instantly.
 */
import type { CaptionEvent } from '../capture/types.ts';

export const PRACTICE_SPEEDS = ['1x', '4x', 'instant'] as const;
export type PracticeSpeed = (typeof PRACTICE_SPEEDS)[number];

/** How much faster than the call's own time events are sent. */
export const SPEED_FACTOR: Record<PracticeSpeed, number> = { '1x': 1, '4x': 4, instant: Infinity };

/**
 * The assembler dates an utterance from its first to its last change, and finalises a block that stays
 * quiet for 1.5 s while a newer one exists: growth steps must stay closer together than that, or one
 * line would come out as two. A block is removed a moment after its last word, as a caption region does.
 */
export const GROWTH = {
  /** Longest wait between two growth steps of one block. */
  maxStepMs: 1_000,
  /** A block leaves the caption region this long after its last word. */
  goneAfterMs: 600,
} as const;

export interface ScheduleLine {
  /** Becomes the block id, hence the utterance id; `l<n>` when absent or unusable. */
  id?: string;
  speaker: string;
  self: boolean;
  text: string;
  /** Call seconds. */
  start: number;
  end: number;
}

export interface TimedEvent {
  /** Milliseconds after the run starts at which the event is sent. */
  due: number;
  event: CaptionEvent;
}

export interface ScheduleOptions {
  speed: PracticeSpeed;
  /** Epoch ms of call second 0. */
  base: number;
  /**
   * `words`: a snapshot per word, what a live caption looks like (1× and 4×, which someone watches).
   * `chunks`: a snapshot per second of speech, fewer events for the same result (instant, imports).
   * @default words for 1× and 4×, chunks for instant
   */
  growth?: 'words' | 'chunks';
}

const MAX_BLOCK_ID = 100;

/** The growth steps of one utterance: [call ms, text] from its first word to its whole text. */
export function growthSteps(
  text: string,
  startMs: number,
  endMs: number,
  growth: 'words' | 'chunks',
): Array<[number, string]> {
  const whole = text.trim().replace(/\s+/g, ' ');
  if (whole === '') return [];
  const wordEnds = [...whole.matchAll(/\S+/g)].map((m) => m.index + m[0].length);
  const span = Math.max(0, endMs - startMs);
  // One word that lasts: show it a character short first, so the block still has a start and an end.
  let cuts = wordEnds.length === 1 && span > 0 && whole.length > 1 ? [whole.length - 1, whole.length] : wordEnds;
  const first = cuts[0]!;
  const timeOf = (cut: number) =>
    cuts.length === 1 || whole.length === first
      ? startMs
      : Math.round(startMs + (span * (cut - first)) / (whole.length - first));
  if (growth === 'chunks') cuts = thin(cuts, timeOf);
  cuts = fill(cuts, timeOf, whole);
  const steps: Array<[number, string]> = [];
  for (const cut of cuts) {
    const prefix = whole.slice(0, cut).trimEnd();
    if (prefix !== '' && prefix !== steps.at(-1)?.[1]) steps.push([timeOf(cut), prefix]);
  }
  // The last step is the whole text at the utterance's end, whatever rounding did.
  if (steps.length > 0) steps[steps.length - 1] = [cuts.length === 1 ? startMs : endMs, whole];
  return steps;
}

/** Keeps a cut only when skipping it would leave a longer wait than one step. */
function thin(cuts: readonly number[], timeOf: (cut: number) => number): number[] {
  const kept = [cuts[0]!];
  for (let i = 1; i < cuts.length - 1; i++) {
    if (timeOf(cuts[i + 1]!) - timeOf(kept.at(-1)!) > GROWTH.maxStepMs) kept.push(cuts[i]!);
  }
  if (cuts.length > 1) kept.push(cuts.at(-1)!);
  return kept;
}

/** Slow speech: adds cuts inside words (never on a space) so no wait between steps is longer than one step. */
function fill(cuts: readonly number[], timeOf: (cut: number) => number, whole: string): number[] {
  const out = [cuts[0]!];
  for (let i = 1; i < cuts.length; i++) {
    const from = cuts[i - 1]!;
    const to = cuts[i]!;
    if (timeOf(to) - timeOf(from) > GROWTH.maxStepMs) {
      const inside: number[] = [];
      for (let cut = from + 1; cut < to; cut++) if (!/\s/.test(whole[cut - 1]!)) inside.push(cut);
      out.push(...thin([from, ...inside, to], timeOf).slice(1, -1));
    }
    out.push(to);
  }
  return out;
}

function blockIdOf(line: ScheduleLine, index: number, used: Set<string>): string {
  const wanted =
    line.id !== undefined && line.id.length > 0 && line.id.length <= MAX_BLOCK_ID ? line.id : `l${index + 1}`;
  let id = wanted;
  for (let n = 2; used.has(id); n++) id = `${wanted.slice(0, MAX_BLOCK_ID - 6)}#${n}`;
  used.add(id);
  return id;
}

/** Every caption event of the conversation, in the order a call page would show them. */
export function buildSchedule(lines: readonly ScheduleLine[], options: ScheduleOptions): TimedEvent[] {
  const growth = options.growth ?? (options.speed === 'instant' ? 'chunks' : 'words');
  const factor = SPEED_FACTOR[options.speed];
  const used = new Set<string>();
  const timed: Array<{ at: number; order: number; event: CaptionEvent }> = [];
  lines.forEach((line, index) => {
    const startMs = Math.round(line.start * 1000);
    const endMs = Math.max(startMs, Math.round(line.end * 1000));
    const steps = growthSteps(line.text, startMs, endMs, growth);
    if (steps.length === 0) return;
    const block = blockIdOf(line, index, used);
    const speaker = line.speaker.slice(0, 200);
    for (const [at, text] of steps) {
      timed.push({
        at,
        order: timed.length,
        event: { kind: 'block', block, speaker, self: line.self, text, t: options.base + at },
      });
    }
    const goneAt = steps.at(-1)![0] + GROWTH.goneAfterMs;
    timed.push({ at: goneAt, order: timed.length, event: { kind: 'gone', block, t: options.base + goneAt } });
  });
  // Stable by time: two speakers' blocks interleave as they would on the page.
  timed.sort((a, b) => a.at - b.at || a.order - b.order);
  return timed.map(({ at, event }) => ({ due: Number.isFinite(factor) ? Math.round(at / factor) : 0, event }));
}

/** Milliseconds of wall time a run takes at this speed. */
export function runLengthMs(schedule: readonly TimedEvent[]): number {
  return schedule.at(-1)?.due ?? 0;
}
