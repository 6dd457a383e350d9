// lib/ needs no DOM: the engine loads and analyses a call in plain Node, and finds exactly what it finds here.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarise } from './summary.ts';

const transcript = 'tests/transcripts/admissions-mba.json';

describe('the engine in plain Node', () => {
  it('analyses a transcript without a DOM and agrees with the in-process run', { timeout: 60_000 }, () => {
    const run = spawnSync('npx', ['tsx', 'tests/lib/portable/analyse-in-node.ts', transcript], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { globals: Record<string, string>; result: unknown };
    expect(out.globals).toEqual({ document: 'undefined', window: 'undefined' });
    const here = summarise(JSON.parse(readFileSync(transcript, 'utf8')));
    expect(here.turns).toBeGreaterThan(10);
    expect(here.flags.length + here.signals.length).toBeGreaterThan(0);
    expect(out.result).toEqual(here);
  });
});
