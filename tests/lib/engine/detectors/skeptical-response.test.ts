import { describe, expect, test } from 'vitest';
import { skepticalResponseDetector } from '../../../../lib/engine/detectors/skeptical-response.ts';
import { describeDetector, type DetectorCase } from './detector-cases.ts';
import { candidatesOf, findingsOf, script, stubScorer } from '../../../eval/script.ts';

const flags: DetectorCase[] = [
  {
    name: 'incredulity that echoes the admitted gap',
    lines: [
      "Candidate: I haven't worked with Terraform, we used the console.",
      "Interviewer: Really? You've never used infrastructure as code?",
    ],
    anchor: 1,
    speaker: 'Interviewer',
    target: 'Candidate',
  },
  {
    name: 'minimising what the other does not know',
    lines: ["Applicant: I don't know that formula offhand.", "Host: That's pretty basic material for this course."],
    anchor: 1,
    speaker: 'Host',
    target: 'Applicant',
  },
  {
    name: 'judging an admitted mistake',
    lines: [
      'Candidate: I got the quarter wrong on my slide, sorry.',
      'Interviewer: You should have caught that before the meeting.',
    ],
    anchor: 1,
    speaker: 'Interviewer',
    target: 'Candidate',
  },
  {
    name: "cues adding up over the skeptic's two replies",
    knownMiss: 'skepticism spread thin over two short replies: each scored alone stays low',
    lines: [
      "Candidate: I'm not familiar with event sourcing.",
      'Interviewer: Hmm.',
      'Interviewer: Everyone on this team knows that.',
    ],
    anchor: 2,
    speaker: 'Interviewer',
    target: 'Candidate',
  },
];

const doesNotFlag: DetectorCase[] = [
  {
    name: 'curiosity after an admission',
    knownMiss: 'a follow-up question after an admission is scored like an incredulous one in so short a call',
    lines: [
      "Candidate: I haven't used Kubernetes in production.",
      'Interviewer: Really? What have you used instead, and how would you ramp up?',
    ],
  },
  {
    name: 'thanks after an admitted mistake',
    lines: [
      'Candidate: I made a mistake in that estimate.',
      'Interviewer: Thanks for being upfront. What did you learn from it?',
    ],
  },
  {
    name: 'a bare "really?" is a surprised backchannel, not judgement',
    lines: [
      "Candidate: I've never managed a team before.",
      'Interviewer: Really?',
      'Candidate: No, but I have mentored two juniors.',
    ],
  },
  {
    name: 'judgement with no admission before it',
    lines: [
      'Candidate: I led the data migration last year.',
      "Interviewer: That's pretty basic stuff for a senior role.",
    ],
  },
  {
    name: 'a hedge is not an admission',
    knownMiss: 'hedged wording reads as an admission to the model',
    lines: ['Candidate: I think the cache would help here.', "Interviewer: Seriously? That's concerning."],
  },
  {
    name: 'the admission is hypothetical',
    lines: [
      "Candidate: If I haven't used a tool before, I read its docs first.",
      'Interviewer: You should know most of them already.',
    ],
  },
];

describeDetector(skepticalResponseDetector, { flags, doesNotFlag }, (flag) => {
  expect(flag.evidence[0]!.words).toBeTruthy();
});

describe('[skeptical-response] structure', () => {
  test("the other party's first and second replies are candidates; the admitter's next turn is not", () => {
    const conv = script([
      "Candidate: I haven't worked with Kubernetes directly.",
      'Interviewer: Hmm.',
      'Interviewer: Really? Not even once?',
      'Interviewer: Most people at your level have.',
      'Candidate: We used a managed platform instead.',
    ]);
    const found = candidatesOf(skepticalResponseDetector, conv);
    expect(found.map((c) => c.features.has('reply#0') || c.features.has('reply#1'))).toEqual([true, true, true]);
    expect(found.filter((c) => c.speaker === 'Interviewer')).toHaveLength(2);
    expect(found[0]!.features.has('c.admits')).toBe(true);
  });
  test('one admission gives at most one flag, on the reply judged skeptical', () => {
    const conv = script([
      "Candidate: I don't know that formula offhand.",
      "Host: Seriously? That's pretty basic.",
      'Host: You should know that by now.',
    ]);
    const found = findingsOf(skepticalResponseDetector, conv, {
      'skeptical-response': stubScorer('skeptical-response', (f) => f.has('c.admits')),
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ index: 1, speaker: 'Host', target: 'Candidate' });
  });
});
