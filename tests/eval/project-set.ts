import { readdirSync, readFileSync } from 'node:fs';
import { FLAG_TYPES, SIGNAL_TYPES, type FlagType, type Role, type SignalType } from '../../lib/engine/types.ts';
import { stripPunctuation } from '../../lib/nlp/normalise.ts';
import type { EvalConversation } from '../corpus/types.ts';

/** The project's own labelled transcripts (tests/transcripts/*.json). */
export interface TranscriptFile {
  id: string;
  kind: 'interview' | 'sales' | 'admissions' | 'panel';
  roles: Record<string, Role>;
  me?: string;
  utterances: { speaker: string; text: string; start: number; end: number }[];
  labels: { type: FlagType | SignalType; anchor: number; speaker: string; target: string | null }[];
}

export const TRANSCRIPT_DIR = new URL('../transcripts/', import.meta.url);

export function readTranscripts(): TranscriptFile[] {
  return readdirSync(TRANSCRIPT_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, TRANSCRIPT_DIR), 'utf8')) as TranscriptFile);
}

export function toConversation(t: TranscriptFile, stripped: boolean): EvalConversation {
  const gold: EvalConversation['gold'] = {};
  for (const type of [...FLAG_TYPES, ...SIGNAL_TYPES]) gold[type] = [];
  for (const l of t.labels) gold[l.type]!.push({ anchor: l.anchor, speaker: l.speaker, target: l.target });
  const starts = t.utterances.map((u) => u.start);
  const ends = t.utterances.map((u) => u.end);
  return {
    id: t.id,
    source: 'project',
    group: 'project',
    split: 'dev',
    labelled: [...FLAG_TYPES, ...SIGNAL_TYPES],
    perspective: t.me ? { me: t.me, role: t.roles[t.me] } : {},
    cues: t.utterances.map((u) => ({ ...u, text: stripped ? stripPunctuation(u.text) : u.text })),
    hours: (Math.max(...ends) - Math.min(...starts)) / 3600,
    gold,
    ignore: {},
  };
}
