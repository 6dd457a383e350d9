import { describe, expect, test } from 'vitest';
import { unansweredQuestionDetector } from '../../../../lib/engine/detectors/unanswered-question.ts';
import { script } from '../../../eval/script.ts';
import { describeDetector, type DetectorCase } from './detector-cases.ts';

const flags: DetectorCase[] = [
  {
    name: 'clarifying question deflected with a pivot, then the talk moves on',
    lines: [
      'Rep: The standard plan covers up to fifty users.',
      'Buyer: Just to be clear, does that include the admin accounts?',
      "Rep: Let's look at the integrations first, that's where it gets interesting.",
      'Rep: We connect to about forty tools out of the box.',
      'Buyer: Okay.',
      'Rep: And setup takes an afternoon.',
    ],
    anchor: 1,
    speaker: 'Buyer',
    target: 'Rep',
  },
  {
    name: 'question ignored: the other asks their own and the asker goes along',
    lines: [
      'Interviewer: So that is the team structure.',
      'Candidate: How is performance reviewed for this role?',
      "Interviewer: Great, so what's your current notice period?",
      'Candidate: It is four weeks at the moment.',
      'Interviewer: And would you need to relocate?',
      'Candidate: No, I already live nearby.',
      'Interviewer: Perfect, that makes things easier.',
    ],
    anchor: 1,
    speaker: 'Candidate',
    target: 'Interviewer',
  },
  {
    name: 'postponed without an answer, and the call ends',
    lines: [
      'Host: Do you have anything you would like to ask us?',
      'Applicant: Is the scholarship renewed every year?',
      "Host: We'll get to that later. Thanks for coming in today, that's all we have time for.",
    ],
    anchor: 1,
    speaker: 'Applicant',
    target: 'Host',
  },
];

const doesNotFlag: DetectorCase[] = [
  {
    name: 'a tag question "right?" seeks no answer',
    lines: [
      "Rep: You're using the old version today, right?",
      "Rep: Let's look at what changed in the new one.",
      'Rep: The editor is faster.',
      'Buyer: Nice.',
      'Rep: And exports are built in.',
      'Rep: Which saves a lot of time.',
    ],
  },
  {
    name: 'answered briefly',
    lines: [
      'Candidate: Is the role fully remote?',
      'Interviewer: Yes.',
      'Interviewer: So, tell me about your last project.',
      'Candidate: I led a data migration.',
    ],
  },
  {
    name: 'answered indirectly (the reply talks about the same thing)',
    lines: [
      'Buyer: How does billing work for seasonal staff?',
      'Rep: Seasonal staff are billed only for the months they are active.',
      "Rep: Anyway, let's look at reporting.",
      'Buyer: Sure.',
      'Rep: Reports go out weekly.',
    ],
  },
  {
    name: 'answered with a number',
    lines: [
      'Candidate: How many people are on the team?',
      'Interviewer: Nine, plus two contractors.',
      'Interviewer: Moving on to the case study.',
    ],
  },
  {
    name: 'the first reply might be an answer, so it is taken as one',
    lines: [
      'Buyer: How would the rollout work with our regional offices?',
      'Rep: Each region gets its own admin and we train them one by one.',
      'Buyer: Got it.',
      "Rep: Let's move on to pricing.",
    ],
  },
  {
    name: 'a rhetorical question',
    lines: [
      'Ana: Who knows what the market will do next year?',
      "Ben: Let's look at the plan.",
      'Ben: Phase one is hiring.',
      'Ana: Okay.',
      'Ben: Phase two is the launch.',
    ],
  },
  {
    name: 'a suggestion phrased as a question',
    lines: [
      "Ana: Why don't we take a short break?",
      "Ben: Let's look at the agenda first.",
      'Ben: Two items left.',
      'Ben: Both are short.',
    ],
  },
  {
    name: 'a counter-question to narrow it down',
    lines: [
      'Buyer: Does the plan include support?',
      'Rep: Phone or email support?',
      'Buyer: Phone.',
      'Rep: Phone support is in the premium plan.',
    ],
  },
  {
    name: 'a deferral that promises an answer',
    lines: [
      'Applicant: What is the average class size?',
      'Host: Good question, let me check and get back to you. Now, what made you apply?',
      'Applicant: The research groups.',
      'Host: Great.',
    ],
  },
  {
    name: 'the asker answers their own question',
    lines: [
      'Ana: What did we spend last quarter? Around forty thousand, I think.',
      "Ben: Let's look at this quarter.",
      'Ben: It is lower.',
      'Ben: Much lower.',
    ],
  },
];

describeDetector(unansweredQuestionDetector, { flags, doesNotFlag }, (flag) => {
  expect(flag.evidence).toHaveLength(2);
});

describe('[unanswered-question] contract', () => {
  test('waits for the window: a pivot alone, with the call still going, is not yet a flag', () => {
    const conv = script(['Buyer: Does it work offline?', "Rep: Let's look at the mobile app."]);
    const det = unansweredQuestionDetector;
    const turns = conv.cues.map((c, index) => ({ ...c, id: `t${index}`, self: false, final: true, index }));
    let state = det.init();
    for (let i = 0; i < turns.length; i++) {
      const [next, out] = det.step(state, turns[i]!, { perspective: {}, turns: turns.slice(0, i + 1), english: true });
      expect(out).toEqual([]);
      state = next;
    }
    // 60 s later with no answer, time alone closes it.
    const [, late] = det.advance!(state, turns[1]!.end + 61, { perspective: {}, turns, english: true }, false);
    expect(late).toHaveLength(1);
    expect(late[0]!.at).toBe(turns[0]!.start);
  });
});
