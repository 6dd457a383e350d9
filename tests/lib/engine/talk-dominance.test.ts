import { describe, expect, test } from 'vitest';
import { talkDominanceDetector } from '../../../lib/engine/detectors/talk-dominance.ts';
import { analyzeTranscript } from '../../../lib/engine/engine.ts';
import type { Perspective } from '../../../lib/engine/types.ts';
import type { Utterance } from '../../../lib/transcript/types.ts';
import { alternate, type ScriptLine, script, words } from './call-script.ts';

function dominance(utterances: Utterance[], perspective: Perspective = {}) {
  return analyzeTranscript(utterances, perspective, { detectors: [talkDominanceDetector] }).flags;
}

/** A three-party call: `a` talks `a` seconds for every `b` and `c` seconds of the others. */
function threeWay(a: number, b: number, c: number, seconds: number): ScriptLine[] {
  const lines: ScriptLine[] = [];
  for (let t = 0; t < seconds; t += a + b + c + 1.5) {
    lines.push(['Ana', words(a * 2.5), a], ['Sam', words(b * 2.5), b], ['Lee', words(c * 2.5), c]);
  }
  return lines;
}

/** The first cue whose end is at least 3 minutes into the call: where a share already over the limit is first judged. */
function firstJudged(utterances: Utterance[]): Utterance {
  return utterances.find((u) => u.end - utterances[0]!.start >= 180)!;
}

describe('[talk-dominance] flags', () => {
  test.each<[string, ScriptLine[], Perspective, string, string]>([
    ['anyone over 75% in a two-person call', alternate(['Ana', 40], ['Sam', 8], 300), {}, 'Ana', 'two-person-over-75'],
    [
      'an interviewer over 50%',
      alternate(['Ana', 30], ['Sam', 20], 300),
      { role: 'interviewer', me: 'Ana' },
      'Ana',
      'interviewer-over-50',
    ],
    [
      'a sales rep over 65%',
      alternate(['Ana', 35], ['Sam', 15], 300),
      { role: 'sales-rep', me: 'Ana' },
      'Ana',
      'sales-rep-over-65',
    ],
    [
      'the interviewer across from a candidate',
      alternate(['Ana', 12], ['Sam', 30], 300),
      { role: 'candidate', me: 'Ana' },
      'Sam',
      'interviewer-over-50',
    ],
    [
      'an interviewer over 50% with two candidates',
      threeWay(30, 10, 10, 300),
      { role: 'interviewer', me: 'Ana' },
      'Ana',
      'interviewer-over-50',
    ],
  ])('%s', (_name, lines, perspective, speaker, rule) => {
    const utterances = script(lines);
    const flags = dominance(utterances, perspective);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ type: 'talk-dominance', speaker, target: null, rule: `talk-dominance/${rule}` });
    expect(flags[0]!.anchor).toBe(firstJudged(utterances).id);
    expect(flags[0]!.at).toBe(firstJudged(utterances).start);
  });

  test('at the cue where the share crosses the limit', () => {
    // Balanced for 5 minutes, then Ana takes over: the flag comes once her share passes 75%.
    const utterances = script([
      ...alternate(['Ana', 20], ['Sam', 20], 300),
      ...alternate(['Ana', 60], ['Sam', 3], 900),
    ]);
    const [flag] = dominance(utterances);
    const crossing = utterances.findIndex((u) => u.id === flag!.anchor);
    expect(crossing).toBeGreaterThan(0);
    // Re-measuring the prefixes proves this cue is the first over 75%.
    const shareAt = (n: number) => {
      const prefix = utterances.slice(0, n + 1);
      const until = prefix.at(-1)!.end;
      const talk = (who: string) =>
        prefix
          .filter((u) => u.speaker === who)
          .reduce((sum, u) => sum + Math.max(0, u.end - Math.max(u.start, until - 600)), 0);
      return talk('Ana') / (talk('Ana') + talk('Sam'));
    };
    expect(shareAt(crossing)).toBeGreaterThan(0.75);
    expect(shareAt(crossing - 1)).toBeLessThanOrEqual(0.75);
  });

  test('again only after the share fell 5 points below the limit', () => {
    const utterances = script([
      ...alternate(['Ana', 40], ['Sam', 5], 600), // ~89%: fires
      ...alternate(['Ana', 20], ['Sam', 20], 900), // 50%: re-arms
      ...alternate(['Ana', 40], ['Sam', 5], 900), // over again: fires again
    ]);
    expect(dominance(utterances)).toHaveLength(2);
  });

  test('not again while the share hovers just under the limit', () => {
    const utterances = script([
      ...alternate(['Ana', 40], ['Sam', 5], 600), // ~89%: fires
      ...alternate(['Ana', 29], ['Sam', 11], 1200), // ~72%: within 5 points, stays disarmed
      ...alternate(['Ana', 40], ['Sam', 5], 600), // over again, but never re-armed
    ]);
    expect(dominance(utterances)).toHaveLength(1);
  });

  test('the share is over the last 10 minutes, not the whole call', () => {
    // Sam led for 20 minutes; Ana's takeover shows within the window long before it would over the call.
    const utterances = script([
      ...alternate(['Ana', 5], ['Sam', 40], 1200),
      ...alternate(['Ana', 40], ['Sam', 4], 700),
    ]);
    const flags = dominance(utterances);
    expect(flags.map((f) => f.speaker)).toEqual(['Sam', 'Ana']);
    expect(flags[1]!.at).toBeLessThan(1200 + 700);
  });
});

describe('[talk-dominance] does not flag', () => {
  test.each<[string, ScriptLine[], Perspective]>([
    ['90% of a call that ends at 2 minutes: too early', alternate(['Ana', 40], ['Sam', 4], 120), {}],
    // Measured at the end of each of her cues, a 45/55 split can read 51% at 3 minutes: keep clear of the limit.
    ['an interviewer at 40%', alternate(['Ana', 16], ['Sam', 24], 900), { role: 'interviewer', me: 'Ana' }],
    ['a sales rep at 55%', alternate(['Ana', 22], ['Sam', 18], 900), { role: 'sales-rep', me: 'Ana' }],
    ['70% in a two-person call without a role', alternate(['Ana', 28], ['Sam', 12], 900), {}],
    ['80% in a three-person call without a role', threeWay(32, 4, 4, 900), {}],
    [
      'a candidate who talks 70% to an interviewer',
      alternate(['Ana', 28], ['Sam', 12], 900),
      { role: 'candidate', me: 'Ana' },
    ],
    ['an unlabelled speaker at 90%', alternate(['', 36], ['Sam', 4], 900), {}],
    [
      'a role without knowing who the user is: only the 75% rule',
      alternate(['Ana', 30], ['Sam', 20], 900),
      { role: 'interviewer' },
    ],
  ])('%s', (_name, lines, perspective) => {
    expect(dominance(script(lines), perspective)).toEqual([]);
  });
});
