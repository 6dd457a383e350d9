import { describe, expect, test } from 'vitest';
import { skepticalResponseDetector } from '../../../../lib/engine/detectors/skeptical-response.ts';
import { findingsOf, script } from '../../../eval/script.ts';

interface Case {
  name: string;
  lines: string[];
  anchor?: number;
  speaker?: string;
  target?: string;
}

const flags: Case[] = [
  {
    name: 'incredulity that echoes the admitted gap',
    lines: ["Candidate: I haven't worked with Terraform, we used the console.", "Interviewer: Really? You've never used infrastructure as code?"],
    anchor: 1, speaker: 'Interviewer', target: 'Candidate',
  },
  {
    name: 'minimising what the other does not know',
    lines: ["Applicant: I don't know that formula offhand.", "Host: That's pretty basic material for this course."],
    anchor: 1, speaker: 'Host', target: 'Applicant',
  },
  {
    name: 'judging an admitted mistake',
    lines: ['Candidate: I got the quarter wrong on my slide, sorry.', 'Interviewer: You should have caught that before the meeting.'],
    anchor: 1, speaker: 'Interviewer', target: 'Candidate',
  },
  {
    name: 'cues adding up over the skeptic\'s two replies',
    lines: ["Candidate: I'm not familiar with event sourcing.", 'Interviewer: Hmm.', 'Interviewer: Everyone on this team knows that.'],
    anchor: 2, speaker: 'Interviewer', target: 'Candidate',
  },
];

const doesNotFlag: Case[] = [
  {
    name: 'curiosity after an admission',
    lines: ["Candidate: I haven't used Kubernetes in production.", "Interviewer: Really? What have you used instead, and how would you ramp up?"],
  },
  {
    name: 'thanks after an admitted mistake',
    lines: ['Candidate: I made a mistake in that estimate.', 'Interviewer: Thanks for being upfront. What did you learn from it?'],
  },
  {
    name: 'a bare "really?" is a surprised backchannel, not judgement',
    lines: ["Candidate: I've never managed a team before.", 'Interviewer: Really?', 'Candidate: No, but I have mentored two juniors.'],
  },
  {
    name: 'judgement with no admission before it',
    lines: ['Candidate: I led the data migration last year.', "Interviewer: That's pretty basic stuff for a senior role."],
  },
  {
    name: 'a hedge is not an admission',
    lines: ['Candidate: I think the cache would help here.', "Interviewer: Seriously? That's concerning."],
  },
  {
    name: 'the admission is hypothetical',
    lines: ["Candidate: If I haven't used a tool before, I read its docs first.", 'Interviewer: You should know most of them already.'],
  },
];

describe('[skeptical-response] flags', () => {
  for (const stripped of [false, true]) {
    test.each(flags)(`$name${stripped ? ' (no punctuation)' : ''}`, (c) => {
      const found = findingsOf(skepticalResponseDetector, script(c.lines, { stripped }));
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ type: 'skeptical-response', index: c.anchor, speaker: c.speaker, target: c.target });
      expect(found[0]!.evidence[0]!.words).toBeTruthy();
    });
  }
});

describe('[skeptical-response] does not flag', () => {
  for (const stripped of [false, true]) {
    test.each(doesNotFlag)(`$name${stripped ? ' (no punctuation)' : ''}`, (c) => {
      expect(findingsOf(skepticalResponseDetector, script(c.lines, { stripped }))).toEqual([]);
    });
  }
});
