import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CAPTURE_PORT, isCaptureBatchLike, parseCaptureBatch, type CaptureAck } from '../../lib/capture/protocol.ts';
import { PANEL_PORT, type PanelMessage, type PanelRequest } from '../../lib/session/panel-protocol.ts';
import { CoachSettingsStore, parsePerspective } from '../../utils/coach-settings.ts';
import { SessionHub } from './session-hub.ts';
import { retainOnStart, retainOnTabClosed } from '../../utils/retention.ts';
import { SessionStore } from '../../utils/session-store.ts';

/** How often quiet speakers' last words are finalised while no captions arrive. */
const TICK_MS = 1_000;

export default defineBackground(() => {
  const coach = new CoachSettingsStore();
  const store = new SessionStore();
  const hub = new SessionHub({ store, now: Date.now, newId: () => crypto.randomUUID(), coach });
  // Old calls go by the user's retention setting (keep N days, forever, or nothing past the call).
  void retainOnStart(store);

  // The toolbar button opens the side panel (Chrome); Firefox opens its sidebar from the same action.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

  function receiveBatch(message: unknown, sender: Browser.runtime.MessageSender | undefined): Promise<CaptureAck> {
    const tabId = sender?.tab?.id;
    // Only content scripts in a tab may feed captions; anything else is ignored, never thrown.
    if (tabId === undefined || sender?.id !== browser.runtime.id)
      return Promise.resolve<CaptureAck>({ ok: false, error: 'not from a call tab' });
    const parsed = parseCaptureBatch(message);
    if ('error' in parsed) return Promise.resolve<CaptureAck>({ ok: false, error: parsed.error });
    return coach.ready
      .then(() => hub.handleBatch(tabId, parsed.batch))
      .catch((error: unknown): CaptureAck => ({ ok: false, error: String(error) }));
  }

  // Practice runs (extension pages) send one message per batch.
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) =>
    isCaptureBatchLike(message) ? receiveBatch(message, sender) : undefined,
  );
  // Call pages keep one port open and get each batch answered on it with its seq.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== CAPTURE_PORT) return;
    port.onMessage.addListener((message: unknown) => {
      if (!isCaptureBatchLike(message)) return;
      const seq = (message as { seq?: unknown }).seq;
      void receiveBatch(message, port.sender).then((ack) => {
        try {
          port.postMessage({ seq, ack });
        } catch {
          // The page went away; its content script re-sends on a new port if it is still there.
        }
      });
    });
  });

  browser.runtime.onConnect.addListener((port) => {
    // Only the extension's own pages may watch a call (content scripts share the extension id).
    if (port.name !== PANEL_PORT || !port.sender?.url?.startsWith(browser.runtime.getURL('/'))) return;
    let watched: number | undefined;
    const unsubscribe = hub.subscribe((message: PanelMessage) => {
      if (message.tabId === watched) port.postMessage(message);
    });
    port.onMessage.addListener((message: unknown) => {
      const request = parsePanelRequest(message);
      if (!request) return;
      if (request.type === 'watch') {
        watched = request.tabId;
        void coach.ready
          .then(() => hub.snapshot(request.tabId))
          .then((snapshot) => {
            if (watched === request.tabId) port.postMessage(snapshot);
          });
      } else if (request.tabId === watched) {
        void hub.handleCoach(request);
      }
    });
    port.onDisconnect.addListener(unsubscribe);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    hub.forgetTab(tabId);
    void retainOnTabClosed(store, tabId);
  });
  setInterval(() => void hub.tick(), TICK_MS);
});

const FEEDBACK = new Set(['helpful', 'not-useful', 'not-now']);

/** Panel messages are checked like any other input: a wrong shape is dropped. */
function parsePanelRequest(message: unknown): PanelRequest | null {
  if (typeof message !== 'object' || message === null) return null;
  const request = message as Record<string, unknown>;
  const tabId = request.tabId;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId)) return null;
  const nudgeId = typeof request.nudgeId === 'string' && request.nudgeId.length < 300 ? request.nudgeId : null;
  switch (request.type) {
    case 'watch':
      return { type: 'watch', tabId };
    case 'perspective':
      return { type: 'perspective', tabId, perspective: parsePerspective(request.perspective) };
    case 'feedback':
      return nudgeId && typeof request.feedback === 'string' && FEEDBACK.has(request.feedback)
        ? { type: 'feedback', tabId, nudgeId, feedback: request.feedback as 'helpful' | 'not-useful' | 'not-now' }
        : null;
    case 'another-phrasing':
      return nudgeId ? { type: 'another-phrasing', tabId, nudgeId } : null;
    default:
      return null;
  }
}
