import { describe, expect, test } from 'vitest';
import { SIGNAL_TYPES } from '../../../../lib/engine/types.ts';
import {
  SIGNAL_DETECTORS,
  clarificationInvitedSignal,
  ideaOfferedSignal,
  inclusionPromptSignal,
  mistakeReframedSignal,
  respectfulChallengeSignal,
  vulnerabilityModeledSignal,
} from '../../../../lib/engine/signals/index.ts';
import { findingsOf, script } from '../../../eval/script.ts';

describe('[signals] registry', () => {
  test('one detector per signal type, in SIGNAL_TYPES order', () => {
    expect(SIGNAL_DETECTORS.map((d) => d.id)).toEqual([...SIGNAL_TYPES]);
    for (const d of SIGNAL_DETECTORS) expect(d.needsEnglish).toBe(true);
  });
});

const cases = [
  {
    detector: inclusionPromptSignal,
    yes: ['Host: In your own words, what would you bring to the team?', 'Guest: Mostly a calm head during incidents.'],
    no: ['Host: What time is it in Lisbon now?', 'Guest: Nearly five.'],
  },
  {
    detector: vulnerabilityModeledSignal,
    yes: ["Host: Honestly, we're still figuring out how to price the enterprise tier."],
    no: ['Host: Our pricing is fixed for the year.'],
  },
  {
    detector: clarificationInvitedSignal,
    yes: ['Host: Any questions so far? Feel free to stop me.'],
    no: ['Host: The next slide shows the numbers.'],
  },
  {
    detector: mistakeReframedSignal,
    yes: [
      'Guest: I got the dates wrong in my report.',
      'Host: Thanks for flagging it. What would you do differently next time?',
    ],
    no: ['Guest: I got the dates wrong in my report.', 'Host: You should have checked them before sending.'],
  },
  {
    detector: ideaOfferedSignal,
    yes: ['Guest: What if we tried a two week pilot with one team first?'],
    no: ['Guest: We ran the pilot last year with one team.'],
  },
  {
    detector: respectfulChallengeSignal,
    yes: [
      'Guest: I see it a bit differently, I think the risk is in the data model.',
      "Host: That's a fair point, tell me more about the data model.",
    ],
    no: [
      'Guest: I see it a bit differently, I think the risk is in the data model.',
      "Host: Don't worry about that, trust me. Moving on.",
    ],
  },
];

describe('[signals] found', () => {
  test.each(cases.map((c) => ({ name: c.detector.id, ...c })))('$name', (c) => {
    const found = findingsOf(c.detector, script(c.yes));
    expect(found).toHaveLength(1);
    expect(found[0]!.kind).toBe('signal');
    expect(found[0]!.type).toBe(c.detector.id);
  });
});

describe('[signals] not found', () => {
  test.each(cases.map((c) => ({ name: c.detector.id, ...c })))('$name', (c) => {
    expect(findingsOf(c.detector, script(c.no))).toEqual([]);
  });
  test('vulnerability is the host\'s: with a host role and "me", only my own turns count', () => {
    const conv = script(['Guest: Honestly, we are still figuring out our hiring plan.'], {
      perspective: { role: 'interviewer', me: 'Host' },
    });
    expect(findingsOf(vulnerabilityModeledSignal, conv)).toEqual([]);
  });
});
