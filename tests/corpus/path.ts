/**
 * Where the labelled corpora live: beside the repo (`../shared/corpus`, named in docs/evaluation.md), or wherever CANDOR_CORPUS points.
 * The data is not copied into the repo (docs/evaluation.md names it and its licences).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export const CORPUS_DIR = process.env.CANDOR_CORPUS
  ? resolve(process.env.CANDOR_CORPUS)
  : resolve(ROOT, '../shared/corpus');

/** Blind dialogues this project had written (same brief, same split), kept in the repo. */
export const EXTRA_DIALOGUES_DIR = resolve(ROOT, 'tests/corpus/dialogues');

/** One line saying the corpus is missing, or null when it is there. */
export function corpusMissing(): string | null {
  return existsSync(resolve(CORPUS_DIR, 'dialogues'))
    ? null
    : `corpus not found at ${CORPUS_DIR} (set CANDOR_CORPUS to the folder holding dialogues/, icsi-mrda/ and ami/)`;
}
