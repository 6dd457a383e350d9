import { describe, expect, it } from 'vitest';
import { parsePanelRequest, parsePerspective, parsePerspectives } from '../../../lib/session/schemas.ts';

describe('panel requests', () => {
  it.each([
    [
      { type: 'watch', tabId: 3 },
      { type: 'watch', tabId: 3 },
    ],
    [
      { type: 'feedback', tabId: 3, nudgeId: 'nudge:a', feedback: 'not-now' },
      { type: 'feedback', tabId: 3, nudgeId: 'nudge:a', feedback: 'not-now' },
    ],
    [
      { type: 'another-phrasing', tabId: 3, nudgeId: 'nudge:a' },
      { type: 'another-phrasing', tabId: 3, nudgeId: 'nudge:a' },
    ],
    [
      { type: 'undo-feedback', tabId: 3, nudgeId: 'nudge:a' },
      { type: 'undo-feedback', tabId: 3, nudgeId: 'nudge:a' },
    ],
    [
      { type: 'perspective', tabId: 3, perspective: { role: 'interviewer', me: 'Ana' } },
      { type: 'perspective', tabId: 3, perspective: { role: 'interviewer', me: 'Ana' } },
    ],
    // A perspective keeps what fits and drops the rest.
    [
      { type: 'perspective', tabId: 3, perspective: { role: 'king', me: 'Ana' } },
      { type: 'perspective', tabId: 3, perspective: { me: 'Ana' } },
    ],
    [
      { type: 'perspective', tabId: 3, perspective: 'nonsense' },
      { type: 'perspective', tabId: 3, perspective: {} },
    ],
  ])('accepts %j', (message, expected) => {
    expect(parsePanelRequest(message)).toStrictEqual(expected);
  });

  it.each([
    null,
    'watch',
    { type: 'watch' },
    { type: 'watch', tabId: 1.5 },
    { type: 'feedback', tabId: 3, nudgeId: 'nudge:a', feedback: 'love it' },
    { type: 'feedback', tabId: 3, nudgeId: 'x'.repeat(300), feedback: 'helpful' },
    { type: 'another-phrasing', tabId: 3 },
    { type: 'undo-feedback', tabId: 3 },
    { type: 'delete-everything', tabId: 3 },
  ])('drops %j', (message) => {
    expect(parsePanelRequest(message)).toBeNull();
  });
});

describe('stored perspectives', () => {
  it('keeps known roles and short names only', () => {
    expect(parsePerspective({ role: 'host', me: 'x'.repeat(201) })).toStrictEqual({ role: 'host' });
    expect(parsePerspective(undefined)).toStrictEqual({});
  });

  it('reads one perspective per known platform and leaves out empty or unknown ones', () => {
    expect(
      parsePerspectives({
        meet: { role: 'candidate' },
        zoom: { role: 'nobody' },
        teams: { me: 'Ana' },
        webex: { role: 'host' },
        practice: { me: 'Sam' },
      }),
    ).toStrictEqual({ meet: { role: 'candidate' }, teams: { me: 'Ana' }, practice: { me: 'Sam' } });
    expect(parsePerspectives({ teams: 7 })).toStrictEqual({});
    expect(parsePerspectives('broken')).toStrictEqual({});
  });
});
