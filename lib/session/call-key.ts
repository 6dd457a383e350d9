import type { Platform } from '../capture/types.ts';

/** Which call a page URL belongs to: the same call in the same tab keeps one session across reloads. */
export interface CallKey {
  platform: Platform;
  /** `meet:abc-defg-hij`, `zoom:123456789`, `teams:<meeting or host>` or `practice:<run uuid>`. */
  key: string;
}

// Meet codes look like abc-defg-hij; the landing page and settings paths are not calls.
const MEET_CODE = /^\/([a-z]{3,4}-[a-z]{4}-[a-z]{3,4})(?:[/?#]|$)/i;
// Zoom's web client puts the meeting number right after /wc/ (optionally /wc/join/<id>).
const ZOOM_ID = /^\/wc\/(?:join\/)?(\d{6,13})(?:[/?#]|$)/;
// Teams' web hosts: the work/school app (incl. /v2/ and guest light-meetings), the personal app, the new domain.
const TEAMS_HOSTS = new Set(['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft']);
// A join link carries the meeting thread (19:meeting_…@thread.v2); the in-call app URL often carries none.
const TEAMS_THREAD = /19:(meeting_[A-Za-z0-9_-]{8,200})@thread\.v2/;
// A practice run is the extension's own page with a fresh run id; only extension pages have these schemes.
const EXTENSION_SCHEMES = new Set(['chrome-extension:', 'moz-extension:']);
const RUN_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function callKeyOf(url: string): CallKey | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (EXTENSION_SCHEMES.has(parsed.protocol)) {
    const run = parsed.pathname === '/practice.html' ? parsed.searchParams.get('run') : null;
    return run && RUN_ID.test(run) ? { platform: 'practice', key: `practice:${run.toLowerCase()}` } : null;
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
  if (TEAMS_HOSTS.has(parsed.hostname)) return { platform: 'teams', key: `teams:${teamsCallOf(parsed)}` };
  return null;
}

/** The meeting thread when the URL names one; otherwise the app itself (one call at a time per tab). */
function teamsCallOf(url: URL): string {
  let text = `${url.pathname}${url.search}`;
  try {
    text = decodeURIComponent(text);
  } catch {
    // A malformed escape: look in the raw text.
  }
  return TEAMS_THREAD.exec(text)?.[1] ?? url.hostname;
}
