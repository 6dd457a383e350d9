import { describe, expect, test } from 'vitest';
import { dismissedObjectionDetector } from '../../../../lib/engine/detectors/dismissed-objection.ts';
import { candidatesOf, findingsOf, script, stubScorer } from '../../../eval/script.ts';
import { describeDetector, type DetectorCase } from './detector-cases.ts';

const flags: DetectorCase[] = [
  {
    name: 'price concern met with reassurance and no reason',
    lines: [
      'Buyer: Honestly the annual fee seems really steep for a team our size.',
      'Rep: Oh, trust me, you will be fine.',
    ],
    anchor: 1,
    speaker: 'Rep',
    target: 'Buyer',
  },
  {
    name: 'risk worry waved away as routine',
    lines: [
      "Buyer: I'm worried that switching providers mid-year will confuse our staff.",
      "Rep: Everybody says that. It's really not an issue.",
    ],
    anchor: 1,
    speaker: 'Rep',
    target: 'Buyer',
  },
  {
    name: 'timeline doubt answered with an explicit change of subject',
    lines: [
      'Candidate: The start date feels really rushed given my notice period.',
      "Interviewer: Moving on, let's talk about your management style.",
    ],
    anchor: 1,
    speaker: 'Interviewer',
    target: 'Candidate',
  },
  {
    name: 'brush-off then pivot, even when the new topic has a reason attached',
    lines: [
      "Buyer: I'm not convinced the migration will be smooth.",
      "Rep: Don't worry about it. Let me show you the new dashboard, because it's the best part.",
    ],
    anchor: 1,
    speaker: 'Rep',
    target: 'Buyer',
  },
  {
    name: 'the objector elaborating first does not hide the later brush-off',
    lines: [
      'Applicant: My concern is the cost of living near campus.',
      'Applicant: Rent there is about twice what I pay now.',
      "Host: Nothing to worry about, you'll be fine.",
    ],
    anchor: 2,
    speaker: 'Host',
    target: 'Applicant',
  },
];

const doesNotFlag: DetectorCase[] = [
  {
    name: 'a concern acknowledged, then disputed',
    lines: [
      'Buyer: That price seems pretty high for what we get.',
      "Rep: I hear you, that's a fair concern. I still think it's not an issue once you count the hours saved.",
    ],
  },
  {
    name: '"no worries" after thanks is politeness, not a brush-off',
    lines: [
      'Buyer: Thanks so much for sending the contract over so quickly.',
      'Rep: No worries at all, happy to help.',
    ],
  },
  {
    name: 'reassurance that carries substance (a figure, an offer)',
    lines: [
      'Buyer: Our budget is tight and this is over budget for us this year.',
      "Rep: Don't worry, we can phase it so the first six months cost half.",
    ],
  },
  {
    name: 'a reply that takes the concern up with a question',
    knownMiss: 'an opening reassurance outweighs the question back that follows it',
    lines: [
      "Candidate: I'm a bit worried about the on-call load.",
      'Interviewer: Trust me, it is manageable. What specifically worries you about it?',
    ],
  },
  {
    name: 'a negated concern is no concern',
    lines: ["Buyer: I'm not worried about the rollout at all.", "Rep: Great, let's look at pricing then."],
  },
  {
    name: "a question about the other party's concerns is an invitation",
    lines: ['Rep: Do you have any concerns about the timeline?', "Buyer: No, it's fine, trust me."],
  },
  {
    name: 'a bare "anyway" after a worry, in a story, is not enough',
    lines: [
      'Ana: It sounds a bit risky to run it in production.',
      'Ben: Anyway, the second thing I wanted to mention is the offsite.',
    ],
  },
];

describeDetector(dismissedObjectionDetector, { flags, doesNotFlag }, (flag) => {
  // Both evidence cues: the concern and the dismissal, each with its trigger words.
  expect(flag.evidence.map((e) => Boolean(e.words))).toEqual([true, true]);
});

describe('[dismissed-objection] structure', () => {
  test('the first reply to the other party is judged with both sides as features', () => {
    const conv = script([
      "Buyer: I'm worried the rollout will take our team most of the quarter.",
      'Buyer: And we are already short on people.',
      "Rep: Don't worry about that. Anyway, let me show you the dashboard.",
      'Rep: It has everything you need.',
    ]);
    const found = candidatesOf(dismissedObjectionDetector, conv);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: 'Rep', target: 'Buyer' });
    const names = [...found[0]!.features.keys()];
    expect(names).toContain('c.concern');
    expect(names).toContain('r.brush');
    expect(names).toContain('x:concern&brush');
  });
  test('a flag anchors on the reply and quotes the concern', () => {
    const conv = script(['Buyer: That price seems really steep for us.', 'Rep: Trust me, you will be fine.']);
    const [flag] = findingsOf(dismissedObjectionDetector, conv, {
      'dismissed-objection': stubScorer('dismissed-objection', (f) => f.has('r.brush')),
    });
    expect(flag).toMatchObject({ index: 1, speaker: 'Rep', target: 'Buyer' });
    expect(flag!.evidence[0]!.words).toMatch(/steep/);
  });
});
