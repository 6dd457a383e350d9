import { browser } from 'wxt/browser';
import { SENSITIVITY_KEY } from '../../lib/nudges/index.ts';
import { PLAYBOOK_OVERRIDES_KEY } from '../../lib/playbook/overrides.ts';
import { PERSPECTIVES_KEY, TIP_PACE_KEY } from '../../utils/coach-settings.ts';
import { REMEMBERED_NAMES_KEY } from '../../utils/capture/remembered-names.ts';

/** What each key in the extension's storage holds, in plain words; unknown keys are listed as they are. */
export const SETTING_DESCRIPTIONS: Record<string, string> = {
  [PERSPECTIVES_KEY]: 'Your role and which speaker is you, remembered per platform.',
  [SENSITIVITY_KEY]: 'How sensitive each kind of tip is, after your "not useful" answers.',
  [PLAYBOOK_OVERRIDES_KEY]: 'Scripts you edited or added in the playbook.',
  [TIP_PACE_KEY]: 'Whether tips start after two minutes (calm) or after 20 seconds (quick).',
  [REMEMBERED_NAMES_KEY]: 'Names of Zoom participants, matched to their profile pictures, so captions show who spoke.',
};

export interface SettingsArea {
  all(): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

export const extensionSettings: SettingsArea = {
  all: () => browser.storage.local.get(null),
  remove: (keys) => browser.storage.local.remove(keys),
};
