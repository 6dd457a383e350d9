/** The table-driven shape every language detector's tests share: "flags" and "does not flag" groups. */
import { describe, expect, test } from 'vitest';
import type { Detector, Finding } from '../../../../lib/engine/types.ts';
import { findingsOf, script } from '../../../eval/script.ts';

export interface DetectorCase {
  name: string;
  /** `Speaker: text` lines; a leading `>` starts the line while the previous one is still going. */
  lines: string[];
  anchor?: number;
  speaker?: string;
  target?: string;
  /** The case rests on punctuation alone, so it is not expected to flag once punctuation is stripped. */
  punctuatedOnly?: boolean;
}

/**
 * Runs every case with punctuation as written and stripped (live captions punctuate unreliably): a
 * "flags" case must give exactly one flag at its anchor, with its speaker and target, and pass
 * `check`; a "does not flag" case must give nothing.
 */
export function describeDetector(
  detector: Detector,
  cases: { flags: readonly DetectorCase[]; doesNotFlag: readonly DetectorCase[] },
  check: (flag: Finding & { index: number }) => void = () => undefined,
): void {
  describe(`[${detector.id}] flags`, () => {
    for (const stripped of [false, true]) {
      test.each(cases.flags)(`$name${stripped ? ' (no punctuation)' : ''}`, (c) => {
        if (stripped && c.punctuatedOnly) return;
        const found = findingsOf(detector, script(c.lines, { stripped }));
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ type: detector.id, index: c.anchor, speaker: c.speaker, target: c.target });
        check(found[0]!);
      });
    }
  });

  describe(`[${detector.id}] does not flag`, () => {
    for (const stripped of [false, true]) {
      test.each(cases.doesNotFlag)(`$name${stripped ? ' (no punctuation)' : ''}`, (c) => {
        expect(findingsOf(detector, script(c.lines, { stripped }))).toEqual([]);
      });
    }
  });
}
