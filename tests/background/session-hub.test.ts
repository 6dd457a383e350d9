import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SessionHub } from '../../entrypoints/background/session-hub.ts';
import { SessionStore } from '../../utils/session-store.ts';
import type { CaptureBatch } from '../../lib/capture/protocol.ts';
import type { PanelMessage } from '../../lib/session/panel-protocol.ts';

const MEET = 'https://meet.google.com/abc-defg-hij';
let dbCount = 0;

function setup(clock = { now: 1_000_000 }) {
  const store = new SessionStore(`hub-test-${++dbCount}`);
  let ids = 0;
  const hub = new SessionHub({ store, now: () => clock.now, newId: () => `s${++ids}` });
  const messages: PanelMessage[] = [];
  hub.subscribe((message) => messages.push(message));
  return { store, hub, messages, clock };
}

function batch(seq: number, text: string, extra: Partial<CaptureBatch> = {}): CaptureBatch {
  return {
    type: 'capture/batch',
    doc: 'doc1',
    seq,
    url: MEET,
    events: [{ kind: 'block', block: 'doc1:1', speaker: 'Ana', self: false, text, t: 1_000_000 + seq * 100 }],
    ...extra,
  };
}

describe('session hub', () => {
  it('keeps one session per call tab and drops a re-sent batch', async () => {
    const { hub } = setup();
    await hub.handleBatch(1, batch(1, 'hello', { status: { platform: 'meet', state: 'capturing' } }));
    await hub.handleBatch(1, batch(2, 'hello there'));
    await hub.handleBatch(1, batch(2, 'hello there'));
    await hub.handleBatch(2, { ...batch(1, 'other tab'), url: 'https://meet.google.com/xyz-wxyz-xyz' });
    const one = await hub.snapshot(1);
    const two = await hub.snapshot(2);
    expect(one.utterances.map((u) => u.text)).toEqual(['hello there']);
    expect(two.utterances.map((u) => u.text)).toEqual(['other tab']);
    expect(one.session!.id).not.toBe(two.session!.id);
    expect(one.status?.state).toBe('capturing');
  });

  it('rebuilds a session from its stored log after a restart', async () => {
    const first = setup();
    await first.hub.handleBatch(5, batch(1, 'we should start', { status: { platform: 'meet', state: 'capturing' } }));
    await first.hub.handleBatch(5, batch(2, 'we should start with the budget'));
    const before = await first.hub.snapshot(5);

    // A new hub over the same database is what a restarted service worker sees.
    let ids = 100;
    const restarted = new SessionHub({ store: first.store, now: () => first.clock.now, newId: () => `s${++ids}` });
    const after = await restarted.snapshot(5);
    expect(after.session!.id).toBe(before.session!.id);
    expect(after.utterances.map((u) => u.text)).toEqual(['we should start with the budget']);

    // The content script re-sends its last batch after the restart: nothing is duplicated.
    await restarted.handleBatch(5, batch(2, 'we should start with the budget'));
    await restarted.handleBatch(5, batch(3, 'we should start with the budget today'));
    expect((await restarted.snapshot(5)).utterances.map((u) => u.text)).toEqual([
      'we should start with the budget today',
    ]);
  });

  it('starts a new session when the tab moves to another call', async () => {
    const { hub } = setup();
    await hub.handleBatch(3, batch(1, 'first call'));
    const firstId = (await hub.snapshot(3)).session!.id;
    await hub.handleBatch(3, { ...batch(1, 'second call'), doc: 'doc2', url: 'https://meet.google.com/new-call-abc' });
    const snapshot = await hub.snapshot(3);
    expect(snapshot.session!.id).not.toBe(firstId);
    expect(snapshot.utterances.map((u) => u.text)).toEqual(['second call']);
  });

  it('sends the coach view with a new status, so the panel can say when tips start; caption updates stay small', async () => {
    const { hub, messages } = setup();
    await hub.handleBatch(3, batch(1, 'hello', { status: { platform: 'meet', state: 'capturing' } }));
    const first = messages.find((m) => m.type === 'update' && m.status);
    expect(first?.coach).toMatchObject({ nudge: null, warmUpSeconds: 120 });
    messages.length = 0;
    await hub.handleBatch(3, batch(2, 'hello there'));
    expect(messages.filter((m) => m.type === 'update' && m.coach)).toEqual([]);
  });

  it('keeps the status of a tab that is not in a call, without a session', async () => {
    const { hub, messages } = setup();
    await hub.handleBatch(4, {
      type: 'capture/batch',
      doc: 'd',
      seq: 1,
      url: 'https://meet.google.com/',
      status: { platform: 'meet', state: 'no-call' },
      events: [],
    });
    const snapshot = await hub.snapshot(4);
    expect(snapshot.session).toBeNull();
    expect(snapshot.status?.state).toBe('no-call');
    expect(messages.at(-1)).toMatchObject({ type: 'update', tabId: 4, status: { state: 'no-call' } });
  });

  it('tells panels about changes as they happen, and finalises quiet speakers on tick', async () => {
    const { hub, messages, clock } = setup();
    await hub.handleBatch(6, batch(1, 'one moment please'));
    expect(messages.at(-1)).toMatchObject({
      type: 'update',
      tabId: 6,
      changed: [{ text: 'one moment please', final: false }],
    });
    clock.now += 60_000;
    await hub.tick();
    expect(messages.at(-1)).toMatchObject({
      type: 'update',
      tabId: 6,
      changed: [{ text: 'one moment please', final: true }],
    });
  });
});
