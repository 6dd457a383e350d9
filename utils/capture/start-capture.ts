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

export function startCapture(adapter: CaptionAdapter, ctx: ContentScriptContext): void {
  const doc = randomDocId();
  const port = openCapturePort();
  const timers = pageTimers(ctx);
  const queue = createSendQueue({
    doc,
    url: () => location.href,
    rollingWindow: adapter.rollingWindow,
    // Reads are already paced (READ_EVERY_MS): each read's events go at once.
    send: (batch) => port.send(batch),
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
