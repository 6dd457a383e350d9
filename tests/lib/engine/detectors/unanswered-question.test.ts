import { describe, expect, test } from 'vitest';
import { alternativesOf, unansweredQuestionDetector } from '../../../../lib/engine/detectors/unanswered-question.ts';
import { analyse } from '../../../../lib/nlp/index.ts';
import { describeDetector, type DetectorCase } from './detector-cases.ts';
import { candidatesOf, findingsOf, script, stubScorer } from '../../../eval/script.ts';

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
    knownMiss: 'a question met by the addressee asking their own is rare in training; its window scores low',
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
    knownMiss:
      'a deferral ("we\'ll get to that later") reads as an answer, and the call ends before it shows otherwise',
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

describe('[unanswered-question] structure', () => {
  const always = { 'unanswered-question': stubScorer('unanswered-question', () => true) };
  test('a question is judged once its window closes: three turns by others', () => {
    const conv = script([
      'Buyer: Does it work offline?',
      "Rep: Let's look at the mobile app first.",
      'Rep: It syncs every few minutes.',
      'Rep: And the reports are on the home screen.',
    ]);
    const found = candidatesOf(unansweredQuestionDetector, conv);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: 'Buyer', target: 'Rep' });
    expect(found[0]!.features.has('close:turns')).toBe(true);
  });
  test('…or about 60 s with at least one reply, or the end of the call', () => {
    const byTime = script(['Buyer: Does it work offline?', "Rep: Let's look at the mobile app.", '+61 Rep: Anyway.']);
    expect(findingsOf(unansweredQuestionDetector, byTime, always)).toHaveLength(1);
    const byEnd = script(['Buyer: Does it work offline?', "Rep: Let's look at the mobile app."]);
    const [end] = candidatesOf(unansweredQuestionDetector, byEnd);
    expect(end!.features.has('close:end')).toBe(true);
  });
  test('no reply at all is no candidate: nobody has moved on yet', () => {
    expect(candidatesOf(unansweredQuestionDetector, script(['Buyer: Does it work offline?']))).toEqual([]);
  });
  test('a flag anchors on the question and quotes it', () => {
    const conv = script(['Buyer: Does it work offline?', "Rep: Let's look at the mobile app."]);
    const [flag] = findingsOf(unansweredQuestionDetector, conv, always);
    expect(flag).toMatchObject({ index: 0, speaker: 'Buyer', target: 'Rep' });
    expect(flag!.evidence[0]!.words).toMatch(/offline/);
  });
  test('an either-or question is told apart by whether a reply names either side', () => {
    const sides = alternativesOf(analyse('Is the fee per user per month, or per location?'));
    expect(sides && [...sides]).toEqual(expect.arrayContaining(['user', 'month', 'location']));
    expect(alternativesOf(analyse('Is it ready or not?'))).toBeNull();
    expect(alternativesOf(analyse('Does it work offline?'))).toBeNull();
    const named = script(['Buyer: Is the fee per user, or per location?', 'Rep: Per location, all in.']);
    expect(candidatesOf(unansweredQuestionDetector, named)[0]!.features.has('alt.picked:0')).toBe(true);
    const past = script(['Buyer: Is the fee per user, or per location?', 'Rep: It covers everything, no add-ons.']);
    expect(candidatesOf(unansweredQuestionDetector, past)[0]!.features.has('alt.picked:never')).toBe(true);
  });
  test('a promise to come back to it is told apart from an answer', () => {
    const featuresOf = (reply: string) =>
      candidatesOf(unansweredQuestionDetector, script(['Buyer: Is the scholarship renewed every year?', reply]))[0]!
        .features;
    expect(featuresOf('Host: Can we park that for a moment?').has('v0:put-off')).toBe(true);
    expect(featuresOf("Host: I'll check and get back to you.").has('v0:put-off')).toBe(true);
    expect(featuresOf("Host: Honestly, I don't know.").has('v0:answer')).toBe(true);
  });
  test('a reply that calls on a third person by name hands the floor on', () => {
    const conv = script([
      'Ana: Is funding guaranteed after the second year?',
      'Ben: Did you want to say something about the reading group, Mei?',
      'Mei: Yes, we meet on Thursdays.',
    ]);
    expect(candidatesOf(unansweredQuestionDetector, conv)[0]!.features.has('r0.calls:other')).toBe(true);
  });
});
