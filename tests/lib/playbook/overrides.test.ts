import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYBOOK, fillTemplate, lookup, type Phrasing } from '../../../lib/playbook/index.ts';
import {
  checkEditedEntry,
  emptyOverrides,
  exportPlaybook,
  importPlaybook,
  mergePlaybook,
  newPhrasingId,
  parseOverrides,
  PLAYBOOK_FILE_FORMAT,
  resetEntry,
  setEntryPhrasings,
} from '../../../lib/playbook/overrides.ts';

const ENTRY = 'repair.interruption.host-side';
const mine: Phrasing = {
  id: 'mine-1',
  text: 'My own words: please carry on.',
  roles: ['interviewer', 'host'],
  stage: 'inclusion',
};

describe('[playbook] overrides', () => {
  it('merges user phrasings over the defaults, leaving other entries alone', () => {
    const overrides = setEntryPhrasings(emptyOverrides(), ENTRY, [mine]);
    const merged = mergePlaybook(DEFAULT_PLAYBOOK, overrides);
    expect(lookup('interruption', 'interviewer', merged)!.phrasings).toEqual([mine]);
    expect(lookup('interruption', 'candidate', merged)).toBe(lookup('interruption', 'candidate'));
    expect(DEFAULT_PLAYBOOK.entries.find((e) => e.id === ENTRY)!.phrasings.length).toBeGreaterThan(1);
  });

  it('drops an override that would leave a role of the entry without a phrasing', () => {
    const onlyHost = { ...mine, roles: ['host' as const] };
    const merged = mergePlaybook(DEFAULT_PLAYBOOK, { version: 1, entries: { [ENTRY]: { phrasings: [onlyHost] } } });
    expect(lookup('interruption', 'interviewer', merged)).toBe(lookup('interruption', 'interviewer'));
    expect(checkEditedEntry(ENTRY, [onlyHost])).toEqual([expect.stringMatching(/0 for interviewer/)]);
  });

  it('forgets an override set back to the defaults, and resets one entry', () => {
    const defaults = lookup('interruption', 'interviewer')!.phrasings;
    expect(setEntryPhrasings(emptyOverrides(), ENTRY, [...defaults]).entries).toEqual({});
    const edited = setEntryPhrasings(emptyOverrides(), ENTRY, [mine]);
    expect(resetEntry(edited, ENTRY).entries).toEqual({});
  });

  it('reads stored overrides leniently', () => {
    expect(parseOverrides(null)).toEqual(emptyOverrides());
    expect(parseOverrides({ version: 2, entries: {} })).toEqual(emptyOverrides());
    const parsed = parseOverrides({
      version: 1,
      entries: { [ENTRY]: { phrasings: [mine, { id: 'x', text: '' }] }, junk: 3 },
    });
    expect(parsed.entries[ENTRY]!.phrasings).toEqual([mine]);
  });

  it('round-trips export → import', () => {
    const edited = mergePlaybook(DEFAULT_PLAYBOOK, setEntryPhrasings(emptyOverrides(), ENTRY, [mine]));
    const file = JSON.stringify(exportPlaybook(edited));
    const result = importPlaybook(file);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.entries).toEqual({ [ENTRY]: { phrasings: [mine] } });
  });

  it.each([
    ['not JSON', '{nope', /not valid JSON/],
    ['another format', JSON.stringify({ format: 'other', version: 1, entries: [] }), /not a Candor playbook file/],
    ['a newer version', JSON.stringify({ format: PLAYBOOK_FILE_FORMAT, version: 9, entries: [] }), /version 9/],
    [
      'an unknown entry',
      JSON.stringify({ format: PLAYBOOK_FILE_FORMAT, version: 1, entries: [{ id: 'nope', phrasings: [] }] }),
      /entries\[0\]\.id: there is no playbook entry "nope"/,
    ],
    [
      'an overlong script',
      JSON.stringify({
        format: PLAYBOOK_FILE_FORMAT,
        version: 1,
        entries: [{ id: ENTRY, phrasings: [{ ...mine, text: 'x'.repeat(221) }] }],
      }),
      /phrasings\[0\]\.text: 221 characters, the limit is 220/,
    ],
    [
      'a bad stage',
      JSON.stringify({
        format: PLAYBOOK_FILE_FORMAT,
        version: 1,
        entries: [{ id: ENTRY, phrasings: [{ ...mine, stage: 'bravery' }] }],
      }),
      /stage: must be one of inclusion, learner, contributor, challenger/,
    ],
  ])('refuses %s with a clear error', (_name, text, message) => {
    const result = importPlaybook(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join('\n')).toMatch(message);
  });

  it('names a new phrasing id that is free', () => {
    const entry = { ...lookup('interruption', 'interviewer')!, phrasings: [mine] };
    expect(newPhrasingId(entry)).toBe('mine-2');
  });
});

describe('[playbook] templates', () => {
  it('fills the quote and the other party, capitalising the start', () => {
    expect(
      fillTemplate('{them} came in before you had finished: {quote}', { quote: '…and the', them: undefined }),
    ).toBe('They came in before you had finished: “…and the”');
    expect(fillTemplate('You came in before {them} had finished: {quote}', { quote: 'so the', them: 'Ana' })).toBe(
      'You came in before Ana had finished: “so the”',
    );
  });

  it('drops a missing quote without a dangling colon', () => {
    expect(fillTemplate('A question to you seems to have slipped by: {quote}', {})).toBe(
      'A question to you seems to have slipped by',
    );
  });
});
