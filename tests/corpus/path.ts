/** Where the labelled corpora are (tests/tools/corpus-dir.ts finds them), and whether they are there. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusPath } from '../tools/corpus-dir.ts';

export const CORPUS_DIR = corpusPath();

/** Blind dialogues this project had written the same way (same brief, same split), kept in the repo. */
export const EXTRA_DIALOGUES_DIR = resolve(import.meta.dirname, 'dialogues');

/** One line saying the corpus is missing, or null when it is there. */
export function corpusMissing(): string | null {
  return existsSync(resolve(CORPUS_DIR, 'dialogues'))
    ? null
    : `corpus not found at ${CORPUS_DIR} (set CANDOR_CORPUS to the folder holding dialogues/, icsi-mrda/ and ami/)`;
}
