// The evaluation corpora live beside the repository, never in it (docs/evaluation.md). One setting finds
// them: the CANDOR_CORPUS environment variable (absolute, or relative to the repository root), by
// default ../shared/corpus next to the repository.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const DEFAULT_CORPUS = '../shared/corpus';

/** The corpus folder, or a file inside it: `corpusPath('ami', 'dev.jsonl')`. */
export function corpusPath(...parts: string[]): string {
  return resolve(ROOT, process.env.CANDOR_CORPUS || DEFAULT_CORPUS, ...parts);
}
