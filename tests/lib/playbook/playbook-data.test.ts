import { describe, expect, it } from 'vitest';
import { FLAG_TYPES, ROLES, STAGES } from '../../../lib/engine/types.ts';
import {
  GLANCE_WORDS,
  glanceText,
  wordCount,
  actingSide,
  actionablePairs,
  answerWritingIn,
  BEHAVIOUR_ONLY_ROLES,
  coverageErrors,
  DEFAULT_PLAYBOOK,
  LIMITS,
  lookup,
  MIN_PHRASINGS,
  phrasingsFor,
  validatePlaybook,
} from '../../../lib/playbook/index.ts';

const entries = DEFAULT_PLAYBOOK.entries;
const allPhrasings = entries.flatMap((entry) => entry.phrasings.map((phrasing) => ({ entry, phrasing })));

describe('[playbook] data lint', () => {
  it('passes the same validation an import gets, with three phrasings per listed role', () => {
    const result = validatePlaybook(DEFAULT_PLAYBOOK, { minPerRole: MIN_PHRASINGS });
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('has unique entry ids, and unique phrasing ids inside each entry', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of entries) {
      const phrasingIds = entry.phrasings.map((p) => p.id);
      expect(new Set(phrasingIds).size, entry.id).toBe(phrasingIds.length);
    }
  });

  it('covers every flag × actionable role with one entry and at least three phrasings', () => {
    expect(coverageErrors(DEFAULT_PLAYBOOK)).toEqual([]);
  });

  it.each(actionablePairs())(
    'lookup($type, $role) returns an entry with ≥3 phrasings for the role',
    ({ type, role }) => {
      const entry = lookup(type, role);
      expect(entry, `${type} × ${role}`).toBeDefined();
      expect(phrasingsFor(entry!, role).length).toBeGreaterThanOrEqual(MIN_PHRASINGS);
    },
  );

  it('returns nothing for a flag a role cannot act on', () => {
    expect(lookup('talk-dominance', 'candidate')).toBeUndefined();
    expect(lookup('monologue', 'buyer')).toBeUndefined();
    expect(lookup('skeptical-response', 'sales-rep')).toBeUndefined();
  });

  it('gives every role something to act on, and every flag someone who can act on it', () => {
    for (const role of ROLES)
      expect(
        FLAG_TYPES.some((type) => actingSide(type, role) !== null),
        role,
      ).toBe(true);
    for (const type of FLAG_TYPES)
      expect(
        ROLES.some((role) => actingSide(type, role) !== null),
        type,
      ).toBe(true);
  });

  it('has every tricky moment for candidates and applicants, and the openers', () => {
    const ids = entries.map((e) => e.id);
    for (const id of [
      'moment.not-knowing',
      'moment.bold-idea',
      'moment.sensing-judgment',
      'moment.mistake-highlighted',
      'moment.clarify-question',
      'moment.admitting-gap',
      'moment.interrupted',
      'opener.inclusion',
      'opener.process-transparency',
      'opener.panel-script',
      'invite.quiet-voice',
    ]) {
      expect(ids).toContain(id);
    }
    for (const entry of entries.filter((e) => e.kind === 'moment')) {
      expect(entry.roles).toEqual(expect.arrayContaining(['candidate', 'applicant']));
    }
  });

  it.each(allPhrasings.map(({ entry, phrasing }) => [`${entry.id}/${phrasing.id}`, phrasing] as const))(
    '%s fits the panel, is not empty, and has a valid stage and roles',
    (_name, phrasing) => {
      expect(phrasing.text.trim()).not.toBe('');
      expect(phrasing.text.length).toBeLessThanOrEqual(LIMITS.phrasing);
      expect(STAGES).toContain(phrasing.stage);
      expect(phrasing.roles.length).toBeGreaterThan(0);
      for (const role of phrasing.roles) expect(ROLES).toContain(role);
    },
  );

  it.each(allPhrasings.map(({ entry, phrasing }) => [`${entry.id}/${phrasing.id}`, phrasing] as const))(
    '%s reads at a glance on the live card (a short form when the script is long)',
    (_name, phrasing) => {
      expect(wordCount(glanceText(phrasing))).toBeLessThanOrEqual(GLANCE_WORDS);
      if (phrasing.short !== undefined) expect(wordCount(phrasing.text)).toBeGreaterThan(GLANCE_WORDS);
    },
  );

  it('keeps the one-line texts short and non-empty', () => {
    for (const entry of entries) {
      for (const [field, limit] of [
        ['title', LIMITS.title],
        ['whatHappened', LIMITS.whatHappened],
        ['whyItMatters', LIMITS.whyItMatters],
      ] as const) {
        expect(entry[field].trim(), `${entry.id}.${field}`).not.toBe('');
        expect(entry[field].length, `${entry.id}.${field}`).toBeLessThanOrEqual(limit);
        expect(entry[field], `${entry.id}.${field}`).not.toMatch(/\n/);
      }
    }
  });

  it('quotes the evidence in every flag entry', () => {
    for (const entry of entries.filter((e) => e.flags.length > 0))
      expect(entry.whatHappened, entry.id).toContain('{quote}');
  });

  it('builds every stage somewhere', () => {
    const built = new Set(allPhrasings.map(({ phrasing }) => phrasing.stage));
    expect([...built].sort()).toEqual([...STAGES].sort());
  });

  it('never writes answers in candidate or applicant scripts', () => {
    const offending = allPhrasings
      .filter(({ phrasing }) => phrasing.roles.some((role) => BEHAVIOUR_ONLY_ROLES.includes(role)))
      .map(({ entry, phrasing }) => ({ id: `${entry.id}/${phrasing.id}`, why: answerWritingIn(phrasing.text) }))
      .filter((x) => x.why !== null);
    expect(offending).toEqual([]);
  });
});

describe('[playbook] answer-writing check', () => {
  it.each([
    'The answer is to use a queue with two workers.',
    'Say you have 5 years of experience with it.',
    'I have extensive experience in distributed systems.',
    "I'm an expert in that area.",
    'For example, mention the migration you led.',
    'I would start with [your technology] and scale it.',
    'You should mention your certification.',
  ])('flags %j', (text) => {
    expect(answerWritingIn(text)).not.toBeNull();
  });

  it.each([
    "I don't know that one off the top of my head. Here is how I would go about finding out.",
    'Before I answer, can I come back to what I asked earlier? I want to get the scope right.',
    "Let me round that off quickly, and then I'm all yours.",
  ])('lets behaviour coaching through: %j', (text) => {
    expect(answerWritingIn(text)).toBeNull();
  });

  it('refuses an answer-writing candidate script in a playbook', () => {
    const entry = structuredClone(lookup('interruption', 'candidate')!);
    entry.phrasings[0]!.text = 'The correct answer is a binary search.';
    const result = validatePlaybook({ version: 1, entries: [entry] });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.join('\n')).toMatch(
        /entries\[0\]\.phrasings\[0\]\.text: a candidate or applicant script must coach behaviour only/,
      );
  });
});
