import { browser } from 'wxt/browser';
import type { Platform } from '../lib/capture/types.ts';
import type { Perspective } from '../lib/engine/types.ts';
import { ROLES } from '../lib/engine/types.ts';
import { parseSensitivity, SENSITIVITY_KEY, type Sensitivity } from '../lib/nudges/index.ts';
import { mergePlaybook, parseOverrides, PLAYBOOK_OVERRIDES_KEY } from '../lib/playbook/overrides.ts';
import { defaultCoachSettings, type CoachSettings } from '../lib/session/call-session.ts';

/** The role and "me" chosen per platform, so the next call on that platform starts with them. */
export const PERSPECTIVES_KEY = 'candor:perspectives';

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
      if (SENSITIVITY_KEY in changes || PLAYBOOK_OVERRIDES_KEY in changes || PERSPECTIVES_KEY in changes)
        void this.load();
    });
  }

  current = (): CoachSettings => this.settings;

  /** Read from storage, not the cache: a practice page saves its role just before its first batch. */
  async perspectiveFor(platform: Platform): Promise<Perspective> {
    const stored = await browser.storage.local.get(PERSPECTIVES_KEY);
    this.perspectives = parsePerspectives(stored[PERSPECTIVES_KEY]);
    return this.perspectives[platform] ?? {};
  }

  async savePerspective(platform: Platform, perspective: Perspective): Promise<void> {
    this.perspectives = { ...this.perspectives, [platform]: perspective };
    await browser.storage.local.set({ [PERSPECTIVES_KEY]: this.perspectives });
  }

  async saveSensitivity(sensitivity: Sensitivity): Promise<void> {
    this.settings = { ...this.settings, sensitivity };
    await browser.storage.local.set({ [SENSITIVITY_KEY]: sensitivity });
  }

  private async load(): Promise<void> {
    const stored = await browser.storage.local.get([SENSITIVITY_KEY, PLAYBOOK_OVERRIDES_KEY, PERSPECTIVES_KEY]);
    this.settings = {
      sensitivity: parseSensitivity(stored[SENSITIVITY_KEY]),
      playbook: mergePlaybook(undefined, parseOverrides(stored[PLAYBOOK_OVERRIDES_KEY])),
    };
    this.perspectives = parsePerspectives(stored[PERSPECTIVES_KEY]);
  }
}

/** Storage is not trusted blindly: keep only known roles and short names. */
export function parsePerspective(value: unknown): Perspective {
  if (typeof value !== 'object' || value === null) return {};
  const { role, me } = value as { role?: unknown; me?: unknown };
  return {
    ...(typeof role === 'string' && (ROLES as readonly string[]).includes(role)
      ? { role: role as Perspective['role'] }
      : {}),
    ...(typeof me === 'string' && me.length > 0 && me.length <= 200 ? { me } : {}),
  };
}

function parsePerspectives(value: unknown): Partial<Record<Platform, Perspective>> {
  if (typeof value !== 'object' || value === null) return {};
  const out: Partial<Record<Platform, Perspective>> = {};
  for (const platform of ['meet', 'zoom', 'teams', 'practice'] as const) {
    const perspective = parsePerspective((value as Record<string, unknown>)[platform]);
    if (perspective.role || perspective.me) out[platform] = perspective;
  }
  return out;
}
