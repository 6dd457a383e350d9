/**
 * The background's end of one capture port: which batches it applies and when it answers. Pure: the
 * post function and the timers are injected.
 *
 * - Stored batches are acknowledged cumulatively, at most every `everyMs`: one receipt with the highest
 *   `seq` stored so far stands for all before it (the port delivers in order, and a page re-sends from
 *   its oldest unacknowledged batch, so what this port stored is contiguous).
 * - A refused batch is answered at once, and no later batch of the port is applied until that `seq`
 *   comes again: the page re-sends everything unacknowledged in order, so nothing is stored out of order
 *   and nothing after a refusal is skipped. Earlier `seq`s (re-sent duplicates) are still taken.
 */
import type { CaptureAck, CaptureReceipt } from './protocol.ts';
import type { QueueTimers } from './send-queue.ts';

export interface PortReceiptsOptions {
  post: (receipt: CaptureReceipt) => void;
  timers: QueueTimers;
  everyMs: number;
}

export interface PortReceipts {
  /** Whether the batch `seq` may be applied now (false while an earlier refusal waits for its re-send). */
  admits(seq: number): boolean;
  /** The batch `seq` was applied (or recognised as a duplicate), or refused. */
  settled(seq: number, ack: CaptureAck): void;
  /** The port closed: no more receipts. */
  close(): void;
}

export function createPortReceipts({ post, timers, everyMs }: PortReceiptsOptions): PortReceipts {
  let stored = 0;
  let answered = 0;
  let refused: number | null = null;
  let handle: unknown = null;
  let closed = false;

  function send(receipt: CaptureReceipt): void {
    if (closed) return;
    try {
      post(receipt);
    } catch {
      // The page went away; if it is still there, its content script re-sends on a new port.
    }
  }

  function answerStored(): void {
    handle = null;
    if (stored <= answered) return;
    answered = stored;
    send({ type: 'capture/receipt', seq: stored, ack: { ok: true } });
  }

  return {
    admits: (seq) => refused === null || seq <= refused,
    settled(seq, ack) {
      if (closed) return;
      if (!ack.ok) {
        refused = refused === null ? seq : Math.min(refused, seq);
        send({ type: 'capture/receipt', seq, ack });
        return;
      }
      if (refused !== null && seq >= refused) refused = null;
      stored = Math.max(stored, seq);
      handle ??= timers.setTimeout(answerStored, everyMs);
    },
    close() {
      closed = true;
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
    },
  };
}
