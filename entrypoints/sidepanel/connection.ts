import { browser } from 'wxt/browser';
import {
  PANEL_PORT,
  type CoachRequest,
  type PanelMessage,
  type WatchRequest,
} from '../../lib/session/panel-protocol.ts';
import type { PanelStore } from '../../lib/store/panel-store.ts';

const RECONNECT_MS = 300;

/**
 * Keeps the panel's store in step with the background for the bound tab. The background's service
 * worker may stop at any time; the port then drops and we reconnect, getting a fresh snapshot.
 */
export interface PanelConnection {
  /** Sends the user's choice to the background; dropped while reconnecting (the user can retry). */
  send(request: CoachRequest): void;
  close(): void;
}

export function connectPanel(store: PanelStore): PanelConnection {
  let port: ReturnType<typeof browser.runtime.connect> | undefined;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const watch = () => {
    const { tabId } = store.getState();
    if (port && tabId !== null) port.postMessage({ type: 'watch', tabId } satisfies WatchRequest);
  };

  const connect = () => {
    if (closed) return;
    port = browser.runtime.connect({ name: PANEL_PORT });
    port.onMessage.addListener((message: unknown) => store.getState().receive(message as PanelMessage));
    port.onDisconnect.addListener(() => {
      port = undefined;
      if (closed) return;
      store.getState().setConnection('reconnecting');
      timer = setTimeout(connect, RECONNECT_MS);
    });
    watch();
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.tabId !== previous.tabId) watch();
  });
  connect();

  return {
    send: (request) => port?.postMessage(request),
    close: () => {
      closed = true;
      clearTimeout(timer);
      unsubscribe();
      port?.disconnect();
    },
  };
}

/**
 * The tab the panel shows: `?tab=<id>` pins it (a detached window, tests); otherwise the active tab
 * of the panel's window, followed as the user switches tabs.
 */
export function followTab(store: PanelStore): () => void {
  const pinned = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(pinned) && pinned > 0) {
    store.getState().bind(pinned);
    return () => undefined;
  }
  const bindActive = async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    store.getState().bind(tab?.id ?? null);
  };
  const onActivated = () => void bindActive();
  const onUpdated = (_: number, change: { status?: string }) => {
    if (change.status === 'complete') void bindActive();
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  void bindActive();
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
  };
}
