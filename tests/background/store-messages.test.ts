import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CaptureBatch } from '../../lib/capture/protocol.ts';
import type { SessionRecord } from '../../lib/session/call-session.ts';
import { SessionStore } from '../../utils/session-store.ts';
import { handleStoreRequest, pageStore, STORE_MESSAGE } from '../../utils/store-messages.ts';

let dbCount = 0;
const record = (id: string): SessionRecord => ({
  id,
  tabId: 1,
  platform: 'meet',
  callKey: `meet:${id}`,
  origin: 1000,
  startedAt: 1000,
  updatedAt: 1000,
  lastSeq: {},
});
const batch = (seq: number, text: string): CaptureBatch => ({
  type: 'capture/batch',
  doc: 'd',
  seq,
  url: 'https://meet.google.com/abc-defg-hij',
  events: [{ kind: 'block', block: `b${seq}`, speaker: 'Zoë', self: false, text, t: 1000 + seq }],
});

// Runtime messages are JSON on the wire: both directions go through a JSON round trip here too.
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function setup() {
  const store = new SessionStore(`store-messages-${++dbCount}`);
  const page = pageStore(async (message) => wire(await handleStoreRequest(store, wire(message))));
  return { store, page };
}

describe('the store over messages', () => {
  it('gives a page the same answers as the store itself', async () => {
    const { store, page } = setup();
    await store.append(record('s1'), batch(1, 'the budget is fixed'));
    expect((await page.get('s1'))?.callKey).toBe('meet:s1');
    expect(await page.get('missing')).toBeUndefined();
    expect((await page.list()).map((s) => s.id)).toEqual(['s1']);
    expect(await page.searchText('budget')).toEqual(new Set(['s1']));
    expect((await page.annotate('s1', { title: 'Budget call' }))?.title).toBe('Budget call');
    expect(await page.setReflection('s1', { notes: '' })).toBeNull();
    expect(await page.setRetention({ kind: 'forever' })).toEqual({ kind: 'forever' });
    expect(await page.retention()).toEqual({ kind: 'forever' });
    expect(await page.deleteMany(['s1', 'nope'])).toEqual(['s1']);
    expect(await store.get('s1')).toBeUndefined();
    store.close();
  });

  it('refuses a request of the wrong shape without touching the store', async () => {
    const { store } = setup();
    await store.append(record('s1'), batch(1, 'kept'));
    for (const message of [
      { type: STORE_MESSAGE, call: { method: 'deleteAll', args: ['extra'] } },
      { type: STORE_MESSAGE, call: { method: 'append', args: [record('x'), batch(2, 'no')] } },
      { type: STORE_MESSAGE, call: { method: 'setRetention', args: [{ kind: 'days', days: -1 }] } },
      { type: STORE_MESSAGE },
    ]) {
      expect(await handleStoreRequest(store, message)).toEqual({ ok: false, error: 'not a store request' });
    }
    expect((await store.list()).map((s) => s.id)).toEqual(['s1']);
    store.close();
  });

  it("reports the store's errors to the page as rejections", async () => {
    const { store } = setup();
    const page = pageStore(async () => ({ ok: false, error: 'disk full' }));
    await expect(page.list()).rejects.toThrow('disk full');
    store.close();
  });
});
