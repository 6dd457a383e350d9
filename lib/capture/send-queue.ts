/**
 * Lossless delivery of caption events from a content script to the background. Pure: the send
 * function and the timer are injected, so it runs (and is tested) without a browser or a DOM.
 *
 * - Batches are numbered (`seq`) and kept until the background acknowledges them. Up to `window` of
 *   them may be unacknowledged at once; everything queued beyond that goes into the next batch.
 * - Two ways of being acknowledged: per batch (the send function's promise resolves `{ ok: true }`, as
 *   a one-off message is answered), or cumulatively (`acknowledge(seq)` says every batch up to `seq`
 *   is stored, as the capture port's occasional receipts do).
 * - A refusal, a failed send, a closed channel (`retry()`) or, with `ackTimeoutMs`, an acknowledgement
 *   overdue re-sends every unacknowledged batch unchanged (same `seq`, in order) after a backoff of
 *   200 ms doubling to 5 s. The background drops a `seq` it already stored.
 * - `status` rides along when it differs from the one in the previous batch.
 * - With `coalesceMs`, caption updates wait that long so one message carries many; a block that ends
 *   (`gone`), a rename, a status change or `flush()` (the page hides) sends at once.
 */
import { MAX_EVENTS_PER_BATCH } from './protocol.ts';
import type { CaptureAck, CaptureBatch } from './protocol.ts';
import type { CaptionEvent, CaptureStatus } from './types.ts';

/** What the capture runtime hands over after each read: new events and/or the current status. */
export interface CaptureUpdate {
  status?: CaptureStatus;
  events: CaptionEvent[];
}

/** The part of `setTimeout` the queue needs; page timers or a fake in tests. */
export interface QueueTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SendQueueOptions {
  /** The document id put in every batch. */
  doc: string;
  /** The call page URL, read when a batch is built. */
  url: () => string;
  /**
   * Sends one batch. Per-batch acknowledgement: return (a promise of) the background's answer. With
   * `cumulativeAcks` the return value is ignored; answers come through `acknowledge()` and `retry()`.
   * A send that throws is retried either way.
   */
  send: (batch: CaptureBatch) => Promise<CaptureAck | undefined> | CaptureAck | undefined | void;
  /** Acknowledgements come through `acknowledge()` rather than from each send's answer. @default false */
  cumulativeAcks?: boolean;
  /** How many batches may be unacknowledged at once. @default 1 */
  window?: number;
  /**
   * An unacknowledged batch older than this is treated as lost and re-sent with all after it (one
   * timer checks every half of it, so it gives up after 1 to 1.5 times this). Off when absent.
   */
  ackTimeoutMs?: number;
  /**
   * Rolling-window platforms (Zoom) show each window once, so their snapshots are never merged.
   * Elsewhere a block's later snapshot holds all of its earlier text.
   */
  rollingWindow: boolean;
  timers?: QueueTimers;
  /** @default Date.now */
  now?: () => number;
  /**
   * How long a caption update may wait for others to share its message (0: send at once).
   * @default 0
   */
  coalesceMs?: number;
  /** @default 200 */
  minBackoffMs?: number;
  /** @default 5000 */
  maxBackoffMs?: number;
}

export interface SendQueue {
  /** Queues an update and sends it if the window allows. Never throws. */
  push(update: CaptureUpdate): void;
  /** Sends what is queued now, without waiting for the coalescing interval (the page is hiding). */
  flush(): void;
  /** The background stored every batch up to `seq`. */
  acknowledge(seq: number): void;
  /** The background refused a batch or the channel closed: re-send everything unacknowledged after the backoff. */
  retry(): void;
  /** Events queued or sent, not yet acknowledged. */
  pending(): number;
  /** The next `seq` that will be used. */
  nextSeq(): number;
  /** Stops sending and retrying (the content script was invalidated). */
  stop(): void;
}

const defaultTimers: QueueTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

function sameStatus(a: CaptureStatus | undefined, b: CaptureStatus | undefined): boolean {
  return a?.platform === b?.platform && a?.state === b?.state && a?.detail === b?.detail;
}

interface Unacknowledged {
  batch: CaptureBatch;
  /** When it was last sent, for the overdue check. */
  sentAt: number;
}

export function createSendQueue(options: SendQueueOptions): SendQueue {
  const timers = options.timers ?? defaultTimers;
  const now = options.now ?? Date.now;
  const minBackoff = options.minBackoffMs ?? 200;
  const maxBackoff = options.maxBackoffMs ?? 5000;
  const window = Math.max(1, options.window ?? 1);
  const cumulative = options.cumulativeAcks === true;
  const ackTimeout = options.ackTimeoutMs;
  const coalesceMs = options.coalesceMs ?? 0;

  const queue: CaptionEvent[] = [];
  let latestStatus: CaptureStatus | undefined;
  // The status carried by the last batch built; a new batch repeats it only when it changed.
  let batchedStatus: CaptureStatus | undefined;
  /** Sent and not yet acknowledged, oldest first. */
  const unacked: Unacknowledged[] = [];
  let seq = 1;
  let backoff = minBackoff;
  let retryHandle: unknown = null;
  let overdueHandle: unknown = null;
  let coalesceHandle: unknown = null;
  // The oldest queued caption update has waited its interval / something queued must go at once.
  let due = false;
  let urgentQueued = false;
  let stopped = false;

  function enqueue(event: CaptionEvent): void {
    const last = queue[queue.length - 1];
    // Merge only adjacent snapshots of one block with the same `initial` mark: nothing is reordered
    // and a replayed first read keeps its flag.
    if (
      !options.rollingWindow &&
      event.kind === 'block' &&
      last?.kind === 'block' &&
      last.block === event.block &&
      last.initial === event.initial
    ) {
      queue[queue.length - 1] = event;
      return;
    }
    queue.push(event);
  }

  function buildBatch(): CaptureBatch | null {
    const statusChanged = latestStatus !== undefined && !sameStatus(latestStatus, batchedStatus);
    if (queue.length === 0 && !statusChanged) return null;
    const events = queue.splice(0, MAX_EVENTS_PER_BATCH);
    const batch: CaptureBatch = { type: 'capture/batch', doc: options.doc, seq, url: options.url(), events };
    if (statusChanged) {
      batch.status = latestStatus;
      batchedStatus = latestStatus;
    }
    seq += 1;
    return batch;
  }

  /** Something went wrong: once the backoff has passed, every unacknowledged batch goes again. */
  function retry(): void {
    if (stopped || retryHandle !== null || unacked.length === 0) return;
    const wait = backoff;
    backoff = Math.min(backoff * 2, maxBackoff);
    retryHandle = timers.setTimeout(() => {
      retryHandle = null;
      for (const entry of [...unacked]) if (!stopped && retryHandle === null) transmit(entry);
      pump();
    }, wait);
  }

  function acknowledge(upTo: number): void {
    if (stopped) return;
    let dropped = 0;
    while (dropped < unacked.length && unacked[dropped]!.batch.seq <= upTo) dropped++;
    if (dropped === 0) return;
    unacked.splice(0, dropped);
    backoff = minBackoff;
    if (coalesceMs <= 0 || due || urgentQueued) pump();
    else if (queue.length > 0 && coalesceHandle === null) startCoalesce();
  }

  function answered(batch: CaptureBatch, ack: CaptureAck | undefined): void {
    if (ack?.ok === true) acknowledge(batch.seq);
    else if (unacked.some((entry) => entry.batch === batch)) retry();
  }

  function transmit(entry: Unacknowledged): void {
    const { batch } = entry;
    entry.sentAt = now();
    let result: ReturnType<SendQueueOptions['send']>;
    try {
      result = options.send(batch);
    } catch {
      retry();
      return;
    }
    if (cumulative) return;
    Promise.resolve(result).then(
      (ack) => answered(batch, ack ?? undefined),
      () => answered(batch, undefined),
    );
  }

  function pump(): void {
    if (stopped || retryHandle !== null || unacked.length >= window) return;
    cancelCoalesce();
    due = false;
    urgentQueued = false;
    while (unacked.length < window) {
      const batch = buildBatch();
      if (!batch) break;
      const entry: Unacknowledged = { batch, sentAt: 0 };
      unacked.push(entry);
      transmit(entry);
      if (stopped || retryHandle !== null) break;
    }
    watchOverdue();
  }

  /** One timer looks for an acknowledgement overdue, rather than one per batch. */
  function watchOverdue(): void {
    if (ackTimeout === undefined || overdueHandle !== null || stopped || unacked.length === 0) return;
    overdueHandle = timers.setTimeout(() => {
      overdueHandle = null;
      const oldest = unacked[0];
      if (oldest && now() - oldest.sentAt >= ackTimeout) retry();
      watchOverdue();
    }, ackTimeout / 2);
  }

  function startCoalesce(): void {
    coalesceHandle = timers.setTimeout(() => {
      coalesceHandle = null;
      due = true;
      pump();
    }, coalesceMs);
  }

  function cancelCoalesce(): void {
    if (coalesceHandle === null) return;
    timers.clearTimeout(coalesceHandle);
    coalesceHandle = null;
  }

  /** Whether an update must go now: something ended or changed state, rather than text growing. */
  function urgent(update: CaptureUpdate): boolean {
    return update.status !== undefined || update.events.some((event) => event.kind !== 'block');
  }

  return {
    push(update) {
      if (stopped) return;
      if (update.status) latestStatus = { ...update.status };
      for (const event of update.events) enqueue(event);
      if (coalesceMs <= 0 || urgent(update)) {
        urgentQueued = true;
        pump();
      } else if (coalesceHandle === null) {
        // The interval runs from the oldest waiting update, even while a batch is in flight.
        startCoalesce();
      }
    },
    flush() {
      urgentQueued = true;
      pump();
    },
    acknowledge,
    retry,
    pending: () => queue.length + unacked.reduce((sum, entry) => sum + entry.batch.events.length, 0),
    nextSeq: () => seq,
    stop() {
      stopped = true;
      for (const handle of [retryHandle, overdueHandle]) if (handle !== null) timers.clearTimeout(handle);
      retryHandle = null;
      overdueHandle = null;
      cancelCoalesce();
    },
  };
}
