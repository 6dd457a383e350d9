// The repo is self-contained: code and docs cite only the repo's own docs/, never research notes or
// paths outside it (those notes are not shipped, and a reader of the repo cannot follow the reference).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['lib', 'entrypoints', 'components', 'utils', 'tests', 'docs', 'README.md'];
const SKIP = new Set(['tests/fixtures', 'tests/transcripts', 'tests/conventions/self-contained.test.ts']);
// A research note by name (unless it is one of docs/), a machine path, or the shared folder beside the repo.
const OUTSIDE =
  /(?<!docs\/)\b(flags|nlp|products|captions|style|toolchain|learning)\.md\b|\/work\/|\bshared\/(guide|corpus|seed)/;
// The corpora's one configurable location (CANDOR_CORPUS) is named where it is defined and documented.
const CORPUS_HOME = new Set([
  'tests/tools/corpus-dir.ts',
  'tests/tools/corpus-dir.test.ts',
  'docs/evaluation.md',
  'README.md',
]);
const DOCS = new Set(readdirSync('docs'));

function outside(file: string, line: string): boolean {
  let rest = line;
  if (CORPUS_HOME.has(file)) rest = rest.replaceAll('../shared/corpus', '');
  // Inside docs/, a bare name is a link to a sibling page.
  if (file.startsWith('docs/')) rest = rest.replace(/\b[\w-]+\.md\b/g, (name) => (DOCS.has(name) ? '' : name));
  return OUTSIDE.test(rest);
}

function files(path: string): string[] {
  if (SKIP.has(path)) return [];
  if (!statSync(path).isDirectory()) return /\.(ts|tsx|mjs|md|css|html)$/.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => files(join(path, name)));
}

describe('a self-contained repo', () => {
  it('cites no note or path outside the repo', () => {
    const offenders = ROOTS.flatMap(files).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (outside(file, line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});
