import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { enforceRetention, retainOnStart, retainOnTabClosed } from '../../../utils/retention.ts';
import { SessionStore } from '../../../utils/session-store.ts';
import type { CaptureBatch } from '../../../lib/capture/protocol.ts';
import type { SessionRecord } from '../../../lib/session/call-session.ts';

const DAY = 86_400_000;
let dbCount = 0;
const fresh = () => `store-test-${++dbCount}`;

const record = (id: string, over: Partial<SessionRecord> = {}): SessionRecord => ({
  id,
  tabId: 1,
  platform: 'meet',
  callKey: `meet:${id}`,
  origin: 1000,
  startedAt: 1000,
  updatedAt: 1000,
  lastSeq: {},
  ...over,
});

const batch = (seq: number, text: string): CaptureBatch => ({
  type: 'capture/batch',
  doc: 'd',
  seq,
  url: 'https://meet.google.com/abc-defg-hij',
  events: [{ kind: 'block', block: `b${seq}`, speaker: 'Zoë', self: false, text, t: 1000 + seq }],
});

describe('SessionStore', () => {
  it('upgrades a version 1 database and keeps its sessions and logs', async () => {
    const name = fresh();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('byTab', 'tabId');
        db.createObjectStore('batches', { autoIncrement: true }).createIndex('bySession', 'sessionId');
      },
    });
    await v1.put('sessions', record('old', { callKey: 'meet:old-call-key' }));
    await v1.add('batches', { sessionId: 'old', batch: batch(1, 'kept across the upgrade') });
    v1.close();

    const store = new SessionStore(name);
    expect((await store.get('old'))?.callKey).toBe('meet:old-call-key');
    expect((await store.batches('old')).map((b) => b.events[0])).toMatchObject([{ text: 'kept across the upgrade' }]);
    expect((await store.findByCallKey('meet:old-call-key'))?.id).toBe('old');
    expect(await store.retention()).toEqual({ kind: 'days', days: 90 });
    store.close();
  });

  it('keeps annotations when the background appends with its older copy of the record', async () => {
    const store = new SessionStore(fresh());
    const live = record('s1');
    await store.append(live, batch(1, 'hello'));
    await store.annotate('s1', { title: 'My call', myRole: 'candidate' });
    await store.setReflection('s1', { feltSafe: 'yes', notes: 'calm', nextTime: 'ask sooner' }, 42);
    // The background's copy still has no title, but a perspective of its own, which it owns.
    await store.append(
      { ...live, updatedAt: 2000, perspective: { role: 'candidate', me: 'Zoë' } },
      batch(2, 'hello again'),
    );
    const stored = await store.get('s1');
    expect(stored).toMatchObject({
      title: 'My call',
      myRole: 'candidate',
      updatedAt: 2000,
      reflection: { feltSafe: 'yes', savedAt: 42 },
    });
    expect(stored?.perspective).toEqual({ role: 'candidate', me: 'Zoë' });
    // A stale copy that still carries an old title does not bring it back.
    await store.saveRecord({ ...live, updatedAt: 2000, title: 'Old title' } as SessionRecord);
    expect((await store.get('s1'))?.title).toBe('My call');
    // The background's own fields cannot be changed through annotate.
    await store.annotate('s1', { title: undefined, ...({ updatedAt: 1 } as object) });
    expect(await store.get('s1')).not.toHaveProperty('title');
    expect((await store.get('s1'))?.updatedAt).toBe(2000);
    expect(await store.annotate('missing', { title: 'x' })).toBeUndefined();
    await store.setReflection('s1', { notes: '  ' });
    expect(await store.get('s1')).not.toHaveProperty('reflection');
    store.close();
  });

  it('lists newest first, searches the words said, deletes one and all', async () => {
    const store = new SessionStore(fresh());
    await store.append(record('a', { startedAt: 1 }), batch(1, 'We talked about the Budget'));
    await store.append(record('b', { startedAt: 2 }), batch(1, 'Nothing special here'));
    await store.append(record('b', { startedAt: 2 }), batch(2, 'Café plans'));
    expect((await store.list()).map((s) => s.id)).toEqual(['b', 'a']);
    expect(await store.searchText('budget')).toEqual(new Set(['a']));
    expect(await store.searchText('cafe')).toEqual(new Set(['b']));
    expect(await store.searchText('zoe')).toEqual(new Set(['a', 'b']));
    expect(await store.searchText('')).toEqual(new Set());

    await store.delete('b');
    expect(await store.get('b')).toBeUndefined();
    expect(await store.batches('b')).toEqual([]);
    expect(await store.batches('a')).toHaveLength(1);

    await store.setRetention({ kind: 'forever' });
    await store.deleteAll();
    expect(await store.list()).toEqual([]);
    expect(await store.batches('a')).toEqual([]);
    expect(await store.retention()).toEqual({ kind: 'forever' });
    store.close();
  });

  it('imports a whole session in one go', async () => {
    const store = new SessionStore(fresh());
    await store.importSession({ ...record('imp'), title: 'Imported' }, [batch(1, 'one'), batch(2, 'two')]);
    expect((await store.batches('imp')).map((b) => b.seq)).toEqual([1, 2]);
    await expect(store.importSession(record('imp'), [])).rejects.toThrow();
    expect((await store.batches('imp')).map((b) => b.seq)).toEqual([1, 2]);
    store.close();
  });
});

describe('retention', () => {
  async function seeded() {
    const store = new SessionStore(fresh());
    await store.append(record('old', { updatedAt: 0, tabId: 1 }), batch(1, 'old'));
    await store.append(record('new', { updatedAt: 9 * DAY, tabId: 2 }), batch(1, 'new'));
    return store;
  }

  it('deletes calls older than N days, with their logs', async () => {
    const store = await seeded();
    expect(await enforceRetention(store, { kind: 'days', days: 7 }, 10 * DAY)).toEqual(['old']);
    expect((await store.list()).map((s) => s.id)).toEqual(['new']);
    expect(await store.batches('old')).toEqual([]);
    expect(await enforceRetention(store, { kind: 'forever' }, 1e15)).toEqual([]);
    store.close();
  });

  it('under "store nothing", deletes a call when its tab closes and on start when its tab is gone', async () => {
    fakeBrowser.reset();
    const store = await seeded();
    expect(await retainOnTabClosed(store, 1)).toEqual([]); // the default policy keeps calls
    await store.setRetention({ kind: 'nothing' });
    expect(await retainOnTabClosed(store, 1)).toEqual(['old']);
    expect(await store.batches('old')).toEqual([]);

    const open = await fakeBrowser.tabs.create({ url: 'https://meet.google.com/abc-defg-hij' });
    await store.append(record('live', { tabId: open.id! }), batch(1, 'still in the call'));
    expect(await retainOnStart(store)).toEqual(['new']);
    expect((await store.list()).map((s) => s.id)).toEqual(['live']);
    store.close();
  });
});
