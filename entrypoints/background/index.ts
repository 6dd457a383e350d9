import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { CAPTURE_PORT, isCaptureBatchLike, parseCaptureBatch, type CaptureAck } from '../../lib/capture/protocol.ts';
import { hostCapturePort } from './capture-port-host.ts';
import { PANEL_PORT, type PanelMessage } from '../../lib/session/panel-protocol.ts';
import { CoachSettingsStore } from '../../utils/coach-settings.ts';
import { parsePanelRequest } from '../../lib/session/schemas.ts';
import { SessionHub } from './session-hub.ts';
import { showCaptureBadge } from '../../utils/action-badge.ts';
import { retainOnStart, retainOnTabClosed } from '../../utils/retention.ts';
import { SessionStore } from '../../utils/session-store.ts';
import { handleStoreRequest, isStoreRequestLike, type StoreReply } from '../../utils/store-messages.ts';

/** How often quiet speakers' last words are finalised while no captions arrive. */
const TICK_MS = 1_000;

export default defineBackground(() => {
  const coach = new CoachSettingsStore();
  const store = new SessionStore();
  const hub = new SessionHub({ store, now: Date.now, newId: () => crypto.randomUUID(), coach });
  // Old calls go by the user's retention setting (keep N days, forever, or nothing past the call).
  void retainOnStart(store);

  // A first install opens the welcome page: what Candor does, how to start, and the user's defaults.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  // The toolbar button opens the side panel (Chrome); Firefox opens its sidebar from the same action.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

  function receiveBatch(message: unknown, sender: Browser.runtime.MessageSender | undefined): Promise<CaptureAck> {
    const tabId = sender?.tab?.id;
    // Only content scripts in a tab may feed captions; anything else is ignored, never thrown.
    if (tabId === undefined || sender?.id !== browser.runtime.id)
      return Promise.resolve<CaptureAck>({ ok: false, error: 'not from a call tab' });
    const parsed = parseCaptureBatch(message);
    if ('error' in parsed) return Promise.resolve<CaptureAck>({ ok: false, error: parsed.error });
    const { status } = parsed.batch;
    if (status) void showCaptureBadge(tabId, status.state).catch(() => undefined);
    return coach.ready
      .then(() => hub.handleBatch(tabId, parsed.batch))
      .catch((error: unknown): CaptureAck => ({ ok: false, error: String(error) }));
  }

  // The polyfill answers a message with the promise a listener returns; its types only say void.
  // eslint-disable-next-line @typescript-eslint/no-misused-promises
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (isStoreRequestLike(message)) {
      // The store is the background's alone; only the extension's own pages may ask (content scripts
      // share the extension id, so the page address decides).
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/')))
        return Promise.resolve<StoreReply>({ ok: false, error: 'not from an extension page' });
      return handleStoreRequest(store, message);
    }
    // Practice runs (extension pages) send one message per batch.
    return isCaptureBatchLike(message) ? receiveBatch(message, sender) : undefined;
  });
  // Call pages keep one port open; its batches are applied in order and acknowledged now and then.
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === CAPTURE_PORT) hostCapturePort(port, receiveBatch);
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
