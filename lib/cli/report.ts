/** The human-readable report: speakers, flags with their evidence, stages, signals. */
import type { EngineSnapshot } from '../engine/engine.ts';
import type { SpeakerStats } from '../engine/stats.ts';
import { STAGES, type Detector, type Finding } from '../engine/types.ts';
import { clock } from '../transcript/duration.ts';
import type { TranscriptInfo } from '../formats/types.ts';

const FORMAT_NAMES: Record<TranscriptInfo['format'], string> = {
  webvtt: 'WebVTT',
  srt: 'SRT',
  plain: 'plain text',
  'candor-json': 'Candor JSON',
};

const QUOTE_CHARS = 110;

export interface ReportInput {
  file: string;
  snapshot: EngineSnapshot;
  info: TranscriptInfo;
  detectors: readonly Detector[];
}

export function formatReport({ file, snapshot, info, detectors }: ReportInput): string {
  const out: string[] = [];
  const timing = info.timings === 'estimated' ? ', times estimated from word counts' : '';
  out.push(`Candor analysis of ${file}`);
  out.push(`${FORMAT_NAMES[info.format]}, ${info.utterances} utterances, ${clock(snapshot.now)} long${timing}`);
  out.push('');
  out.push(...speakersTable(snapshot.speakers));
  out.push('');
  out.push(...findings('Flags', snapshot.flags));
  out.push('');
  out.push('Stages');
  for (const stage of STAGES) {
    const reading = snapshot.stages[stage];
    const moved = reading.evidence.map((e) => `${e.effect === 'supports' ? '+' : '−'} ${e.type} ${clock(e.at)}`);
    out.push(`  ${stage.padEnd(12)} ${reading.level.padEnd(10)} ${moved.join(', ')}`.trimEnd());
  }
  out.push('');
  out.push(...findings('Signals', snapshot.signals));
  out.push('');
  out.push(`Detectors: ${detectors.map((d) => d.id).join(', ')}`);
  if (!snapshot.english) {
    const which = snapshot.abstained.length > 0 ? snapshot.abstained.join(', ') : 'none registered';
    out.push(`Language: the call does not look like English; the language detectors abstained (${which}).`);
  }
  return `${out.join('\n')}\n`;
}

function speakersTable(speakers: readonly SpeakerStats[]): string[] {
  const header = [
    'Speaker',
    'Talk',
    'Share',
    'Last 10m',
    'Words',
    'Turns',
    'Longest run',
    'Questions',
    'Interrupts (made/got)',
  ];
  const rows = speakers.map((s) => [
    `${s.speaker || '(unlabelled)'}${s.self ? ' (you)' : ''}`,
    clock(s.talkSeconds),
    percent(s.share),
    percent(s.recentShare),
    String(s.words),
    String(s.turns),
    `${clock(s.longestMonologueSeconds)} / ${s.longestMonologueWords}w`,
    String(s.questions),
    `${s.interruptionsMade}/${s.interruptionsReceived}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  // Names read best left-aligned, figures right-aligned.
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`.trimEnd();
  return ['Speakers', line(header), ...rows.map(line)];
}

function findings(title: string, list: readonly Finding[]): string[] {
  if (list.length === 0) return [`${title}: none`];
  const out = [`${title} (${list.length})`];
  for (const f of list) {
    const who = f.target === null ? f.speaker : `${f.speaker} → ${f.target}`;
    out.push(`  ${clock(f.at)}  ${f.type.padEnd(21)} ${who}  (confidence ${f.confidence.toFixed(2)}, ${f.rule})`);
    for (const e of f.evidence) {
      const words = e.words === undefined ? '' : `  [${e.words}]`;
      out.push(`         ${clock(e.at)} ${e.speaker || '(unlabelled)'}: "${quote(e.text)}"${words}`);
    }
  }
  return out;
}

function quote(text: string): string {
  return text.length <= QUOTE_CHARS ? text : `${text.slice(0, QUOTE_CHARS - 1).trimEnd()}…`;
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
