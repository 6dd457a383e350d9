/**
 * Delivers capture batches over one long-lived port instead of a `runtime.sendMessage` per batch: a
 * one-off message opens and closes a channel each time, which the call page pays for in script time.
 * The background answers cumulatively and rarely (lib/capture/protocol.ts, CaptureReceipt): a receipt
 * says every batch up to its `seq` is stored, or that the batch `seq` was refused. A port that closes
 * (the service worker stopped) is reported, so the send queue re-sends what is unacknowledged on a new one.
 */
import { browser, type Browser } from 'wxt/browser';
import { CAPTURE_PORT, isCaptureReceipt, type CaptureBatch, type CaptureReceipt } from '../../lib/capture/protocol.ts';

export interface CapturePortEvents {
  /** A receipt from the background (already checked). */
  onReceipt(receipt: CaptureReceipt): void;
  /** The port closed: nothing sent on it will be answered any more. */
  onClosed(): void;
}

export interface CapturePort {
  /** Posts a batch, opening a port if none is open. May throw if the extension went away. */
  send(batch: CaptureBatch): void;
  close(): void;
}

export function openCapturePort(events: CapturePortEvents): CapturePort {
  let port: Browser.runtime.Port | null = null;
  let closed = false;

  function connect(): Browser.runtime.Port {
    const opened = browser.runtime.connect({ name: CAPTURE_PORT });
    opened.onMessage.addListener((message: unknown) => {
      if (!closed && port === opened && isCaptureReceipt(message)) events.onReceipt(message);
    });
    opened.onDisconnect.addListener(() => {
      if (port !== opened) return;
      port = null;
      if (!closed) events.onClosed();
    });
    return opened;
  }

  return {
    send(batch) {
      port ??= connect();
      port.postMessage(batch);
    },
    close() {
      closed = true;
      port?.disconnect();
      port = null;
    },
  };
}
