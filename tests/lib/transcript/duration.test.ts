import { describe, expect, it } from 'vitest';
import { clock, spokenDuration } from '../../../lib/transcript/duration.ts';

describe('clock', () => {
  it.each([
    [0, '0:00'],
    [5.9, '0:05'],
    [283, '4:43'],
    [3725, '1:02:05'],
    [-3, '0:00'],
  ])('%s s → %s', (seconds, text) => expect(clock(seconds)).toBe(text));
});

describe('spokenDuration', () => {
  it.each([
    [0, 'seconds', '0 s'],
    [40, 'seconds', '40 s'],
    [59.7, 'seconds', '59 s'],
    [277, 'seconds', '4 min 37 s'],
    [120, 'seconds', '2 min'],
    [3900, 'seconds', '1 h 5 min'],
    [3930, 'seconds', '1 h 5 min 30 s'],
    [40, 'minutes', '40 s'],
    [277, 'minutes', '4 min'],
    [3930, 'minutes', '1 h 5 min'],
  ] as const)('%s s at %s precision → %s', (seconds, precision, text) =>
    expect(spokenDuration(seconds, precision)).toBe(text),
  );
});
