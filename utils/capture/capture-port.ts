/**
 * Delivers capture batches over one long-lived port instead of a `runtime.sendMessage` per batch: a
 * one-off message opens and closes a channel each time, which the call page pays for in script time.
 * Each batch is answered by a receipt `{ type: 'capture/receipt', seq, ack }` (checked against its schema).
 * A port that closes (the service worker stopped) answers its waiting batches with no acknowledgement,
 * so the send queue retries them on a fresh port.
 */
import { browser, type Browser } from 'wxt/browser';
import { CAPTURE_PORT, parseCaptureReceipt, type CaptureAck, type CaptureBatch } from '../../lib/capture/protocol.ts';

/** A batch unanswered this long is treated as lost (and re-sent by the queue). */
const ACK_TIMEOUT_MS = 10_000;

export interface CapturePort {
  send(batch: CaptureBatch): Promise<CaptureAck | undefined>;
  close(): void;
}

export function openCapturePort(): CapturePort {
  let port: Browser.runtime.Port | null = null;
  const waiting = new Map<number, (ack: CaptureAck | undefined) => void>();

  function answerAll(): void {
    for (const answer of waiting.values()) answer(undefined);
    waiting.clear();
  }

  function connect(): Browser.runtime.Port {
    const opened = browser.runtime.connect({ name: CAPTURE_PORT });
    opened.onMessage.addListener((message: unknown) => {
      const receipt = parseCaptureReceipt(message);
      if (!receipt) return;
      waiting.get(receipt.seq)?.(receipt.ack);
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
        const timer = setTimeout(() => {
          waiting.delete(batch.seq);
          resolve(undefined);
        }, ACK_TIMEOUT_MS);
        waiting.set(batch.seq, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
        port ??= connect();
        port.postMessage(batch);
      });
    },
    close() {
      port?.disconnect();
      port = null;
      answerAll();
    },
  };
}
