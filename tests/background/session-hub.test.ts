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

describe('session hub over a long call', () => {
  const line = (seq: number, speaker: string, text: string, extra: Partial<CaptureBatch> = {}): CaptureBatch => ({
    type: 'capture/batch',
    doc: 'doc1',
    seq,
    url: MEET,
    // One block per line, ten seconds apart: each earlier line is final by the time the next one comes.
    events: [{ kind: 'block', block: `doc1:${seq}`, speaker, self: false, text, t: 1_000_000 + seq * 10_000 }],
    ...extra,
  });

  it('keeps no final line in memory, yet the panel, a restarted worker and a role change get every one', async () => {
    const { hub, store, clock } = setup();
    const lines = Array.from({ length: 60 }, (_, i) => `line ${i} about the plan for the quarter`);
    for (const [i, text] of lines.entries()) await hub.handleBatch(1, line(i + 1, i % 2 ? 'Ana' : 'Ben', text));
    clock.now = 1_000_000 + 62 * 10_000;
    await hub.tick();

    const live = (hub as unknown as { live: Map<number, { utterances(): unknown[] }> }).live.get(1)!;
    expect(live.utterances()).toEqual([]); // the worker holds only what is open, and nothing is

    const snapshot = await hub.snapshot(1);
    expect(snapshot.utterances.map((u) => u.text)).toEqual(lines);
    expect(snapshot.utterances.every((u) => u.final)).toBe(true);

    // A role change reads the call again from the log: the figures still count every line.
    await hub.handleCoach({ type: 'perspective', tabId: 1, perspective: { role: 'host', me: 'Ana' } });
    const after = await hub.snapshot(1);
    expect(after.utterances).toHaveLength(60);
    expect(after.analysis!.speakers.map((s) => [s.speaker, s.cues, s.self])).toEqual([
      ['Ben', 30, false],
      ['Ana', 30, true],
    ]);

    const restarted = new SessionHub({ store, now: () => clock.now, newId: () => 'other' });
    expect((await restarted.snapshot(1)).utterances.map((u) => u.text)).toEqual(lines);
  });

  it('a name learned later renames earlier final lines in the snapshot, the update and the analysis', async () => {
    const { hub, messages, clock } = setup();
    await hub.handleBatch(1, line(1, 'Speaker 1', 'I think we should ship it on Monday'));
    await hub.handleBatch(1, line(2, 'Ben', 'Monday works for the whole team I believe'));
    await hub.handleBatch(1, line(3, 'Speaker 1', 'then I will write the release notes tonight'));
    await hub.handleBatch(1, {
      ...line(4, 'Jo Banks', 'and tell the support desk tomorrow morning'),
      events: [
        { kind: 'rename', from: 'Speaker 1', to: 'Jo Banks', t: 1_000_000 + 39_000 },
        ...line(4, 'Jo Banks', 'and tell the support desk tomorrow morning').events,
      ],
    });
    clock.now = 1_000_000 + 60_000;
    await hub.tick();

    const update = messages.find((m) => m.type === 'update' && m.renamed);
    expect(update?.type === 'update' && update.renamed).toEqual([{ from: 'Speaker 1', to: 'Jo Banks' }]);
    const snapshot = await hub.snapshot(1);
    expect(snapshot.utterances.map((u) => u.speaker)).toEqual(['Jo Banks', 'Ben', 'Jo Banks', 'Jo Banks']);
    expect(snapshot.utterances.map((u) => u.id)).toEqual(['doc1:1', 'doc1:2', 'doc1:3', 'doc1:4']);
    // Talk time is one speaker's, under the learned name: the stand-in is gone from the figures.
    const speakers = snapshot.analysis!.speakers;
    expect(speakers.map((s) => [s.speaker, s.cues])).toEqual([
      ['Jo Banks', 3],
      ['Ben', 1],
    ]);
  });
});
