import { describe, expect, test } from 'vitest';
import { interruptionDetector } from '../../../../lib/engine/detectors/interruption.ts';
import { candidatesOf, findingsOf, script, stubScorer } from '../../../eval/script.ts';
import { describeDetector, type DetectorCase } from './detector-cases.ts';

const flags: DetectorCase[] = [
  {
    name: 'cut off mid-clause on "the", newcomer overlaps and keeps the floor',
    lines: [
      'Ana: So the reason we moved the billing service was that the',
      '>Ben: Right, but how long did that whole move actually take you?',
    ],
    anchor: 1,
    speaker: 'Ben',
    target: 'Ana',
  },
  {
    name: 'trailing dash, newcomer cuts in',
    punctuatedOnly: true,
    lines: ['Ana: We tried three vendors before we picked —', '>Ben: Which vendor did you end up choosing in the end?'],
    anchor: 1,
    speaker: 'Ben',
    target: 'Ana',
  },
  {
    name: 'explicit floor grab over a running turn',
    knownMiss: 'the previous turn ends on a full stop, which the model reads as a finished clause',
    lines: [
      'Ana: The second phase covers the reporting work and the dashboards for finance.',
      '>Ben: Sorry to cut in, can we go back to the first phase for a second?',
    ],
    anchor: 1,
    speaker: 'Ben',
    target: 'Ana',
  },
  {
    name: 'cut-off confirmed when the speaker resumes ("as I was saying")',
    lines: [
      'Ana: What I liked about the role was mostly the team and',
      '+0.05 Ben: What size is the team at the moment, roughly speaking?',
      'Ana: About ten. Anyway, as I was saying, the team was the main draw for me.',
    ],
    anchor: 1,
    speaker: 'Ben',
    target: 'Ana',
  },
];

const doesNotFlag: DetectorCase[] = [
  {
    name: 'handover at a sentence end, even with a small overlap',
    lines: [
      'Ana: We shipped the first version in March and it went well.',
      '>Ben: Great, and what did customers say about it afterwards?',
    ],
  },
  {
    name: 'a backchannel "mm-hm" inside a running turn does not take the floor',
    lines: [
      'Ana: We rebuilt the importer so that each file is checked before anything is written to the database.',
      '~Ben: Mm-hm.',
      'Ana: That cut the failed imports to almost nothing.',
    ],
  },
  {
    name: 'a short reaction over a trailing clause is not a floor grab',
    lines: ['Ana: And then we had to rewrite the whole thing because', '>Ben: Oh no.'],
  },
  {
    name: 'an answer that opens by agreeing responds rather than cuts off',
    knownMiss: 'the cut-off clause and overlap outweigh the agreeing opener',
    lines: [
      'Ana: So you would want the reports to be sent on the',
      '>Ben: Yes, every Monday morning before the team meeting starts.',
    ],
  },
  {
    name: 'a question trailing "or" hands the floor over',
    lines: [
      'Ana: Do you want the monthly plan or the annual plan or',
      '>Ben: The annual one, since we already know we will stay.',
    ],
  },
  {
    name: 'incomplete ending but a long pause: no cut-off in time',
    lines: ['Ana: I was going to mention the', '+3 Ben: Let us look at the budget for next quarter now.'],
  },
];

describeDetector(interruptionDetector, { flags, doesNotFlag }, (flag) => {
  expect(flag.evidence.length).toBeGreaterThanOrEqual(2);
  expect(flag.rule).toMatch(/^interruption:/);
});

describe('[interruption] structure', () => {
  const always = { interruption: stubScorer('interruption', () => true) };
  test('every switch onto a running or just-ended turn is a candidate, anchored on the newcomer', () => {
    const conv = script(['Ana: The plan was to start with the', '>Ben: Hold on, which plan do you mean here?']);
    const [c] = candidatesOf(interruptionDetector, conv);
    expect(c).toMatchObject({ type: 'interruption', speaker: 'Ben', target: 'Ana' });
    expect(c!.features.get('p.cut')).toBe(1);
    expect([...c!.features.keys()].some((k) => k.startsWith('ov:'))).toBe(true);
  });
  test('a backchannel is no candidate, and a switch after a long pause has no turn to cut', () => {
    expect(
      candidatesOf(interruptionDetector, script(['Ana: We moved the service last year.', '~Ben: Mm-hm.'])),
    ).toEqual([]);
    expect(
      candidatesOf(
        interruptionDetector,
        script(['Ana: I was going to mention the', '+3 Ben: Let us look at the budget.']),
      ),
    ).toEqual([]);
  });
  test('the cut-off speaker resuming is judged again with that evidence', () => {
    const conv = script([
      'Ana: What I liked about the role was mostly the team and',
      '>Ben: What size is the team at the moment?',
      'Ana: About ten. Anyway, as I was saying, the team was the main draw.',
    ]);
    const resumed = stubScorer('interruption', (f) => f.has('resumed'));
    const [flag] = findingsOf(interruptionDetector, conv, { interruption: resumed });
    expect(flag).toMatchObject({ index: 1, speaker: 'Ben', target: 'Ana' });
    expect(flag!.evidence).toHaveLength(3);
  });
  test('a flag carries the judgment as its confidence and names the features behind it', () => {
    const [flag] = findingsOf(
      interruptionDetector,
      script(['Ana: So the reason was that the', '>Ben: Sorry, can I jump in here?']),
      always,
    );
    expect(flag).toMatchObject({ confidence: 0.9, rule: 'interruption:stub' });
  });
});
