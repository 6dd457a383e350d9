import type { Platform } from '../capture/types.ts';

/** Which call a page URL belongs to: the same call in the same tab keeps one session across reloads. */
export interface CallKey {
  platform: Platform;
  /** `meet:abc-defg-hij` or `zoom:123456789`. */
  key: string;
}

// Meet codes look like abc-defg-hij; the landing page and settings paths are not calls.
const MEET_CODE = /^\/([a-z]{3,4}-[a-z]{4}-[a-z]{3,4})(?:[/?#]|$)/i;
// Zoom's web client puts the meeting number right after /wc/ (optionally /wc/join/<id>).
const ZOOM_ID = /^\/wc\/(?:join\/)?(\d{6,13})(?:[/?#]|$)/;

export function callKeyOf(url: string): CallKey | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  if (parsed.hostname === 'meet.google.com') {
    const code = MEET_CODE.exec(parsed.pathname)?.[1];
    return code ? { platform: 'meet', key: `meet:${code.toLowerCase()}` } : null;
  }
  if (parsed.hostname === 'zoom.us' || parsed.hostname.endsWith('.zoom.us')) {
    const id = ZOOM_ID.exec(parsed.pathname)?.[1];
    return id ? { platform: 'zoom', key: `zoom:${id}` } : null;
  }
  return null;
}
