/**
 * The options page's only door to extension storage. The background reads the same keys with the same
 * parser (lib/session/coach-settings.ts).
 */
import { browser } from 'wxt/browser';
import { parseSensitivity, type Sensitivity, SENSITIVITY_KEY } from '../../lib/nudges/sensitivity.ts';
import { parseOverrides, PLAYBOOK_OVERRIDES_KEY, type PlaybookOverrides } from '../../lib/playbook/overrides.ts';
import { COACH_SETTINGS_KEYS, readCoachSettings, type CoachSettings } from '../../lib/session/coach-settings.ts';

/** What the options page needs from storage; tests pass an in-memory one. */
export interface OptionsStorage {
  load(): Promise<CoachSettings>;
  saveOverrides(overrides: PlaybookOverrides): Promise<void>;
  saveSensitivity(sensitivity: Sensitivity): Promise<void>;
  /** Calls back when another part of the extension changes a setting ("not useful" in the panel). */
  watch(onChange: (changed: Partial<CoachSettings>) => void): () => void;
}

export const extensionStorage: OptionsStorage = {
  async load() {
    return readCoachSettings(await browser.storage.local.get([...COACH_SETTINGS_KEYS]));
  },
  async saveOverrides(overrides) {
    await browser.storage.local.set({ [PLAYBOOK_OVERRIDES_KEY]: overrides });
  },
  async saveSensitivity(sensitivity) {
    await browser.storage.local.set({ [SENSITIVITY_KEY]: sensitivity });
  },
  watch(onChange) {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'local') return;
      const changed: Partial<CoachSettings> = {};
      if (PLAYBOOK_OVERRIDES_KEY in changes)
        changed.overrides = parseOverrides(changes[PLAYBOOK_OVERRIDES_KEY]?.newValue);
      if (SENSITIVITY_KEY in changes) changed.sensitivity = parseSensitivity(changes[SENSITIVITY_KEY]?.newValue);
      if (Object.keys(changed).length > 0) onChange(changed);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};
