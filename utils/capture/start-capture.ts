/**
 * Wires one platform adapter to the page: the capture runtime reads, the send queue delivers to the
 * background over one port (capture-port.ts). Both stop when WXT invalidates the content script.
 */

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createSendQueue } from '../../lib/capture/send-queue.ts';
import type { CaptionAdapter } from './adapter.ts';
import { READ_EVERY_MS } from './cadence.ts';
import { openCapturePort } from './capture-port.ts';
import { pageTimers } from './page-timers.ts';
import { randomDocId, runCapture } from './run-capture.ts';

/** Batches the page may have sent and not yet had acknowledged (the background answers every half second). */
const UNACKNOWLEDGED_BATCHES = 64;
/** A batch unacknowledged this long is treated as lost and re-sent, with everything after it. */
const ACK_TIMEOUT_MS = 10_000;

export function startCapture(adapter: CaptionAdapter, ctx: ContentScriptContext): void {
  const doc = randomDocId();
  const timers = pageTimers(ctx);
  // The port's events come later, asynchronously, once the queue below exists.
  const port = openCapturePort({
    onReceipt: ({ seq, ack }) => (ack.ok ? queue.acknowledge(seq) : queue.retry()),
    // The service worker stopped: what it had not acknowledged goes again on a new port.
    onClosed: () => queue.retry(),
  });
  const queue = createSendQueue({
    doc,
    url: () => location.href,
    rollingWindow: adapter.rollingWindow,
    // Reads are already paced (READ_EVERY_MS): each read's events go at once.
    send: (batch) => port.send(batch),
    cumulativeAcks: true,
    window: UNACKNOWLEDGED_BATCHES,
    ackTimeoutMs: ACK_TIMEOUT_MS,
    timers,
  });
  ctx.onInvalidated(() => {
    queue.stop();
    port.close();
  });
  // A hidden or unloading page may not get another timer: send what is waiting now.
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (document.visibilityState === 'hidden') queue.flush();
  });
  ctx.addEventListener(window, 'pagehide', () => queue.flush());
  runCapture({
    adapter,
    doc: document,
    docId: doc,
    ctx: {
      setInterval: (handler, ms) => ctx.setInterval(handler, ms),
      setTimeout: (handler, ms) => timers.setTimeout(handler, ms ?? 0),
      onInvalidated: (callback) => ctx.onInvalidated(callback),
    },
    readEveryMs: READ_EVERY_MS,
    send: (update) => queue.push(update),
  });
}
