/**
 * Wires one platform adapter to the page: the capture runtime reads, the send queue delivers to the
 * background over one port (capture-port.ts). Both stop when WXT invalidates the content script.
 */

import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createSendQueue } from '../../lib/capture/send-queue.ts';
import type { CaptionAdapter } from './adapter.ts';
import { openCapturePort } from './capture-port.ts';
import { randomDocId, runCapture } from './run-capture.ts';

/**
 * Caption updates share a message for this long: a message costs the call page far more than reading
 * a block, and words arrive every few ms. Short enough to keep DOM → background well under 50 ms.
 */
const COALESCE_MS = 20;
/**
 * Whole-text blocks (Meet, Teams) are read together this often (see runCapture), within the same
 * latency budget. A rolling window (Zoom) is read on every change: a skipped window can lose words.
 */
const READ_EVERY_MS = 15;

export function startCapture(adapter: CaptionAdapter, ctx: ContentScriptContext): void {
  const doc = randomDocId();
  const port = openCapturePort();
  const queue = createSendQueue({
    doc,
    url: () => location.href,
    rollingWindow: adapter.rollingWindow,
    coalesceMs: COALESCE_MS,
    send: (batch) => port.send(batch),
    timers: {
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
    },
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
    ctx,
    readEveryMs: adapter.rollingWindow ? 0 : READ_EVERY_MS,
    send: (update) => queue.push(update),
  });
}
