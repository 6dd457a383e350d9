import { describe, expect, test } from 'vitest';
import { isBackchannel, takesFloor } from '../../../lib/nlp/turn-taking.ts';

describe('[nlp/turn-taking] backchannels', () => {
  test.each(['mm-hm', 'Mm-hm.', 'uh-huh', 'Right.', 'yeah yeah', 'Oh, okay.', 'Got it.', 'I see.', 'mhm right', 'um'])(
    '%s is a backchannel',
    (t) => {
      expect(isBackchannel(t)).toBe(true);
    },
  );
  test.each(['No, that is wrong.', 'Which one?', 'Hold on, wait.', 'Yeah, but how long?', 'Sure, send it over.'])(
    '%s is not',
    (t) => {
      expect(isBackchannel(t)).toBe(false);
    },
  );
  test('taking the floor needs words, not just sound', () => {
    expect(takesFloor('Mm-hm, yeah, right.')).toBe(false);
    expect(takesFloor('What was the budget for that?')).toBe(true);
    expect(takesFloor('Which one?')).toBe(false);
  });
});
