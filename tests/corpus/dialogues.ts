/**
 * The blind dialogue corpus: `dialogues/wN/NN-name.vtt` + `NN-name.gold.json` (docs/evaluation.md).
 * Each writer folder is one cross-validation group; files 01–10 are development, 11 and above the test split.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FlagType } from '../../lib/engine/types.ts';
import { createTranscriptReader } from '../../lib/formats/index.ts';
import { splitLines } from '../../lib/formats/lines.ts';
import { stripPunctuation } from '../../lib/nlp/normalise.ts';
import { CORPUS_DIR, EXTRA_DIALOGUES_DIR } from './path.ts';
import type { EvalConversation } from './types.ts';

export const DIALOGUE_FLAGS: readonly FlagType[] = [
  'interruption',
  'dismissed-objection',
  'unanswered-question',
  'skeptical-response',
  'monologue',
];

interface GoldFile {
  id: string;
  kind: string;
  speakers: Record<string, string>;
  flags: { type: FlagType; at: number; speaker: string; target: string | null }[];
  hard_negatives: { at: number; looks_like: string; why: string }[];
}

/** The roots holding writer folders: the shared corpus and the project's own blind additions. */
export function dialogueRoots(): string[] {
  return [resolve(CORPUS_DIR, 'dialogues'), EXTRA_DIALOGUES_DIR].filter((dir) => existsSync(dir));
}

/** Which split a file belongs to, from its number. */
export function splitOf(file: string): 'dev' | 'test' {
  return Number(file.slice(0, 2)) <= 10 ? 'dev' : 'test';
}

/** Every labelled call of the requested split; `stripped` lower-cases and drops `.?!,;:` as live captions may. */
export function loadDialogues(split: 'dev' | 'test', stripped = false): EvalConversation[] {
  const out: EvalConversation[] = [];
  for (const root of dialogueRoots()) {
    const writers = readdirSync(root)
      .filter((d) => /^w\d+$/.test(d))
      .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    for (const writer of writers) {
      const files = readdirSync(join(root, writer))
        .filter((f) => f.endsWith('.vtt') && splitOf(f) === split)
        .sort();
      for (const file of files) out.push(readCall(join(root, writer), writer, file, split, stripped));
    }
  }
  return out;
}

function readCall(dir: string, writer: string, file: string, split: 'dev' | 'test', stripped: boolean) {
  const base = file.slice(0, -4);
  const reader = createTranscriptReader();
  const utterances = [
    ...splitLines(readFileSync(join(dir, file), 'utf8')).flatMap((l) => reader.push(l)),
    ...reader.end(),
  ];
  const gold = JSON.parse(readFileSync(join(dir, `${base}.gold.json`), 'utf8')) as GoldFile;
  const cues = utterances.map((u) => ({
    speaker: u.speaker,
    text: stripped ? stripPunctuation(u.text) : u.text,
    start: u.start,
    end: u.end,
  }));
  const indexAt = (at: number, speaker?: string): number =>
    cues.findIndex((c) => Math.abs(c.start - at) < 0.002 && (speaker === undefined || c.speaker === speaker));
  const conv: EvalConversation = {
    id: `${writer}/${base}`,
    source: 'dialogues',
    group: writer,
    split,
    perspective: {},
    cues,
    hours: (Math.max(...cues.map((c) => c.end)) - Math.min(...cues.map((c) => c.start))) / 3600,
    gold: Object.fromEntries(DIALOGUE_FLAGS.map((t) => [t, []])),
    ignore: {},
    labelled: DIALOGUE_FLAGS,
    notes: Object.fromEntries(DIALOGUE_FLAGS.map((t) => [t, new Map<number, string>()])),
  };
  for (const flag of gold.flags) {
    const anchor = indexAt(flag.at, flag.speaker);
    if (anchor < 0) throw new Error(`${writer}/${file}: no cue of ${flag.speaker} starts at ${flag.at}`);
    conv.gold[flag.type]!.push({ anchor, speaker: flag.speaker, target: flag.target });
  }
  for (const negative of gold.hard_negatives) {
    const anchor = indexAt(negative.at);
    const type = negative.looks_like as FlagType;
    if (anchor >= 0 && conv.notes![type]) conv.notes![type]!.set(anchor, `hard negative: ${negative.why}`);
  }
  return conv;
}
