import { describe, expect, it } from 'vitest';
import { callNameOf, speakersCalledOn } from '../../../lib/engine/addressing.ts';

describe('callNameOf', () => {
  it('takes the first name people use, past titles, companies and devices', () => {
    expect(callNameOf('Cllr. Margaret Hughes')).toBe('margaret');
    expect(callNameOf('Dr. Samuel Osei')).toBe('samuel');
    expect(callNameOf("Marco's iPhone")).toBe('marco');
    expect(callNameOf('Tobi Adewale | Ledgerly')).toBe('tobi');
    expect(callNameOf('Hannah Cole (she/her)')).toBe('hannah');
  });

  it('has no name for a stand-in', () => {
    expect(callNameOf('Speaker 2')).toBeNull();
    expect(callNameOf('Guest')).toBeNull();
  });
});

describe('speakersCalledOn', () => {
  const speakers = ['Brandon Kowalski', 'Ngozi Okonkwo', 'Liam O’Connor', 'Mei Tanaka'];

  it('finds a name that hands the floor over at a turn’s start or end', () => {
    expect(speakersCalledOn('ok ngozi castlegate whats happening there', speakers)).toEqual(['Ngozi Okonkwo']);
    expect(
      speakersCalledOn('That one is for the graduate office. Did you want to add something, Mei?', speakers),
    ).toEqual(['Mei Tanaka']);
  });

  it('ignores a name mentioned in passing mid-turn', () => {
    expect(speakersCalledOn('we sent the draft over and i think ngozi had a look at it last week', speakers)).toEqual(
      [],
    );
  });
});
