/**
 * Wires one platform adapter to the page: the capture runtime reads, the send queue delivers to the
 * background with `runtime.sendMessage`. Both stop when WXT invalidates the content script.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CaptureAck, CaptureBatch } from '../../lib/capture/protocol.ts';
import { createSendQueue } from '../../lib/capture/send-queue.ts';
import type { CaptionAdapter } from './adapter.ts';
import { randomDocId, runCapture } from './run-capture.ts';

export function startCapture(adapter: CaptionAdapter, ctx: ContentScriptContext): void {
  const doc = randomDocId();
  const queue = createSendQueue({
    doc,
    url: () => location.href,
    rollingWindow: adapter.rollingWindow,
    send: (batch: CaptureBatch) => browser.runtime.sendMessage(batch) as Promise<CaptureAck | undefined>,
    timers: {
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
    },
  });
  ctx.onInvalidated(() => queue.stop());
  runCapture({ adapter, doc: document, docId: doc, ctx, send: (update) => queue.push(update) });
}
