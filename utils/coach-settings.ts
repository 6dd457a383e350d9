import { browser } from 'wxt/browser';
import type { Platform } from '../lib/capture/types.ts';
import { parsePerspectives } from '../lib/session/schemas.ts';
import type { Perspective } from '../lib/engine/types.ts';
import { SENSITIVITY_KEY, type Sensitivity } from '../lib/nudges/index.ts';
import {
  COACH_SETTINGS_KEYS,
  defaultCoachSettings,
  readCoachSettings,
  TIP_PACE_KEY,
  type CoachSettings,
  type TipPace,
} from '../lib/session/coach-settings.ts';

/** The role and "me" chosen per platform, so the next call on that platform starts with them. */
export const PERSPECTIVES_KEY = 'candor:perspectives';
/** How soon tips come in a live call; kept with the other coach settings (lib/session/coach-settings.ts). */
export { TIP_PACE_KEY };

/**
 * The user's coaching settings from extension storage, kept current as the options page or the
 * panel changes them. Reads are synchronous so a session can use them in the middle of analysis.
 */
export class CoachSettingsStore {
  private settings: CoachSettings = defaultCoachSettings();
  private perspectives: Partial<Record<Platform, Perspective>> = {};
  readonly ready: Promise<void>;

  constructor() {
    this.ready = this.load();
    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      if ([...COACH_SETTINGS_KEYS, PERSPECTIVES_KEY].some((key) => key in changes)) void this.load();
    });
  }

  current = (): CoachSettings => this.settings;

  /** Read from storage, not the cache: a practice page saves its role just before its first batch. */
  async perspectiveFor(platform: Platform): Promise<Perspective> {
    const stored = await browser.storage.local.get(PERSPECTIVES_KEY);
    this.perspectives = parsePerspectives(stored[PERSPECTIVES_KEY]);
    return this.perspectives[platform] ?? {};
  }

  /**
   * Read-modify-write against storage, not the cache: a reload triggered by an earlier save can land
   * between two saves and put back an older cache, which would drop the platform saved in between.
   */
  async savePerspective(platform: Platform, perspective: Perspective): Promise<void> {
    const stored = await browser.storage.local.get(PERSPECTIVES_KEY);
    const perspectives = { ...parsePerspectives(stored[PERSPECTIVES_KEY]), [platform]: perspective };
    this.perspectives = perspectives;
    await browser.storage.local.set({ [PERSPECTIVES_KEY]: perspectives });
  }

  async saveSensitivity(sensitivity: Sensitivity): Promise<void> {
    this.settings = { ...this.settings, sensitivity };
    await browser.storage.local.set({ [SENSITIVITY_KEY]: sensitivity });
  }

  async saveTipPace(pace: TipPace): Promise<void> {
    this.settings = { ...this.settings, pace };
    await browser.storage.local.set({ [TIP_PACE_KEY]: pace });
  }

  private async load(): Promise<void> {
    const stored = await browser.storage.local.get([...COACH_SETTINGS_KEYS, PERSPECTIVES_KEY]);
    this.settings = readCoachSettings(stored);
    this.perspectives = parsePerspectives(stored[PERSPECTIVES_KEY]);
  }
}
