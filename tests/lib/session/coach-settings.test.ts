import { describe, expect, it } from 'vitest';
import { defaultSensitivity, SENSITIVITY_KEY } from '../../../lib/nudges/index.ts';
import { DEFAULT_PLAYBOOK } from '../../../lib/playbook/index.ts';
import { emptyOverrides, PLAYBOOK_OVERRIDES_KEY, setEntryPhrasings } from '../../../lib/playbook/overrides.ts';
import {
  defaultCoachSettings,
  playbookOf,
  readCoachSettings,
  TIP_PACE_KEY,
} from '../../../lib/session/coach-settings.ts';

const edited = setEntryPhrasings(emptyOverrides(), 'repair.monologue.host-side', [
  { id: 'mine-1', text: 'Over to you.', roles: ['interviewer', 'host'], stage: 'inclusion' },
]);

describe('coach settings', () => {
  it('reads stored values, and falls back to the defaults for anything unreadable', () => {
    expect(readCoachSettings({})).toEqual(defaultCoachSettings());
    expect(readCoachSettings({ [SENSITIVITY_KEY]: 'nonsense', [PLAYBOOK_OVERRIDES_KEY]: 42 })).toEqual(
      defaultCoachSettings(),
    );
    expect(readCoachSettings({ [PLAYBOOK_OVERRIDES_KEY]: edited }).overrides).toEqual(edited);
  });

  it('reads the tip pace: quick only when chosen, calm for anything else', () => {
    expect(readCoachSettings({ [TIP_PACE_KEY]: 'quick' }).pace).toBe('quick');
    expect(readCoachSettings({ [TIP_PACE_KEY]: 'calm' }).pace).toBe('calm');
    expect(readCoachSettings({ [TIP_PACE_KEY]: 'fast' }).pace).toBe('calm');
    expect(defaultCoachSettings().pace).toBe('calm');
  });

  it("coaches with the defaults merged with the user's edits, merged once per edit", () => {
    expect(playbookOf(defaultCoachSettings()).entries).toEqual(DEFAULT_PLAYBOOK.entries);
    const settings = { sensitivity: defaultSensitivity(), overrides: edited };
    const playbook = playbookOf(settings);
    expect(playbook.entries.find((e) => e.id === 'repair.monologue.host-side')?.phrasings.map((p) => p.id)).toEqual([
      'mine-1',
    ]);
    expect(playbookOf({ ...settings })).toBe(playbook);
  });
});
