import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Flag, Signal } from '../../lib/engine/types.ts';
import { FLAG_LABELS, SIGNAL_LABELS } from '../../lib/labels.ts';
import type { Repair } from '../../lib/debrief/repairs.ts';
import { layoutTimeline, type MarkerLayout } from '../../lib/debrief/timeline.ts';
import type { SpeakerStats } from '../../lib/engine/stats.ts';
import type { Utterance } from '../../lib/transcript/types.ts';
import { clock, spokenDuration } from '../../lib/transcript/duration.ts';
import { percent } from './format.ts';

export interface TimelineChartProps {
  utterances: readonly Utterance[];
  flags: readonly Flag[];
  signals: readonly Signal[];
  repairs: readonly Repair[];
  speakers: readonly SpeakerStats[];
  duration: number;
  /**
   * A click on a marker opens the transcript at its line. Pointer only: the chart is one image to
   * assistive technology, and the list of moments offers the same links to everyone.
   */
  onSelectLine?: (cue: string) => void;
}

const LABEL_CHARS = 18;

function shortName(name: string): string {
  const clean = name || 'Unknown';
  return clean.length > LABEL_CHARS ? `${clean.slice(0, LABEL_CHARS - 1)}…` : clean;
}

function markerTitle(marker: MarkerLayout, mended: boolean): string {
  const label =
    marker.kind === 'flag' ? FLAG_LABELS[marker.type as Flag['type']] : SIGNAL_LABELS[marker.type as Signal['type']];
  return `${clock(marker.at)} ${label} (${marker.speaker || 'Unknown'})${mended ? ', later mended' : ''}`;
}

/** Who spoke when, with flags (triangles) and positive signals (circles): an SVG plus a table alternative. */
export function TimelineChart({
  utterances,
  flags,
  signals,
  repairs,
  speakers,
  duration,
  onSelectLine,
}: TimelineChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(960);
  const id = useId();
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(480, Math.round(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const layout = useMemo(
    () => layoutTimeline(utterances, flags, signals, { width }),
    [utterances, flags, signals, width],
  );
  const mended = useMemo(() => new Set(repairs.map((r) => r.flag)), [repairs]);
  const description = `${spokenDuration(duration)}, ${speakers.length} ${speakers.length === 1 ? 'speaker' : 'speakers'}. ${speakers
    .map((s) => `${s.speaker || 'Unknown'} talked ${percent(s.share)} of the time`)
    .join(
      '; ',
    )}. ${flags.length} flagged moments (triangles) and ${signals.length} positive signals (circles) are marked.`;

  const rows = useMemo(() => {
    const all: Array<{ at: number; who: string; what: string; kind: string }> = [];
    for (const u of utterances)
      all.push({ at: u.start, who: u.speaker, what: `spoke for ${spokenDuration(u.end - u.start)}`, kind: 'speech' });
    for (const f of flags)
      all.push({
        at: f.at,
        who: f.speaker,
        what: `${FLAG_LABELS[f.type]}${mended.has(f.id) ? ' (later mended)' : ''}`,
        kind: 'flag',
      });
    for (const s of signals) all.push({ at: s.at, who: s.speaker, what: SIGNAL_LABELS[s.type], kind: 'signal' });
    return all.sort((a, b) => a.at - b.at);
  }, [utterances, flags, signals, mended]);

  return (
    <div className="timeline" ref={box}>
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width={layout.width}
        height={layout.height}
        role="img"
        aria-labelledby={`${id}-t ${id}-d`}
      >
        <title id={`${id}-t`}>Who spoke when</title>
        <desc id={`${id}-d`}>{description}</desc>
        {layout.lanes.map((lane, i) => (
          <g key={lane.speaker}>
            {i % 2 === 0 && (
              <rect className="lane-bg" x={0} y={lane.y} width={layout.width} height={lane.height} rx={6} />
            )}
            <text className={lane.self ? 'lane-label lane-label-self' : 'lane-label'} x={8} y={lane.barY + 4}>
              {shortName(lane.speaker)}
              {lane.self ? ' (me)' : ''}
            </text>
          </g>
        ))}
        {layout.ticks.map((tick) => (
          <g key={tick.seconds} aria-hidden="true">
            <line className="tick" x1={tick.x} x2={tick.x} y1={0} y2={layout.height - 18} />
            <text className="tick-label" x={tick.x} y={layout.height - 5} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ))}
        {layout.bars.map((bar) => {
          const self = layout.lanes.find((lane) => lane.speaker === bar.speaker)?.self ?? false;
          return (
            <rect
              key={bar.id}
              className={self ? 'bar bar-self' : 'bar'}
              x={bar.x}
              y={bar.y}
              width={bar.width}
              height={bar.height}
              rx={2}
            >
              <title>{`${clock(bar.start)}–${clock(bar.end)} ${bar.speaker || 'Unknown'}`}</title>
            </rect>
          );
        })}
        {layout.markers.map((marker) =>
          marker.kind === 'flag' ? (
            <g
              key={marker.id}
              data-marker="flag"
              data-type={marker.type}
              data-line={marker.anchor}
              className={onSelectLine ? 'marker-link' : undefined}
              onClick={() => onSelectLine?.(marker.anchor)}
            >
              <path
                className="marker-flag"
                d={`M${marker.x - 5},${marker.y - 4} L${marker.x + 5},${marker.y - 4} L${marker.x},${marker.y + 5} Z`}
              >
                <title>{markerTitle(marker, mended.has(marker.id))}</title>
              </path>
              {mended.has(marker.id) && <circle className="marker-repair" cx={marker.x} cy={marker.y} r={7} />}
            </g>
          ) : (
            <circle
              key={marker.id}
              data-marker="signal"
              data-type={marker.type}
              data-line={marker.anchor}
              className={`marker-signal${onSelectLine ? ' marker-link' : ''}`}
              onClick={() => onSelectLine?.(marker.anchor)}
              cx={marker.x}
              cy={marker.y}
              r={4.5}
            >
              <title>{markerTitle(marker, false)}</title>
            </circle>
          ),
        )}
      </svg>
      <ul className="legend" aria-hidden="true">
        <li>
          <svg width="14" height="12">
            <rect className="bar bar-self" x="0" y="2" width="14" height="8" rx="2" style={{ fill: 'var(--self)' }} />
          </svg>
          My speech
        </li>
        <li>
          <svg width="14" height="12">
            <rect x="0" y="2" width="14" height="8" rx="2" style={{ fill: 'var(--bar)' }} />
          </svg>
          Others' speech
        </li>
        <li>
          <svg width="12" height="12">
            <path d="M1,2 L11,2 L6,11 Z" style={{ fill: 'var(--flag)' }} />
          </svg>
          Flagged moment
        </li>
        <li>
          <svg width="16" height="16">
            <circle cx="8" cy="8" r="6" style={{ fill: 'none', stroke: 'var(--mended)', strokeWidth: 2 }} />
          </svg>
          Later mended
        </li>
        <li>
          <svg width="12" height="12">
            <circle cx="6" cy="6" r="4.5" style={{ fill: 'var(--good)' }} />
          </svg>
          Positive signal
        </li>
      </ul>
      <details>
        <summary>Show the timeline as a table</summary>
        <table>
          <caption className="visually-hidden">Who spoke when, and the moments Candor marked, in call order</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} data-kind={row.kind}>
                <td className="num">{clock(row.at)}</td>
                <td>{row.who || 'Unknown'}</td>
                <td>{row.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
