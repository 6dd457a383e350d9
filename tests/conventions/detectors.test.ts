/// <reference types="vite/client" />
// The house rule for detectors, checked rather than remembered: every detector in the registry has its
// own tests, every red flag has playbook scripts for each role that can act on it, and every finding
// type has a plain-words label (lib/labels.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DETECTORS } from '../../lib/engine/detectors/index.ts';
import { FLAG_TYPES, type Detector, type FlagType } from '../../lib/engine/types.ts';
import { FLAG_LABELS, SIGNAL_LABELS } from '../../lib/labels.ts';
import { actionablePairs, DEFAULT_PLAYBOOK, lookup, phrasingsFor } from '../../lib/playbook/index.ts';

// Every module that defines detectors, so each registered detector can be known by its exported name.
const MODULES = import.meta.glob<Record<string, unknown>>('../../lib/engine/{detectors,signals}/*.ts', { eager: true });

function exportNameOf(detector: Detector): string | undefined {
  for (const module of Object.values(MODULES)) {
    const entry = Object.entries(module).find(([, value]) => value === detector);
    if (entry) return entry[0];
  }
  return undefined;
}

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? testFiles(path) : /\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
const ENGINE_TESTS = testFiles('tests/lib/engine').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

const isFlag = (id: string): id is FlagType => (FLAG_TYPES as readonly string[]).includes(id);

describe('every registered detector', () => {
  it.each(DETECTORS.map((d) => [d.id, d] as const))('%s has tests of its own', (id, detector) => {
    const name = exportNameOf(detector);
    expect(name, `${id} is not exported from lib/engine/detectors or lib/engine/signals`).toBeDefined();
    const own = ENGINE_TESTS.filter(
      ({ path, text }) => path.endsWith(`/${id}.test.ts`) || new RegExp(`\\b${name}\\b`).test(text),
    );
    expect(
      own.map((t) => t.path),
      `no test under tests/lib/engine names ${id} or ${name}`,
    ).not.toEqual([]);
  });

  it.each(DETECTORS.map((d) => d.id))('%s has a label in lib/labels.ts', (id) => {
    const table: Record<string, string> = isFlag(id) ? FLAG_LABELS : SIGNAL_LABELS;
    expect(table[id]?.trim(), `missing label for ${id}`).toBeTruthy();
  });

  it.each(DETECTORS.filter((d) => isFlag(d.id)).map((d) => d.id as FlagType))(
    '%s has playbook scripts for every role that can act on it',
    (type) => {
      expect(DEFAULT_PLAYBOOK.entries.some((entry) => entry.flags.includes(type))).toBe(true);
      for (const { role } of actionablePairs().filter((pair) => pair.type === type)) {
        const entry = lookup(type, role, DEFAULT_PLAYBOOK);
        expect(entry, `no entry for ${type} as ${role}`).toBeDefined();
        expect(phrasingsFor(entry!, role).length, `no phrasing for ${type} as ${role}`).toBeGreaterThan(0);
      }
    },
  );

  it('the registry covers every flag type', () => {
    expect(
      DETECTORS.map((d) => d.id)
        .filter(isFlag)
        .sort(),
    ).toEqual([...FLAG_TYPES].sort());
  });
});
