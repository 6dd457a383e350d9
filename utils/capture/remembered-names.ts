/**
 * Avatar photos → display names, kept across calls in the extension's local storage (never the call
 * page's). The content script bounds the list; the privacy page lists and deletes it like any key.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { MAX_SPEAKER_CHARS } from '../../lib/capture/protocol.ts';

export const REMEMBERED_NAMES_KEY = 'zoomNames';

export type RememberedName = [photo: string, name: string];

/** Storage is not trusted blindly: an entry is a photo address and a short name, or it is dropped. */
const RememberedNameSchema = v.tuple([
  v.pipe(v.string(), v.minLength(1), v.maxLength(4000)),
  v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_SPEAKER_CHARS)),
]);

/** The stored names, most recently learned last; none when storage is unavailable. */
export async function loadRememberedNames(): Promise<RememberedName[]> {
  try {
    const stored: unknown = (await browser.storage.local.get(REMEMBERED_NAMES_KEY))[REMEMBERED_NAMES_KEY];
    return Array.isArray(stored)
      ? stored.filter((entry): entry is RememberedName => v.is(RememberedNameSchema, entry))
      : [];
  } catch {
    // Without storage names are still found on the page; they are just not remembered.
    return [];
  }
}

export function saveRememberedNames(entries: RememberedName[]): void {
  void browser.storage.local.set({ [REMEMBERED_NAMES_KEY]: entries }).catch(() => undefined);
}
