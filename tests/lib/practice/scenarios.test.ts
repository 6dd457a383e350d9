import { describe, expect, it } from 'vitest';
import type { FlagType, SignalType } from '../../../lib/engine/types.ts';
import { SCENARIO_KINDS } from '../../../lib/practice/types.ts';
import { SCENARIOS, scenarioById } from '../../../lib/practice/scenarios/index.ts';
import { timeScript } from '../../../lib/practice/script.ts';
import { debriefOf } from './replay.ts';

describe('timeScript', () => {
  it('times lines from their words, with gaps, pauses and overlaps', () => {
    const [a, b, c, d] = timeScript(
      [
        ['A', 'one two three four five'],
        ['B', 'mm-hm', { overlap: 1 }],
        ['A', 'six seven'],
        ['B', 'eight nine ten', { pause: 2 }],
      ],
      { start: 0, gap: 0.5, pace: 2.5 },
    );
    expect(a).toEqual({ speaker: 'A', text: 'one two three four five', start: 0, end: 2 });
    expect(b).toMatchObject({ start: 1, end: 1.6 });
    // The next turn follows the latest end, not the backchannel's.
    expect(c).toMatchObject({ start: 2.5, end: 3.3 });
    expect(d).toMatchObject({ start: 5.3, end: 6.5 });
  });
});

describe('built-in scenarios', () => {
  it('cover every kind, with unique ids', () => {
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
    expect(SCENARIOS.length).toBeGreaterThanOrEqual(6);
    for (const kind of SCENARIO_KINDS) expect(SCENARIOS.some((s) => s.kind === kind)).toBe(true);
    expect(scenarioById('panel-platform')?.kind).toBe('panel');
    expect(scenarioById('nope')).toBeUndefined();
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s is a well-formed conversation', (_, scenario) => {
    expect(scenario.lines.length).toBeGreaterThanOrEqual(20);
    expect(scenario.lines.length).toBeLessThanOrEqual(40);
    const speakers = new Set(scenario.lines.map((l) => l.speaker));
    expect(speakers.has(scenario.me)).toBe(true);
    expect(new Set(Object.keys(scenario.roles))).toEqual(speakers);
    if (scenario.kind === 'panel') expect(speakers.size).toBeGreaterThanOrEqual(3);
    for (const line of scenario.lines) {
      expect(line.end).toBeGreaterThan(line.start);
      expect(line.text.trim()).not.toBe('');
    }
    expect(scenario.watchFor.length).toBeGreaterThan(0);
  });

  // What each scenario is written to show, read through the same pipeline as a live call.
  const EXPECTED: Record<
    string,
    {
      flags: FlagType[];
      signals?: SignalType[];
      repaired?: FlagType[];
      open?: FlagType[];
      /** Moments the scenario was written to show that the shipped models miss today (expected failures). */
      missed?: FlagType[];
      /** A flag the models raise that the scenario does not contain (expected failure: it should not). */
      falseFlags?: FlagType[];
    }
  > = {
    'interview-rough': {
      flags: ['interruption', 'skeptical-response', 'monologue', 'unanswered-question', 'dismissed-objection'],
      open: ['interruption', 'skeptical-response', 'unanswered-question', 'dismissed-objection'],
      repaired: [],
    },
    'interview-good': {
      flags: ['interruption', 'dismissed-objection'],
      signals: [
        'inclusion-prompt',
        'clarification-invited',
        'mistake-reframed',
        'vulnerability-modeled',
        'respectful-challenge',
        'idea-offered',
      ],
      repaired: ['interruption', 'dismissed-objection'],
    },
    'sales-pushy': { flags: ['monologue', 'dismissed-objection', 'interruption'], open: ['dismissed-objection'] },
    'sales-consultative': {
      flags: ['interruption'],
      missed: ['unanswered-question'],
      signals: [
        'inclusion-prompt',
        'clarification-invited',
        'idea-offered',
        'respectful-challenge',
        'vulnerability-modeled',
      ],
      repaired: ['interruption'],
      open: [],
    },
    'admissions-nursing': {
      flags: ['skeptical-response', 'unanswered-question'],
      signals: ['inclusion-prompt', 'vulnerability-modeled'],
      repaired: ['skeptical-response', 'unanswered-question'],
      open: [],
    },
    'panel-platform': {
      flags: ['skeptical-response', 'unanswered-question'],
      signals: ['inclusion-prompt', 'clarification-invited', 'idea-offered', 'respectful-challenge'],
      repaired: ['skeptical-response', 'unanswered-question'],
      open: [],
      missed: ['interruption'],
    },
  };

  it.each(Object.entries(EXPECTED))('%s shows the moments it was written for', (id, expected) => {
    const debrief = debriefOf(scenarioById(id)!);
    const flagTypes = new Set(debrief.analysis.flags.map((f) => f.type));
    for (const type of expected.flags) expect(flagTypes, `flag ${type}`).toContain(type);
    const signalTypes = new Set(debrief.analysis.signals.map((s) => s.type));
    for (const type of expected.signals ?? []) expect(signalTypes, `signal ${type}`).toContain(type);
    const repaired = new Set(debrief.repairs.repairs.map((r) => r.flagType));
    if (expected.repaired) for (const type of expected.repaired) expect(repaired, `repaired ${type}`).toContain(type);
    if (expected.repaired?.length === 0) expect(debrief.repairs.repairs).toEqual([]);
    const open = new Set(debrief.repairs.open.map((f) => f.type));
    if (expected.open) for (const type of expected.open) expect(open, `open ${type}`).toContain(type);
    if (expected.open?.length === 0) expect(debrief.repairs.open).toEqual([]);
  });

  // The known misses and false flags, as expected failures: each turns red the day a model gets it right.
  const known = Object.entries(EXPECTED).flatMap(([id, e]) => [
    ...(e.missed ?? []).map((type) => ({ id, type, missed: true })),
    ...(e.falseFlags ?? []).map((type) => ({ id, type, missed: false })),
  ]);
  for (const { id, type, missed } of known) {
    it.fails(`${id}: known ${missed ? 'miss' : 'false flag'}, ${type}`, () => {
      const flagTypes = new Set(debriefOf(scenarioById(id)!).analysis.flags.map((f) => f.type));
      if (missed) expect(flagTypes).toContain(type);
      else expect(flagTypes).not.toContain(type);
    });
  }

  it('analyse the same at every speed and however the batches are cut', () => {
    const scenario = scenarioById('interview-rough')!;
    const key = (d: ReturnType<typeof debriefOf>) =>
      d.analysis.flags.map((f) => `${f.id}|${f.speaker}|${f.target}|${f.at}`);
    const instant = debriefOf(scenario, 'instant');
    expect(key(debriefOf(scenario, '1x', 7))).toEqual(key(instant));
    expect(key(debriefOf(scenario, '4x', 50))).toEqual(key(instant));
    expect(debriefOf(scenario, '1x', 7).utterances).toEqual(instant.utterances);
  });
});
