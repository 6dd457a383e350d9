/**
 * Avatar photos → display names, kept across calls in the extension's local storage (never the call
 * page's). The content script bounds the list; the privacy page lists and deletes it like any key.
 */
import { browser } from 'wxt/browser';

export const REMEMBERED_NAMES_KEY = 'zoomNames';

export type RememberedName = [photo: string, name: string];

function isEntry(value: unknown): value is RememberedName {
  return Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string');
}

/** The stored names, most recently learned last; none when storage is unavailable. */
export async function loadRememberedNames(): Promise<RememberedName[]> {
  try {
    const stored = (await browser.storage.local.get(REMEMBERED_NAMES_KEY))[REMEMBERED_NAMES_KEY];
    return Array.isArray(stored) ? stored.filter(isEntry) : [];
  } catch {
    // Without storage names are still found on the page; they are just not remembered.
    return [];
  }
}

export function saveRememberedNames(entries: RememberedName[]): void {
  void browser.storage.local.set({ [REMEMBERED_NAMES_KEY]: entries }).catch(() => undefined);
}
