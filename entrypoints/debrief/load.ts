/** Loads one stored call and derives its debrief, caching a digest for the history list. */
import { buildDebrief, digestOf, type Debrief } from '../../lib/debrief/debrief.ts';
import type { StoredSession } from '../../utils/session-store.ts';
import type { PageStore } from '../../utils/store-messages.ts';

export interface LoadedCall {
  session: StoredSession;
  debrief: Debrief;
}

export async function loadCall(store: PageStore, id: string): Promise<LoadedCall | null> {
  const session = await store.get(id);
  if (!session) return null;
  const debrief = buildDebrief(session, await store.batches(id));
  if (session.digest?.builtFrom !== session.updatedAt) {
    await store.annotate(id, { digest: digestOf(session, debrief) }).catch(() => undefined);
  }
  return { session, debrief };
}
