import { describe, expect, it, test } from 'vitest';
import type { CaptureAck, CaptureBatch } from '../../../lib/capture/protocol.ts';
import { MAX_EVENTS_PER_BATCH, parseCaptureBatch } from '../../../lib/capture/protocol.ts';
import type { QueueTimers, SendQueueOptions } from '../../../lib/capture/send-queue.ts';
import { createSendQueue } from '../../../lib/capture/send-queue.ts';
import { createPortReceipts } from '../../../lib/capture/port-receipts.ts';
import type { CaptureReceipt } from '../../../lib/capture/protocol.ts';
import type { BlockSnapshot, CaptionEvent, CaptureStatus } from '../../../lib/capture/types.ts';

/** A manual clock: timers fire only when the test advances time. */
function manualTimers(): QueueTimers & {
  advance(ms: number): void;
  delays: number[];
  pending(): number;
  now(): number;
} {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const delays: number[] = [];
  return {
    delays,
    setTimeout(callback, ms) {
      delays.push(ms);
      const id = nextId++;
      timers.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = until;
    },
    pending: () => timers.size,
    now: () => now,
  };
}

interface Call {
  batch: CaptureBatch;
  resolve: (ack: CaptureAck | undefined) => void;
  reject: (error: unknown) => void;
}

/** A send function whose calls the test answers one by one. */
function manualSend() {
  const calls: Call[] = [];
  const send = (batch: CaptureBatch) =>
    new Promise<CaptureAck | undefined>((resolve, reject) => {
      calls.push({ batch: structuredClone(batch), resolve, reject });
    });
  return { calls, send };
}

const flush = () => new Promise<void>((done) => setTimeout(done, 0));

const snap = (block: string, text: string, extra: Partial<BlockSnapshot> = {}): BlockSnapshot => ({
  kind: 'block',
  block,
  speaker: 'Alice',
  self: false,
  text,
  t: 1,
  ...extra,
});
const on: CaptureStatus = { platform: 'meet', state: 'captions-on' };
const capturing: CaptureStatus = { platform: 'meet', state: 'capturing' };

function setup(overrides: Partial<SendQueueOptions> = {}) {
  const timers = manualTimers();
  const sender = manualSend();
  const queue = createSendQueue({
    doc: 'd0c',
    url: () => 'https://meet.google.com/abc-defg-hij',
    send: sender.send,
    rollingWindow: false,
    timers,
    ...overrides,
  });
  return { queue, timers, calls: sender.calls };
}

describe('batches', () => {
  it('sends the first update at once, with status, seq 1, doc and url, and it validates', () => {
    const { queue, calls } = setup();
    queue.push({ status: on, events: [snap('d0c:1', 'Hi')] });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.batch).toEqual({
      type: 'capture/batch',
      doc: 'd0c',
      seq: 1,
      url: 'https://meet.google.com/abc-defg-hij',
      status: on,
      events: [snap('d0c:1', 'Hi')],
    });
    expect(parseCaptureBatch(calls[0]?.batch)).toHaveProperty('batch');
  });

  it('keeps one batch in flight; the next holds everything queued meanwhile, with the next seq', async () => {
    const { queue, calls } = setup({ rollingWindow: true });
    queue.push({ status: on, events: [snap('a', '1')] });
    queue.push({ events: [snap('a', '1 2')] });
    queue.push({ events: [{ kind: 'gone', block: 'a', t: 2 }, snap('b', 'x')] });
    expect(calls).toHaveLength(1);
    calls[0]?.resolve({ ok: true });
    await flush();
    expect(calls).toHaveLength(2);
    expect(calls[1]?.batch.seq).toBe(2);
    expect(calls[1]?.batch.status).toBeUndefined();
    expect(calls[1]?.batch.events.map((e) => e.kind + (e.kind === 'block' ? e.text : ''))).toEqual([
      'block1 2',
      'gone',
      'blockx',
    ]);
  });

  it('includes status only when it changed since the previous batch', async () => {
    const { queue, calls } = setup();
    const ack = async (i: number) => {
      calls[i]?.resolve({ ok: true });
      await flush();
    };
    queue.push({ status: on, events: [] });
    await ack(0);
    queue.push({ status: on, events: [snap('a', 'x')] }); // same as sent: omitted
    await ack(1);
    queue.push({ status: capturing, events: [] });
    queue.push({ status: on, events: [] }); // queued while 'capturing' is in flight: sent next
    await ack(2);
    queue.push({ status: on, events: [] });
    expect(calls.map((c) => c.batch.status?.state)).toEqual(['captions-on', undefined, 'capturing', 'captions-on']);
  });

  it('sends nothing when an update changes nothing', () => {
    const { queue, calls } = setup();
    queue.push({ status: on, events: [] });
    calls[0]?.resolve({ ok: true });
    return flush().then(() => {
      queue.push({ status: { ...on }, events: [] });
      expect(calls).toHaveLength(1);
    });
  });

  it(`splits more than ${MAX_EVENTS_PER_BATCH} events over several batches, in order`, async () => {
    const { queue, calls } = setup({ rollingWindow: true });
    const events = Array.from({ length: MAX_EVENTS_PER_BATCH * 2 + 5 }, (_, i) => snap(`b${i}`, String(i)));
    queue.push({ status: on, events });
    for (let i = 0; i < 3; i++) {
      calls[i]?.resolve({ ok: true });
      await flush();
    }
    expect(calls.map((c) => c.batch.events.length)).toEqual([MAX_EVENTS_PER_BATCH, MAX_EVENTS_PER_BATCH, 5]);
    expect(calls.flatMap((c) => c.batch.events)).toEqual(events);
  });
});

describe('retries', () => {
  test.each<[string, (call: Call) => void]>([
    ['refused', (call) => call.resolve({ ok: false, error: 'nope' })],
    ['unanswered (no listener)', (call) => call.resolve(undefined)],
    ['rejected (worker asleep)', (call) => call.reject(new Error('Could not establish connection'))],
  ])('re-sends the same batch when %s, backing off 200 ms doubling to 5 s', async (_, fail) => {
    const { queue, calls, timers } = setup();
    queue.push({ status: on, events: [snap('a', 'x')] });
    for (let i = 0; i < 8; i++) {
      fail(calls[i]!);
      await flush();
      queue.push({ events: [snap('b', `queued ${i}`)] }); // queued meanwhile, never mixed in
      timers.advance(timers.delays.at(-1) ?? 0);
    }
    expect(timers.delays).toEqual([200, 400, 800, 1600, 3200, 5000, 5000, 5000]);
    expect(calls).toHaveLength(9);
    for (const call of calls) expect(call.batch).toEqual(calls[0]?.batch);
    calls[8]?.resolve({ ok: true });
    await flush();
    expect(calls[9]?.batch.seq).toBe(2);
    expect(calls[9]?.batch.events).toEqual([snap('b', 'queued 7')]); // coalesced: same block, adjacent
  });

  it('survives a send function that throws, and resets the backoff after a success', async () => {
    let attempts = 0;
    const sent: CaptureBatch[] = [];
    const timers = manualTimers();
    const queue = createSendQueue({
      doc: 'd',
      url: () => 'https://app.zoom.us/wc/1/webclient',
      rollingWindow: true,
      timers,
      send: (batch) => {
        attempts++;
        if (attempts <= 2) throw new Error('Extension context invalidated');
        sent.push(batch);
        return { ok: true };
      },
    });
    expect(() => queue.push({ status: on, events: [snap('a', 'x')] })).not.toThrow();
    timers.advance(200);
    timers.advance(400);
    await flush();
    expect(sent.map((b) => b.seq)).toEqual([1]);
    expect(queue.pending()).toBe(0);
    expect(timers.delays).toEqual([200, 400]);
  });

  it('stops retrying after stop()', async () => {
    const { queue, calls, timers } = setup();
    queue.push({ status: on, events: [] });
    calls[0]?.resolve({ ok: false });
    await flush();
    queue.stop();
    timers.advance(10_000);
    queue.push({ events: [snap('a', 'x')] });
    expect(calls).toHaveLength(1);
    expect(timers.pending()).toBe(0);
  });
});

describe('coalescing', () => {
  const events: CaptionEvent[] = [
    snap('a', 'one'),
    snap('a', 'one two'),
    snap('b', 'x'),
    snap('a', 'one two three'),
    snap('a', 'one two three four'),
    { kind: 'gone', block: 'a', t: 5 },
    snap('a', 'again', { initial: true }),
    snap('a', 'again and'),
  ];

  async function deliver(rollingWindow: boolean): Promise<CaptionEvent[]> {
    const { queue, calls } = setup({ rollingWindow });
    queue.push({ status: on, events: [] });
    for (const event of events) queue.push({ events: [event] });
    calls[0]?.resolve({ ok: true });
    await flush();
    return calls[1]?.batch.events ?? [];
  }

  it('keeps only the latest of adjacent snapshots of one block on non-rolling platforms', async () => {
    expect((await deliver(false)).map((e) => (e.kind === 'block' ? e.text : 'gone'))).toEqual([
      'one two',
      'x',
      'one two three four',
      'gone',
      'again', // an initial (possibly replayed) read is never merged into a live one
      'again and',
    ]);
  });

  it('never merges on rolling-window platforms, where every window matters', async () => {
    expect(await deliver(true)).toEqual(events);
  });
});

it('is lossless under random failures: acknowledged batches, deduplicated by seq, hold every event in order', async () => {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const timers = manualTimers();
  const stored = new Map<number, CaptureBatch>();
  const queue = createSendQueue({
    doc: 'd',
    url: () => 'https://meet.google.com/abc-defg-hij',
    rollingWindow: true,
    timers,
    send: async (batch) => {
      const roll = random();
      if (roll < 0.2) throw new Error('gone');
      if (roll < 0.3) return { ok: false };
      if (roll < 0.4) {
        stored.set(batch.seq, structuredClone(batch)); // stored, but the ack is lost
        throw new Error('ack lost');
      }
      stored.set(batch.seq, structuredClone(batch));
      return { ok: true };
    },
  });
  const pushed: CaptionEvent[] = [];
  for (let i = 0; i < 300; i++) {
    const event = snap(`b${i % 7}`, `text ${i}`);
    pushed.push(event);
    queue.push({ status: i === 0 ? on : undefined, events: [event] });
    if (random() < 0.3) {
      await flush();
      timers.advance(5000);
    }
  }
  for (let i = 0; i < 50 && queue.pending() > 0; i++) {
    await flush();
    timers.advance(5000);
  }
  expect(queue.pending()).toBe(0);
  const seqs = [...stored.keys()].sort((a, b) => a - b);
  expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  expect(seqs.flatMap((s) => stored.get(s)?.events ?? [])).toEqual(pushed);
});

describe('coalescing', () => {
  it('holds caption updates for the interval, then sends them in one message', () => {
    const { queue, timers, calls } = setup({ coalesceMs: 25, rollingWindow: true });
    queue.push({ events: [snap('a', 'one')] });
    queue.push({ events: [snap('a', 'one two')] });
    timers.advance(24);
    expect(calls).toHaveLength(0);
    timers.advance(1);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.batch.events.map((e) => (e.kind === 'block' ? e.text : ''))).toEqual(['one', 'one two']);
  });

  test.each([
    ['a block ends', { events: [{ kind: 'gone', block: 'a', t: 2 }] as CaptionEvent[] }],
    ['the capture state changes', { status: capturing, events: [] as CaptionEvent[] }],
    ['a stand-in is named', { events: [{ kind: 'rename', from: 'Speaker 1', to: 'Alice', t: 2 }] as CaptionEvent[] }],
  ])('sends at once, with what waited, when %s', (_, update) => {
    const { queue, timers, calls } = setup({ coalesceMs: 25 });
    queue.push({ events: [snap('a', 'one')] });
    queue.push(update);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.batch.events[0]).toEqual(snap('a', 'one'));
    expect(timers.pending()).toBe(0);
  });

  it('sends at once on flush() (the page hides)', () => {
    const { queue, timers, calls } = setup({ coalesceMs: 25 });
    queue.push({ events: [snap('a', 'one')] });
    queue.flush();
    expect(calls).toHaveLength(1);
    expect(timers.pending()).toBe(0);
  });

  it('counts the interval from the oldest waiting update, even while a batch is in flight', async () => {
    const { queue, timers, calls } = setup({ coalesceMs: 25 });
    queue.push({ status: on, events: [snap('a', 'one')] });
    queue.push({ events: [snap('a', 'one two')] });
    calls[0]?.resolve({ ok: true });
    await flush();
    expect(calls).toHaveLength(1); // acknowledged early: the update still waits for company
    timers.advance(25);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.batch.events).toEqual([snap('a', 'one two')]);
  });

  it('sends what waited as soon as a slow acknowledgement comes, when the interval is over', async () => {
    const { queue, timers, calls } = setup({ coalesceMs: 25 });
    queue.push({ status: on, events: [snap('a', 'one')] });
    queue.push({ events: [snap('a', 'one two')] });
    timers.advance(100);
    expect(calls).toHaveLength(1);
    calls[0]?.resolve({ ok: true });
    await flush();
    expect(calls).toHaveLength(2);
  });
});

describe('cumulative acknowledgements (the capture port)', () => {
  function portSetup(overrides: Partial<SendQueueOptions> = {}) {
    const timers = manualTimers();
    let clock = 0;
    const sent: CaptureBatch[] = [];
    const queue = createSendQueue({
      doc: 'd',
      url: () => 'https://meet.google.com/abc-defg-hij',
      rollingWindow: true,
      send: (batch) => void sent.push(structuredClone(batch)),
      cumulativeAcks: true,
      window: 4,
      ackTimeoutMs: 10_000,
      timers,
      now: () => clock,
      ...overrides,
    });
    const advance = (ms: number) => {
      clock += ms;
      timers.advance(ms);
    };
    return { queue, sent, timers, advance, seqs: () => sent.map((batch) => batch.seq) };
  }

  it('sends each update at once without waiting for an answer, up to the window', () => {
    const { queue, seqs } = portSetup();
    for (let i = 0; i < 6; i++) queue.push({ events: [snap('a', `w${i}`)] });
    expect(seqs()).toEqual([1, 2, 3, 4]);
    // Beyond the window, updates wait (and merge) until an acknowledgement frees room.
    expect(queue.pending()).toBe(6);
    queue.acknowledge(2);
    expect(seqs()).toEqual([1, 2, 3, 4, 5]);
  });

  it('one receipt acknowledges every batch up to its seq; a stale one changes nothing', () => {
    const { queue, seqs } = portSetup();
    for (let i = 0; i < 3; i++) queue.push({ events: [snap('a', `w${i}`)] });
    queue.acknowledge(3);
    expect(queue.pending()).toBe(0);
    queue.acknowledge(1);
    queue.push({ events: [snap('a', 'next')] });
    expect(seqs()).toEqual([1, 2, 3, 4]);
    expect(queue.pending()).toBe(1);
  });

  it('re-sends everything unacknowledged, in order and unchanged, after a lost acknowledgement', () => {
    const { queue, sent, advance, seqs } = portSetup();
    for (let i = 0; i < 3; i++) queue.push({ events: [snap('a', `w${i}`)] });
    queue.acknowledge(1);
    advance(9_999);
    expect(seqs()).toEqual([1, 2, 3]);
    // Overdue after 10 s (checked every 5 s), then the backoff: 15 s + 200 ms at most.
    advance(5_201);
    expect(seqs()).toEqual([1, 2, 3, 2, 3]);
    expect(sent[3]).toEqual(sent[1]);
    expect(sent[4]).toEqual(sent[2]);
    queue.acknowledge(3);
    advance(60_000);
    expect(seqs()).toEqual([1, 2, 3, 2, 3]);
  });

  it('after a refusal or a closed port, waits the backoff, re-sends all unacknowledged, then what queued meanwhile', () => {
    const { queue, advance, seqs, timers } = portSetup();
    for (let i = 0; i < 3; i++) queue.push({ events: [snap('a', `w${i}`)] });
    queue.acknowledge(1);
    queue.retry(); // the worker stopped: the port closed
    queue.push({ events: [snap('b', 'said meanwhile')] });
    expect(seqs()).toEqual([1, 2, 3]);
    advance(200);
    expect(seqs()).toEqual([1, 2, 3, 2, 3, 4]);
    queue.retry(); // refused again: the backoff doubles
    advance(399);
    expect(seqs()).toHaveLength(6);
    advance(1);
    expect(seqs()).toEqual([1, 2, 3, 2, 3, 4, 2, 3, 4]);
    queue.acknowledge(4);
    queue.retry(); // nothing unacknowledged: nothing to do
    advance(60_000);
    expect(seqs()).toHaveLength(9);
    expect(timers.pending()).toBe(0);
  });

  it('keeps no timer once everything is acknowledged', () => {
    const { queue, timers, advance } = portSetup();
    queue.push({ events: [snap('a', 'x')] });
    expect(timers.pending()).toBe(1); // the overdue check
    queue.acknowledge(1);
    advance(5_000);
    expect(timers.pending()).toBe(0);
  });
});

it('over the port, loses and doubles nothing across refusals, worker restarts and the receipts lost with them', () => {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const timers = manualTimers();
  // The two directions of the port, delivered in order, and lost together when the worker stops.
  let toBackground: CaptureBatch[] = [];
  let toPage: CaptureReceipt[] = [];
  const openReceipts = () => createPortReceipts({ post: (receipt) => void toPage.push(receipt), timers, everyMs: 500 });
  let receipts = openReceipts();
  // The stored log survives a restart, as IndexedDB does.
  const stored: CaptureBatch[] = [];
  const queue = createSendQueue({
    doc: 'd',
    url: () => 'https://meet.google.com/abc-defg-hij',
    rollingWindow: true,
    send: (batch) => void toBackground.push(structuredClone(batch)),
    cumulativeAcks: true,
    window: 8,
    ackTimeoutMs: 10_000,
    timers,
    now: () => timers.now(),
  });
  const background = () => {
    for (const batch of toBackground.splice(0)) {
      if (!receipts.admits(batch.seq)) continue;
      const last = stored.at(-1)?.seq ?? 0;
      if (batch.seq <= last)
        receipts.settled(batch.seq, { ok: true }); // a duplicate
      else if (random() < 0.1) receipts.settled(batch.seq, { ok: false, error: 'store failed' });
      else {
        expect(batch.seq).toBe(last + 1); // never stored out of order, never a gap
        stored.push(batch);
        receipts.settled(batch.seq, { ok: true });
      }
    }
  };
  const page = () => {
    for (const { seq, ack } of toPage.splice(0)) {
      if (ack.ok) queue.acknowledge(seq);
      else queue.retry();
    }
  };
  const restart = () => {
    toBackground = [];
    toPage = [];
    receipts.close();
    receipts = openReceipts();
    queue.retry(); // the page sees its port close
  };

  const pushed: CaptionEvent[] = [];
  for (let i = 0; i < 400; i++) {
    const event = snap(`b${i % 5}`, `text ${i}`);
    pushed.push(event);
    queue.push({ status: i === 0 ? on : undefined, events: [event] });
    const roll = random();
    if (roll < 0.03) restart();
    else if (roll < 0.7) background();
    if (random() < 0.5) page();
    timers.advance(30);
  }
  for (let i = 0; i < 100 && queue.pending() > 0; i++) {
    background();
    page();
    timers.advance(500);
  }
  expect(queue.pending()).toBe(0);
  expect(stored.flatMap((batch) => batch.events)).toEqual(pushed);
});
