import { expect } from 'vitest';
import { skepticalResponseDetector } from '../../../../lib/engine/detectors/skeptical-response.ts';
import { describeDetector, type DetectorCase } from './detector-cases.ts';

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
