/**
 * Lossless delivery of caption events from a content script to the background. Pure: the send
 * function and the timer are injected, so it runs (and is tested) without a browser or a DOM.
 *
 * - One batch in flight at a time; everything queued meanwhile goes into the next batch.
 * - A batch is re-sent unchanged (same `seq`) until the send function resolves `{ ok: true }`,
 *   with a backoff of 200 ms doubling to 5 s. The background drops a `seq` it already stored.
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

/** The part of `setTimeout` the queue needs; WXT's `ctx.setTimeout` or a fake in tests. */
export interface QueueTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface SendQueueOptions {
  /** The document id put in every batch. */
  doc: string;
  /** The call page URL, read when a batch is built. */
  url: () => string;
  send: (batch: CaptureBatch) => Promise<CaptureAck | undefined> | CaptureAck | undefined;
  /**
   * Rolling-window platforms (Zoom) show each window once, so their snapshots are never merged.
   * Elsewhere a block's later snapshot holds all of its earlier text.
   */
  rollingWindow: boolean;
  timers?: QueueTimers;
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
  /** Queues an update and starts sending if nothing is in flight. Never throws. */
  push(update: CaptureUpdate): void;
  /** Sends what is queued now, without waiting for the coalescing interval (the page is hiding). */
  flush(): void;
  /** Events queued or in flight, not yet acknowledged. */
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

export function createSendQueue(options: SendQueueOptions): SendQueue {
  const timers = options.timers ?? defaultTimers;
  const minBackoff = options.minBackoffMs ?? 200;
  const maxBackoff = options.maxBackoffMs ?? 5000;

  const queue: CaptionEvent[] = [];
  let latestStatus: CaptureStatus | undefined;
  // The status carried by the last batch built; a new batch repeats it only when it changed.
  let batchedStatus: CaptureStatus | undefined;
  let inFlight: CaptureBatch | null = null;
  let seq = 1;
  let backoff = minBackoff;
  let retryHandle: unknown = null;
  let coalesceHandle: unknown = null;
  // The oldest queued caption update has waited its interval / something queued must go at once.
  let due = false;
  let urgentQueued = false;
  let stopped = false;
  const coalesceMs = options.coalesceMs ?? 0;

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

  function scheduleRetry(): void {
    if (stopped) return;
    const wait = backoff;
    backoff = Math.min(backoff * 2, maxBackoff);
    retryHandle = timers.setTimeout(() => {
      retryHandle = null;
      transmit();
    }, wait);
  }

  function settle(batch: CaptureBatch, ack: CaptureAck | undefined): void {
    if (stopped || inFlight !== batch) return;
    if (ack?.ok === true) {
      inFlight = null;
      backoff = minBackoff;
      if (coalesceMs <= 0 || due || urgentQueued) pump();
      else if (queue.length > 0 && coalesceHandle === null) startCoalesce();
    } else {
      scheduleRetry();
    }
  }

  function transmit(): void {
    const batch = inFlight;
    if (stopped || !batch) return;
    let result: ReturnType<SendQueueOptions['send']>;
    try {
      result = options.send(batch);
    } catch {
      scheduleRetry();
      return;
    }
    Promise.resolve(result).then(
      (ack) => settle(batch, ack),
      () => settle(batch, undefined),
    );
  }

  function pump(): void {
    if (stopped || inFlight) return;
    cancelCoalesce();
    due = false;
    urgentQueued = false;
    inFlight = buildBatch();
    if (inFlight) transmit();
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
    pending: () => queue.length + (inFlight?.events.length ?? 0),
    nextSeq: () => seq,
    stop() {
      stopped = true;
      if (retryHandle !== null) timers.clearTimeout(retryHandle);
      retryHandle = null;
      cancelCoalesce();
    },
  };
}
