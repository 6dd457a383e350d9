import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS, INDICATORS, readChecklist } from '../../../lib/debrief/checklist.ts';
import { findRepairs } from '../../../lib/debrief/repairs.ts';
import { FLAG_TYPES, SIGNAL_TYPES } from '../../../lib/engine/types.ts';
import { scenarioById } from '../../../lib/practice/scenarios/index.ts';
import { debriefOf } from '../practice/replay.ts';
import { flag, signal, utterance as u } from './findings.ts';

const present = (id: string) => {
  const debrief = debriefOf(scenarioById(id)!);
  return Object.fromEntries(debrief.checklist.map((i) => [i.id, i.present]));
};

describe('checklist', () => {
  it('defines the five indicators from known flags and signals', () => {
    expect(INDICATORS.map((i) => i.id)).toEqual([...INDICATOR_IDS]);
    for (const indicator of INDICATORS) {
      expect(indicator.shownBy.length).toBeGreaterThan(0);
      for (const type of indicator.shownBy) expect(SIGNAL_TYPES).toContain(type);
      for (const type of indicator.underminedBy) expect(FLAG_TYPES).toContain(type);
    }
    // Every signal and flag bears on at least one indicator.
    for (const type of SIGNAL_TYPES) expect(INDICATORS.some((i) => i.shownBy.includes(type))).toBe(true);
    for (const type of FLAG_TYPES) expect(INDICATORS.some((i) => i.underminedBy.includes(type))).toBe(true);
  });

  it('is present when something shows it and nothing against it was left unmended', () => {
    const invite = u('a', 'Ana', 'Tell me about yourself, in your own words.', 0);
    const admit = u('b', 'Ben', "I haven't used it.", 3);
    const jab = u('c', 'Ana', "Really? That's pretty basic.", 5);
    const walkBack = u('d', 'Ana', 'I was too harsh there. What have you used instead?', 8);
    const flags = [flag('skeptical-response', jab, 'Ben', [admit, jab])];
    const signals = [signal('inclusion-prompt', invite, 'Ben')];

    const unmended = readChecklist(flags, signals, []);
    const authenticity = unmended.find((i) => i.id === 'authenticity')!;
    expect(authenticity.present).toBe(false);
    expect(authenticity.moments.map((m) => [m.effect, m.id])).toEqual([
      ['shows', 'inclusion-prompt@a'],
      ['undermines', 'skeptical-response@c'],
    ]);

    const { repairs } = findRepairs([invite, admit, jab, walkBack], flags, signals);
    const mended = readChecklist(flags, signals, repairs);
    expect(mended.find((i) => i.id === 'authenticity')!.present).toBe(true);
    expect(mended.find((i) => i.id === 'authenticity')!.moments.map((m) => m.effect)).toEqual([
      'shows',
      'mended',
      'shows',
    ]);
    // A repair of any flag shows outcomes; risk-taking is shown by the mended jab too.
    expect(mended.find((i) => i.id === 'outcomes')!.present).toBe(true);
    expect(mended.find((i) => i.id === 'risk-taking')!.present).toBe(true);
  });

  it('is absent with nothing to go on', () => {
    expect(readChecklist([], [], []).every((i) => !i.present && i.moments.length === 0)).toBe(true);
  });

  it('reads the rough interview as absent throughout', () => {
    expect(present('interview-rough')).toEqual({
      authenticity: false,
      'risk-taking': false,
      'open-dialogue': false,
      'respect-for-input': false,
      outcomes: false,
    });
  });

  it('reads the good interview as present throughout', () => {
    expect(present('interview-good')).toEqual({
      authenticity: true,
      'risk-taking': true,
      'open-dialogue': true,
      'respect-for-input': true,
      outcomes: true,
    });
  });
});
