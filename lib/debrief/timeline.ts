/**
 * Geometry of the "who spoke when" timeline: one lane per speaker, a bar per utterance, and markers
 * for flags (above the bars) and positive signals (below them). Pure numbers, so the SVG component
 * only draws and the layout is tested without a DOM.
 */
import type { Flag, FlagType, Signal, SignalType } from '../engine/types.ts';
import type { Utterance } from '../transcript/types.ts';
import { clock } from '../transcript/duration.ts';

export interface TimelineOptions {
  /** Total SVG width in px. */
  width: number;
  /** Room for the speaker names on the left. @default 132 */
  labelWidth?: number;
  /** @default 16 */
  barHeight?: number;
  /** Height of one row of markers. @default 12 */
  markerRow?: number;
  /** Markers closer than this (px) are stacked in another row. @default 12 */
  markerGap?: number;
  /** At most this many marker rows above or below a lane; further markers share the last row. @default 3 */
  maxMarkerRows?: number;
  /** Space for the time axis at the bottom. @default 28 */
  axisHeight?: number;
}

export interface LaneLayout {
  speaker: string;
  self: boolean;
  /** Top of the lane. */
  y: number;
  height: number;
  /** Vertical centre of the bar row. */
  barY: number;
}

export interface BarLayout {
  id: string;
  speaker: string;
  x: number;
  y: number;
  width: number;
  height: number;
  start: number;
  end: number;
}

export interface MarkerLayout {
  id: string;
  kind: 'flag' | 'signal';
  type: FlagType | SignalType;
  speaker: string;
  at: number;
  /** The transcript line the finding is pinned to. */
  anchor: string;
  x: number;
  /** Centre of the marker. */
  y: number;
}

export interface TickLayout {
  x: number;
  seconds: number;
  label: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  duration: number;
  lanes: LaneLayout[];
  bars: BarLayout[];
  markers: MarkerLayout[];
  ticks: TickLayout[];
}

const TICK_STEPS = [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600];
const MIN_TICK_GAP_PX = 70;
const LANE_PADDING = 6;
const MIN_BAR_PX = 2;

/** The smallest "nice" step that keeps tick labels apart. */
export function tickStep(duration: number, plotWidth: number): number {
  const most = Math.max(1, Math.floor(plotWidth / MIN_TICK_GAP_PX));
  return TICK_STEPS.find((step) => duration / step <= most) ?? TICK_STEPS.at(-1)!;
}

/** Assigns each x a row so markers in one row are at least `gap` apart (greedy, left to right). */
function stack(xs: readonly number[], gap: number, maxRows: number): number[] {
  const lastInRow: number[] = [];
  return xs.map((x) => {
    let row = lastInRow.findIndex((last) => x - last >= gap);
    if (row < 0) row = Math.min(lastInRow.length, maxRows - 1);
    lastInRow[row] = x;
    return row;
  });
}

export function layoutTimeline(
  utterances: readonly Utterance[],
  flags: readonly Flag[],
  signals: readonly Signal[],
  options: TimelineOptions,
): TimelineLayout {
  const labelWidth = options.labelWidth ?? 132;
  const barHeight = options.barHeight ?? 16;
  const rowHeight = options.markerRow ?? 12;
  const gap = options.markerGap ?? 12;
  const maxRows = Math.max(1, options.maxMarkerRows ?? 3);
  const axisHeight = options.axisHeight ?? 28;
  const plotLeft = labelWidth;
  const plotRight = Math.max(plotLeft + 40, options.width - 12);
  const duration = Math.max(1, ...utterances.map((u) => u.end), ...flags.map((f) => f.at), ...signals.map((s) => s.at));
  const xOf = (seconds: number) =>
    plotLeft + ((plotRight - plotLeft) * Math.min(Math.max(seconds, 0), duration)) / duration;

  // Lanes in order of first speech; the user's own lane first, so it is always in the same place.
  const speakers: Array<{ speaker: string; self: boolean }> = [];
  for (const u of [...utterances].sort((a, b) => a.start - b.start)) {
    const known = speakers.find((s) => s.speaker === u.speaker);
    if (known) known.self ||= u.self;
    else speakers.push({ speaker: u.speaker, self: u.self });
  }
  for (const finding of [...flags, ...signals]) {
    if (!speakers.some((s) => s.speaker === finding.speaker)) speakers.push({ speaker: finding.speaker, self: false });
  }
  speakers.sort((a, b) => Number(b.self) - Number(a.self));

  const lanes: LaneLayout[] = [];
  const bars: BarLayout[] = [];
  const markers: MarkerLayout[] = [];
  let y = 0;
  for (const { speaker, self } of speakers) {
    const mine = <T extends Flag | Signal>(list: readonly T[]) =>
      [...list].filter((f) => f.speaker === speaker).sort((a, b) => a.at - b.at);
    const laneFlags = mine(flags);
    const laneSignals = mine(signals);
    const flagRows = stack(
      laneFlags.map((f) => xOf(f.at)),
      gap,
      maxRows,
    );
    const signalRows = stack(
      laneSignals.map((s) => xOf(s.at)),
      gap,
      maxRows,
    );
    const above = (laneFlags.length > 0 ? Math.max(...flagRows) + 1 : 0) * rowHeight;
    const below = (laneSignals.length > 0 ? Math.max(...signalRows) + 1 : 0) * rowHeight;
    const barTop = y + LANE_PADDING + above;
    const height = LANE_PADDING * 2 + above + barHeight + below;
    lanes.push({ speaker, self, y, height, barY: barTop + barHeight / 2 });
    for (const u of utterances) {
      if (u.speaker !== speaker) continue;
      const x = xOf(u.start);
      bars.push({
        id: u.id,
        speaker,
        x,
        y: barTop,
        width: Math.max(MIN_BAR_PX, xOf(u.end) - x),
        height: barHeight,
        start: u.start,
        end: u.end,
      });
    }
    laneFlags.forEach((flag, i) => {
      markers.push({
        id: flag.id,
        kind: 'flag',
        type: flag.type,
        speaker,
        at: flag.at,
        anchor: flag.anchor,
        x: xOf(flag.at),
        y: barTop - rowHeight * (flagRows[i]! + 0.5),
      });
    });
    laneSignals.forEach((signal, i) => {
      markers.push({
        id: signal.id,
        kind: 'signal',
        type: signal.type,
        speaker,
        at: signal.at,
        anchor: signal.anchor,
        x: xOf(signal.at),
        y: barTop + barHeight + rowHeight * (signalRows[i]! + 0.5),
      });
    });
    y += height;
  }

  const step = tickStep(duration, plotRight - plotLeft);
  const ticks: TickLayout[] = [];
  for (let s = 0; s <= duration + 1e-9; s += step) ticks.push({ x: xOf(s), seconds: s, label: clock(s) });

  return { width: options.width, height: y + axisHeight, plotLeft, plotRight, duration, lanes, bars, markers, ticks };
}
