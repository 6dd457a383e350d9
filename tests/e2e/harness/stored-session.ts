/** Reading what the extension stored, straight from its IndexedDB (from any of its pages). */
import type { Page } from 'playwright-core';
import type { NudgePolicyState } from '../../../lib/nudges/index.ts';
import type { SessionRecord } from '../../../lib/session/call-session.ts';

/** The session record as stored, or undefined; `page` must be an extension page. */
export function storedSession(
  page: Page,
  id: string,
): Promise<(SessionRecord & { nudges?: NudgePolicyState }) | undefined> {
  return page.evaluate(async (sessionId) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const open = indexedDB.open('candor');
      open.onsuccess = () => ok(open.result);
      open.onerror = () => fail(open.error);
    });
    const record = await new Promise<SessionRecord | undefined>((ok, fail) => {
      const request = db.transaction('sessions').objectStore('sessions').get(sessionId);
      request.onsuccess = () => ok(request.result as SessionRecord | undefined);
      request.onerror = () => fail(request.error);
    });
    db.close();
    return record;
  }, id);
}
