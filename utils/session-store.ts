import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CaptureBatch } from '../lib/capture/protocol.ts';
import type { SessionRecord } from '../lib/session/call-session.ts';
import { cleanReflection, type Reflection } from '../lib/debrief/reflection.ts';
import { DEFAULT_RETENTION, readRetention, type RetentionPolicy } from '../lib/debrief/retention-policy.ts';
import { foldText } from '../lib/debrief/history.ts';
import { ANNOTATION_KEYS, type SessionAnnotations, type StoredSession } from '../lib/debrief/session-meta.ts';

export type { StoredSession } from '../lib/debrief/session-meta.ts';

interface CandorDB extends DBSchema {
  sessions: { key: string; value: StoredSession; indexes: { byTab: number; byCallKey: string } };
  /** The append-only log: every caption batch as it arrived, from which a session is rebuilt. */
  batches: { key: number; value: { sessionId: string; batch: CaptureBatch }; indexes: { bySession: string } };
  /** Small user settings (the retention policy), by name. */
  settings: { key: string; value: unknown };
}

/** v1: sessions + batches. v2: a call-key index and the settings store; existing data is kept as is. */
export const DB_VERSION = 2;

/**
 * The background's copy of a record may be older than the stored one where pages wrote (a title, a
 * reflection): those annotation fields always come from the store, everything else from the record.
 */
function mergeRecord(stored: StoredSession | undefined, record: SessionRecord): StoredSession {
  const next = { ...record } as StoredSession & Record<string, unknown>;
  for (const key of ANNOTATION_KEYS) {
    if (stored && key in stored) next[key] = stored[key] as never;
    else delete next[key];
  }
  return next;
}

/** Persistence of sessions and their caption logs in the extension's IndexedDB. */
export class SessionStore {
  private connection: Promise<IDBPDatabase<CandorDB>> | null = null;

  constructor(private readonly name = 'candor') {}

  private db(): Promise<IDBPDatabase<CandorDB>> {
    this.connection ??= openDB<CandorDB>(this.name, DB_VERSION, {
      upgrade(db, oldVersion, _newVersion, tx) {
        if (oldVersion < 1) {
          db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('byTab', 'tabId');
          db.createObjectStore('batches', { autoIncrement: true }).createIndex('bySession', 'sessionId');
        }
        if (oldVersion < 2) {
          tx.objectStore('sessions').createIndex('byCallKey', 'callKey');
          db.createObjectStore('settings');
        }
      },
      // Another context (a newer extension page or worker) wants to upgrade: step aside and reopen later.
      blocking: () => this.drop(),
      terminated: () => {
        this.connection = null;
      },
    });
    return this.connection;
  }

  private drop(): void {
    const open = this.connection;
    this.connection = null;
    void open?.then((db) => db.close()).catch(() => undefined);
  }

  /** Closes the connection (tests, and pages that are going away). */
  close(): void {
    this.drop();
  }

  /** The newest session of a tab, optionally only for one call. */
  async latestForTab(tabId: number, callKey?: string): Promise<StoredSession | undefined> {
    const records = await (await this.db()).getAllFromIndex('sessions', 'byTab', tabId);
    return records
      .filter((record) => callKey === undefined || record.callKey === callKey)
      .sort((a, b) => b.startedAt - a.startedAt)[0];
  }

  async get(id: string): Promise<StoredSession | undefined> {
    return (await this.db()).get('sessions', id);
  }

  /** The newest session of a call key (a practice run's `practice:<run id>`). */
  async findByCallKey(callKey: string): Promise<StoredSession | undefined> {
    const records = await (await this.db()).getAllFromIndex('sessions', 'byCallKey', callKey);
    return records.sort((a, b) => b.startedAt - a.startedAt)[0];
  }

  /** Stores a batch and the session's updated record together, so neither exists without the other. */
  async append(record: SessionRecord, batch: CaptureBatch): Promise<void> {
    const tx = (await this.db()).transaction(['sessions', 'batches'], 'readwrite');
    const sessions = tx.objectStore('sessions');
    const stored = await sessions.get(record.id);
    await Promise.all([
      sessions.put(mergeRecord(stored, record)),
      tx.objectStore('batches').add({ sessionId: record.id, batch }),
      tx.done,
    ]);
  }

  /** Stores the background's fields of a record without a batch (the user answered a card, picked a role). */
  async saveRecord(record: SessionRecord): Promise<void> {
    const tx = (await this.db()).transaction('sessions', 'readwrite');
    const stored = await tx.store.get(record.id);
    await Promise.all([tx.store.put(mergeRecord(stored, record)), tx.done]);
  }

  /** How much is stored: calls, their caption batches, and the caption text's size in characters. */
  async footprint(): Promise<{ sessions: number; batches: number; captionChars: number }> {
    const db = await this.db();
    let captionChars = 0;
    let cursor = await db.transaction('batches').store.openCursor();
    while (cursor) {
      for (const event of cursor.value.batch.events) if (event.kind === 'block') captionChars += event.text.length;
      cursor = await cursor.continue();
    }
    return { sessions: await db.count('sessions'), batches: await db.count('batches'), captionChars };
  }

  /** The session's batches in arrival order. */
  async batches(sessionId: string): Promise<CaptureBatch[]> {
    const rows = await (await this.db()).getAllFromIndex('batches', 'bySession', sessionId);
    return rows.map((row) => row.batch);
  }

  /** Every session, newest first. */
  async list(): Promise<StoredSession[]> {
    const records = await (await this.db()).getAll('sessions');
    return records.sort((a, b) => b.startedAt - a.startedAt);
  }

  /** Saves a title, role, digest… on a session; the background's own fields cannot be changed this way. */
  async annotate(id: string, patch: SessionAnnotations): Promise<StoredSession | undefined> {
    const tx = (await this.db()).transaction('sessions', 'readwrite');
    const stored = await tx.store.get(id);
    if (!stored) {
      await tx.done;
      return undefined;
    }
    const next: StoredSession = { ...stored };
    for (const key of ANNOTATION_KEYS) {
      if (!(key in patch)) continue;
      const value = patch[key];
      if (value === undefined) delete next[key];
      else (next as unknown as Record<string, unknown>)[key] = value;
    }
    await Promise.all([tx.store.put(next), tx.done]);
    return next;
  }

  /** Saves (or, when every field is empty, clears) the reflection written after a call. */
  async setReflection(id: string, reflection: unknown, now = Date.now()): Promise<Reflection | null> {
    const clean = cleanReflection(reflection, now);
    await this.annotate(id, { reflection: clean ?? undefined });
    return clean;
  }

  /**
   * Ids of the sessions whose captions contain the query (case- and accent-folded). Reads the logs
   * with a cursor; a block's later snapshots hold its earlier words, so any snapshot may match.
   */
  async searchText(query: string): Promise<Set<string>> {
    const needle = foldText(query);
    const hits = new Set<string>();
    if (needle === '') return hits;
    let cursor = await (await this.db()).transaction('batches').store.openCursor();
    while (cursor) {
      const { sessionId, batch } = cursor.value;
      if (!hits.has(sessionId)) {
        for (const event of batch.events) {
          if (
            event.kind === 'block' &&
            (foldText(event.text).includes(needle) || foldText(event.speaker).includes(needle))
          ) {
            hits.add(sessionId);
            break;
          }
        }
      }
      cursor = await cursor.continue();
    }
    return hits;
  }

  /** Deletes a session and its whole caption log in one transaction. */
  async delete(id: string): Promise<void> {
    const tx = (await this.db()).transaction(['sessions', 'batches'], 'readwrite');
    const keys = await tx.objectStore('batches').index('bySession').getAllKeys(id);
    await Promise.all([
      tx.objectStore('sessions').delete(id),
      ...keys.map((key) => tx.objectStore('batches').delete(key)),
      tx.done,
    ]);
  }

  /** Deletes several sessions; returns the ids that existed. */
  async deleteMany(ids: Iterable<string>): Promise<string[]> {
    const gone: string[] = [];
    for (const id of ids) {
      if (!(await this.get(id))) continue;
      await this.delete(id);
      gone.push(id);
    }
    return gone;
  }

  /** Deletes every session and every caption log; settings stay. */
  async deleteAll(): Promise<void> {
    const tx = (await this.db()).transaction(['sessions', 'batches'], 'readwrite');
    await Promise.all([tx.objectStore('sessions').clear(), tx.objectStore('batches').clear(), tx.done]);
  }

  /** Stores a whole session at once (an imported call): the record and its log, or neither. */
  async importSession(record: StoredSession, batches: readonly CaptureBatch[]): Promise<void> {
    const tx = (await this.db()).transaction(['sessions', 'batches'], 'readwrite');
    const log = tx.objectStore('batches');
    await Promise.all([
      tx.objectStore('sessions').add(record),
      ...batches.map((batch) => log.add({ sessionId: record.id, batch })),
      tx.done,
    ]);
  }

  async retention(): Promise<RetentionPolicy> {
    const stored = await (await this.db()).get('settings', 'retention');
    return stored === undefined ? DEFAULT_RETENTION : readRetention(stored);
  }

  async setRetention(policy: RetentionPolicy): Promise<RetentionPolicy> {
    const clean = readRetention(policy);
    await (await this.db()).put('settings', clean, 'retention');
    return clean;
  }
}
