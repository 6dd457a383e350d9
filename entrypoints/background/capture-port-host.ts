/**
 * The background's side of one call page's capture port: batches are applied one at a time, in the
 * order they came, and answered by the port's receipts (lib/capture/port-receipts.ts).
 */
import type { Browser } from 'wxt/browser';
import { createPortReceipts } from '../../lib/capture/port-receipts.ts';
import { isCaptureBatchLike, RECEIPT_EVERY_MS, type CaptureAck } from '../../lib/capture/protocol.ts';
import type { QueueTimers } from '../../lib/capture/send-queue.ts';

type CapturePort = Pick<Browser.runtime.Port, 'postMessage' | 'onMessage' | 'onDisconnect' | 'sender'>;

const workerTimers: QueueTimers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as number),
};

export function hostCapturePort(
  port: CapturePort,
  receiveBatch: (message: unknown, sender: Browser.runtime.MessageSender | undefined) => Promise<CaptureAck>,
  timers: QueueTimers = workerTimers,
): void {
  const receipts = createPortReceipts({
    post: (receipt) => port.postMessage(receipt),
    timers,
    everyMs: RECEIPT_EVERY_MS,
  });
  // One batch at a time per port, so a refusal is known before the next batch is looked at.
  let turn: Promise<void> = Promise.resolve();
  port.onMessage.addListener((message: unknown) => {
    if (!isCaptureBatchLike(message)) return;
    // The batch itself is validated by receiveBatch; an answer needs a seq the page can match.
    const { seq } = message as { seq?: unknown };
    if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1) return;
    turn = turn.then(async () => {
      if (!receipts.admits(seq)) return;
      receipts.settled(seq, await receiveBatch(message, port.sender));
    });
  });
  port.onDisconnect.addListener(() => receipts.close());
}
