/** A readable Markdown debrief: summary, checklist, stages, repairs, findings, speakers, transcript. */
import { STAGES } from '../engine/types.ts';
import { FLAG_LABELS, LEVEL_LABELS, SIGNAL_LABELS, speakerName, STAGE_LABELS } from '../labels.ts';
import { REFLECTION_PROMPTS } from '../debrief/reflection.ts';
import { formatDate } from '../debrief/session-meta.ts';
import { clock } from '../transcript/duration.ts';
import { isolate, markdownText as md } from './escape.ts';
import type { CallExport } from './types.ts';

const FELT_SAFE_TEXT = { yes: 'Yes', partly: 'Partly', no: 'No' } as const;

/** A name from the call: direction marks spelled out, isolated, escaped. */
function who(name: string): string {
  return md(isolate(speakerName(name)));
}

/** Words from the call (captions, quotes, titles holding file names): isolated and escaped. */
function said(text: string): string {
  return md(isolate(text));
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export interface MarkdownOptions {
  /** Leave out the private reflection (a shared debrief). @default false */
  withoutReflection?: boolean;
  /** A line under the title, e.g. that names were replaced. */
  note?: string;
}

export function toMarkdown(call: CallExport, options: MarkdownOptions = {}): string {
  const { analysis, repairs, checklist } = call;
  const out: string[] = [`# ${said(call.title)}`, ''];
  if (options.note) out.push(`_${md(options.note)}_`, '');
  const people = analysis.speakers.map((s) => `${who(s.speaker)}${s.self ? ' (me)' : ''}`).join(', ');
  out.push(
    `- Date: ${md(formatDate(call.startedAt))}`,
    `- Length: ${clock(call.duration)}`,
    `- People: ${people || '—'}`,
  );
  out.push(
    `- Found: ${analysis.flags.length} flags, ${analysis.signals.length} positive signals, ${repairs.repairs.length} repairs`,
    '',
  );

  out.push('## Checklist', '', '| Indicator | Present | Moments |', '|---|---|---|');
  for (const indicator of checklist) {
    const moments = indicator.moments.map((m) => `${clock(m.at)} ${md(m.label)} (${m.effect})`).join('; ') || '—';
    out.push(`| ${md(indicator.name)} | ${indicator.present ? 'yes' : 'no'} | ${moments} |`);
  }
  out.push('', '## Four stages', '');
  for (const stage of STAGES) {
    const reading = analysis.stages[stage];
    out.push(`- **${STAGE_LABELS[stage].name}**: ${LEVEL_LABELS[reading.level]}`);
  }

  out.push('', '## Repairs', '');
  if (repairs.repairs.length === 0) out.push('No flagged moment was mended.');
  for (const repair of repairs.repairs) out.push(`- ${clock(repair.at)} ${md(repair.summary)} “${said(repair.text)}”`);
  if (repairs.open.length > 0) {
    out.push('', 'Not mended:', '');
    for (const flag of repairs.open)
      out.push(`- ${clock(flag.at)} ${md(FLAG_LABELS[flag.type])} (${who(flag.speaker)})`);
  }

  out.push('', '## Flags', '');
  if (analysis.flags.length === 0) out.push('None.');
  for (const flag of analysis.flags) {
    const quote = flag.evidence.find((e) => e.cue === flag.anchor)?.text ?? '';
    out.push(
      `- ${clock(flag.at)} **${md(FLAG_LABELS[flag.type])}**, ${who(flag.speaker)}${flag.target ? ` → ${who(flag.target)}` : ''}: “${said(quote)}”`,
    );
  }
  out.push('', '## Positive signals', '');
  if (analysis.signals.length === 0) out.push('None.');
  for (const signal of analysis.signals) {
    const quote = signal.evidence.find((e) => e.cue === signal.anchor)?.text ?? '';
    out.push(`- ${clock(signal.at)} **${md(SIGNAL_LABELS[signal.type])}**, ${who(signal.speaker)}: “${said(quote)}”`);
  }

  out.push(
    '',
    '## Speakers',
    '',
    '| Speaker | Talk | Share | Turns | Words | Questions | Longest stretch | Cut in | Was cut off |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const s of analysis.speakers) {
    out.push(
      `| ${who(s.speaker)} | ${clock(s.talkSeconds)} | ${percent(s.share)} | ${s.turns} | ${s.words} | ${s.questions} | ${clock(s.longestMonologueSeconds)} | ${s.interruptionsMade} | ${s.interruptionsReceived} |`,
    );
  }

  const reflection = call.reflection;
  if (reflection && !options.withoutReflection) {
    out.push('', '## Reflection', '');
    if (reflection.feltSafe) out.push(`- ${md(REFLECTION_PROMPTS.feltSafe)} ${FELT_SAFE_TEXT[reflection.feltSafe]}`);
    if (reflection.notes.trim()) out.push(`- ${md(REFLECTION_PROMPTS.notes)}: ${md(reflection.notes)}`);
    if (reflection.nextTime.trim()) out.push(`- ${md(REFLECTION_PROMPTS.nextTime)}: ${md(reflection.nextTime)}`);
  }

  out.push('', '## Transcript', '');
  for (const u of call.utterances) out.push(`**[${clock(u.start)}] ${who(u.speaker)}:** ${said(u.text)}  `);
  return `${out.join('\n')}\n`;
}
