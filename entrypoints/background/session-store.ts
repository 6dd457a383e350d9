import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CaptureBatch } from '../../lib/capture/protocol.ts';
import type { SessionRecord } from '../../lib/session/call-session.ts';

interface CandorDB extends DBSchema {
  sessions: { key: string; value: SessionRecord; indexes: { byTab: number } };
  /** The append-only log: every caption batch as it arrived, from which a session is rebuilt. */
  batches: { key: number; value: { sessionId: string; batch: CaptureBatch }; indexes: { bySession: string } };
}

/** Persistence of sessions and their caption logs in the extension's IndexedDB. */
export class SessionStore {
  private readonly db: Promise<IDBPDatabase<CandorDB>>;

  constructor(name = 'candor') {
    this.db = openDB<CandorDB>(name, 1, {
      upgrade(db) {
        db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('byTab', 'tabId');
        db.createObjectStore('batches', { autoIncrement: true }).createIndex('bySession', 'sessionId');
      },
    });
  }

  /** The newest session of a tab, optionally only for one call. */
  async latestForTab(tabId: number, callKey?: string): Promise<SessionRecord | undefined> {
    const records = await (await this.db).getAllFromIndex('sessions', 'byTab', tabId);
    return records
      .filter((record) => callKey === undefined || record.callKey === callKey)
      .sort((a, b) => b.startedAt - a.startedAt)[0];
  }

  async get(id: string): Promise<SessionRecord | undefined> {
    return (await this.db).get('sessions', id);
  }

  /** Stores a batch and the session's updated record together, so neither exists without the other. */
  async append(record: SessionRecord, batch: CaptureBatch): Promise<void> {
    const tx = (await this.db).transaction(['sessions', 'batches'], 'readwrite');
    await Promise.all([
      tx.objectStore('sessions').put(record),
      tx.objectStore('batches').add({ sessionId: record.id, batch }),
      tx.done,
    ]);
  }

  /** The session's batches in arrival order. */
  async batches(sessionId: string): Promise<CaptureBatch[]> {
    const rows = await (await this.db).getAllFromIndex('batches', 'bySession', sessionId);
    return rows.map((row) => row.batch);
  }
}
