import { describe, expect, it } from 'vitest';
import { matchesQuery, foldText } from '../../../lib/debrief/history.ts';
import { cleanReflection } from '../../../lib/debrief/reflection.ts';
import {
  DEFAULT_RETENTION,
  describeRetention,
  isExpired,
  readRetention,
} from '../../../lib/debrief/retention-policy.ts';
import { titleOf, type StoredSession } from '../../../lib/debrief/session-meta.ts';

const DAY = 86_400_000;
const session = (over: Partial<StoredSession> = {}): StoredSession => ({
  id: 's1',
  tabId: 3,
  platform: 'meet',
  callKey: 'meet:abc-defg-hij',
  origin: 0,
  startedAt: new Date(2025, 2, 3, 14, 5).getTime(),
  updatedAt: 10 * DAY,
  lastSeq: {},
  ...over,
});

describe('retention policy', () => {
  it('reads stored values, falling back to the default', () => {
    expect(readRetention({ kind: 'days', days: 7 })).toEqual({ kind: 'days', days: 7 });
    expect(readRetention({ kind: 'forever' })).toEqual({ kind: 'forever' });
    expect(readRetention({ kind: 'nothing', extra: 1 })).toEqual({ kind: 'nothing' });
    for (const bad of [
      null,
      'x',
      { kind: 'days', days: 0 },
      { kind: 'days', days: 2.5 },
      { kind: 'days', days: 99_999 },
      { kind: 'weeks' },
    ]) {
      expect(readRetention(bad)).toEqual(DEFAULT_RETENTION);
    }
  });

  it('expires by age, never, or with the tab', () => {
    const s = session({ updatedAt: 0, tabId: 3 });
    expect(isExpired(s, { kind: 'days', days: 7 }, 7 * DAY)).toBe(false);
    expect(isExpired(s, { kind: 'days', days: 7 }, 7 * DAY + 1)).toBe(true);
    expect(isExpired(s, { kind: 'forever' }, 1e15)).toBe(false);
    expect(isExpired(s, { kind: 'nothing' }, 0, new Set([3]))).toBe(false);
    expect(isExpired(s, { kind: 'nothing' }, 0, new Set([4]))).toBe(true);
    expect(isExpired(s, { kind: 'nothing' }, 0)).toBe(false);
    expect(describeRetention({ kind: 'days', days: 1 })).toContain('a day');
  });
});

describe('reflection', () => {
  it('keeps only known answers and bounded text', () => {
    expect(cleanReflection({ feltSafe: 'partly', notes: 'n', nextTime: 'x'.repeat(5000), extra: 1 }, 5)).toEqual({
      feltSafe: 'partly',
      notes: 'n',
      nextTime: 'x'.repeat(4000),
      savedAt: 5,
    });
    expect(cleanReflection({ feltSafe: 'maybe', notes: ' ', nextTime: '' }, 5)).toBeNull();
    expect(cleanReflection('nope', 5)).toBeNull();
  });
});

describe('history search', () => {
  it('matches names, dates and text hits, every word of the query', () => {
    const s = session({
      title: 'Interview with Zoë',
      digest: {
        utterances: 2,
        speakers: ['Zoë Park', 'Sam'],
        duration: 60,
        flags: 0,
        signals: 0,
        repairs: 0,
        builtFrom: 0,
      },
    });
    expect(matchesQuery(s, 'zoe', new Set())).toBe(true);
    expect(matchesQuery(s, 'interview park', new Set())).toBe(true);
    expect(matchesQuery(s, 'March 2025', new Set())).toBe(true);
    expect(matchesQuery(s, '2025-03-03', new Set())).toBe(true);
    expect(matchesQuery(s, 'monday', new Set())).toBe(true);
    expect(matchesQuery(s, 'budget', new Set())).toBe(false);
    expect(matchesQuery(s, 'budget', new Set(['s1']))).toBe(true);
    expect(matchesQuery(s, '   ', new Set())).toBe(true);
    expect(foldText('  Ünïcode  TEXT ')).toBe('unicode text');
  });

  it('titles untitled calls by platform and date', () => {
    expect(titleOf(session())).toBe('Google Meet call, 3 March 2025, 14:05');
    expect(titleOf(session({ imported: { at: 0 } }))).toMatch(/^Imported call/);
  });
});
