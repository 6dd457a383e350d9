import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isCaptureBatchLike, parseCaptureBatch, type CaptureAck } from '../../lib/capture/protocol.ts';
import { PANEL_PORT, type PanelMessage, type WatchRequest } from '../../lib/session/panel-protocol.ts';
import { SessionHub } from './session-hub.ts';
import { SessionStore } from './session-store.ts';

/** How often quiet speakers' last words are finalised while no captions arrive. */
const TICK_MS = 1_000;

export default defineBackground(() => {
  const hub = new SessionHub({ store: new SessionStore(), now: Date.now, newId: () => crypto.randomUUID() });

  // The toolbar button opens the side panel (Chrome); Firefox opens its sidebar from the same action.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isCaptureBatchLike(message)) return undefined;
    const tabId = sender.tab?.id;
    // Only content scripts in a tab may feed captions; anything else is ignored, never thrown.
    if (tabId === undefined || sender.id !== browser.runtime.id) return Promise.resolve<CaptureAck>({ ok: false, error: 'not from a call tab' });
    const parsed = parseCaptureBatch(message);
    if ('error' in parsed) return Promise.resolve<CaptureAck>({ ok: false, error: parsed.error });
    return hub.handleBatch(tabId, parsed.batch).catch((error: unknown): CaptureAck => ({ ok: false, error: String(error) }));
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT) return;
    let watched: number | undefined;
    const unsubscribe = hub.subscribe((message: PanelMessage) => {
      if (message.tabId === watched) port.postMessage(message);
    });
    port.onMessage.addListener((request: unknown) => {
      const tabId = (request as Partial<WatchRequest>).tabId;
      if ((request as Partial<WatchRequest>).type !== 'watch' || !Number.isInteger(tabId)) return;
      watched = tabId;
      void hub.snapshot(tabId!).then((snapshot) => {
        if (watched === tabId) port.postMessage(snapshot);
      });
    });
    port.onDisconnect.addListener(unsubscribe);
  });

  browser.tabs.onRemoved.addListener((tabId) => hub.forgetTab(tabId));
  setInterval(() => void hub.tick(), TICK_MS);
});
