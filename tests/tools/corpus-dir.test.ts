import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { corpusPath } from './corpus-dir.ts';

describe('corpusPath', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('defaults to the shared corpus beside the repository', () => {
    vi.stubEnv('CANDOR_CORPUS', '');
    expect(corpusPath('ami', 'dev.jsonl')).toBe(resolve(process.cwd(), '../shared/corpus/ami/dev.jsonl'));
  });

  it('follows CANDOR_CORPUS, absolute or relative to the repository root', () => {
    vi.stubEnv('CANDOR_CORPUS', '/data/corpora');
    expect(corpusPath('icsi-mrda')).toBe('/data/corpora/icsi-mrda');
    vi.stubEnv('CANDOR_CORPUS', 'corpora');
    expect(corpusPath()).toBe(resolve(process.cwd(), 'corpora'));
  });
});
