/** Loads one stored call and derives its debrief, caching a digest for the history list. */
import { buildDebrief, digestOf, type Debrief } from '../../lib/debrief/debrief.ts';
import type { SessionStore, StoredSession } from '../../utils/session-store.ts';

export interface LoadedCall {
  session: StoredSession;
  debrief: Debrief;
}

export async function loadCall(store: SessionStore, id: string): Promise<LoadedCall | null> {
  const session = await store.get(id);
  if (!session) return null;
  const debrief = buildDebrief(session, await store.batches(id));
  if (session.digest?.builtFrom !== session.updatedAt) {
    await store.annotate(id, { digest: digestOf(session, debrief) }).catch(() => undefined);
  }
  return { session, debrief };
}
