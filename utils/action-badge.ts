import { browser } from 'wxt/browser';
import type { CaptureState } from '../lib/capture/types.ts';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/**
 * The toolbar icon's badge per capture state: a green mark while a call is being read, an amber "!"
 * when the call's captions are off or cannot be read, nothing outside a call.
 */
export function badgeFor(state: CaptureState): Badge {
  switch (state) {
    case 'capturing':
    case 'captions-on':
      return { text: 'ON', color: '#1e8e3e', title: 'Candor — reading this call’s captions' };
    case 'captions-off':
      return { text: '!', color: '#b06000', title: 'Candor — turn captions on in this call to get tips' };
    case 'unreadable':
      return { text: '!', color: '#b06000', title: 'Candor — this call’s captions cannot be read' };
    case 'no-call':
      return { text: '', color: '#80868b', title: 'Open Candor' };
  }
}

/** Shows a tab's capture state on the toolbar icon; Firefox's MV2 build calls the action `browserAction`. */
export async function showCaptureBadge(tabId: number, state: CaptureState): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!action) return;
  const badge = badgeFor(state);
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: badge.title }),
  ]);
}
