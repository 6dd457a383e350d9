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
  /**
   * The shipped models get this case wrong today, for the reason given: it runs as an expected failure
   * (`test.fails`), so it shows in every run and turns red the day a model gets it right.
   */
  knownMiss?: string;
}

/** A case as a test: expected to pass, or listed as a known miss. */
function caseTest(c: DetectorCase): (name: string, body: () => void) => void {
  return c.knownMiss ? (name, body) => test.fails(name, body) : (name, body) => test(name, body);
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
      for (const c of cases.flags) {
        const name = `${c.knownMiss ? 'known miss: ' : ''}${c.name}${stripped ? ' (no punctuation)' : ''}`;
        if (stripped && c.punctuatedOnly) {
          test.skip(`${name}: rests on punctuation alone`, () => undefined);
          continue;
        }
        caseTest(c)(name, () => {
          const found = findingsOf(detector, script(c.lines, { stripped }));
          expect(found).toHaveLength(1);
          expect(found[0]).toMatchObject({ type: detector.id, index: c.anchor, speaker: c.speaker, target: c.target });
          check(found[0]!);
        });
      }
    }
  });

  describe(`[${detector.id}] does not flag`, () => {
    for (const stripped of [false, true]) {
      for (const c of cases.doesNotFlag) {
        caseTest(c)(`${c.knownMiss ? 'known false flag: ' : ''}${c.name}${stripped ? ' (no punctuation)' : ''}`, () => {
          expect(findingsOf(detector, script(c.lines, { stripped }))).toEqual([]);
        });
      }
    }
  });
}
