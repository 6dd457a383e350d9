/**
 * Delivers capture batches over one long-lived port instead of a `runtime.sendMessage` per batch: a
 * one-off message opens and closes a channel each time, which the call page pays for in script time.
 * Each batch is answered by a receipt `{ type: 'capture/receipt', seq, ack }` (checked against its schema).
 * A port that closes (the service worker stopped) answers its waiting batches with no acknowledgement,
 * so the send queue retries them on a fresh port.
 */
import { browser, type Browser } from 'wxt/browser';
import { CAPTURE_PORT, parseCaptureReceipt, type CaptureAck, type CaptureBatch } from '../../lib/capture/protocol.ts';

/**
 * A batch unanswered this long is treated as lost (and re-sent by the queue). One timer checks the waiting
 * batches every half of it, rather than a timer per batch, so an unanswered batch gives up after 10–15 s.
 */
const ACK_TIMEOUT_MS = 10_000;
const ACK_CHECK_MS = ACK_TIMEOUT_MS / 2;

export interface CapturePort {
  send(batch: CaptureBatch): Promise<CaptureAck | undefined>;
  close(): void;
}

export function openCapturePort(): CapturePort {
  let port: Browser.runtime.Port | null = null;
  const waiting = new Map<number, { answer: (ack: CaptureAck | undefined) => void; sentAt: number }>();
  let check: ReturnType<typeof setTimeout> | null = null;

  function answerAll(): void {
    for (const { answer } of waiting.values()) answer(undefined);
    waiting.clear();
  }

  function watchForLost(): void {
    if (check !== null) return;
    check = setTimeout(() => {
      check = null;
      const now = Date.now();
      for (const [seq, { answer, sentAt }] of waiting) {
        if (now - sentAt < ACK_TIMEOUT_MS) continue;
        waiting.delete(seq);
        answer(undefined);
      }
      if (waiting.size > 0) watchForLost();
    }, ACK_CHECK_MS);
  }

  function connect(): Browser.runtime.Port {
    const opened = browser.runtime.connect({ name: CAPTURE_PORT });
    opened.onMessage.addListener((message: unknown) => {
      const receipt = parseCaptureReceipt(message);
      if (!receipt) return;
      waiting.get(receipt.seq)?.answer(receipt.ack);
      waiting.delete(receipt.seq);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      answerAll();
    });
    return opened;
  }

  return {
    send(batch) {
      return new Promise((resolve) => {
        waiting.set(batch.seq, { answer: resolve, sentAt: Date.now() });
        watchForLost();
        port ??= connect();
        port.postMessage(batch);
      });
    },
    close() {
      if (check !== null) clearTimeout(check);
      check = null;
      port?.disconnect();
      port = null;
      answerAll();
    },
  };
}
