/**
 * The list of stored calls (`calls.html`). Not named "history": WXT would make an entrypoint of that name
 * replace the browser's own History page (chrome_url_overrides).
 */
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { extensionPageStore } from '../../utils/store-messages.ts';
import '../../components/debrief/page.css';
import { App } from './App.tsx';

async function currentTabId(): Promise<number> {
  try {
    return (await browser.tabs.getCurrent())?.id ?? -1;
  } catch {
    return -1;
  }
}

const root = createRoot(document.getElementById('root')!);
void currentTabId().then((tabId) => root.render(<App store={extensionPageStore()} tabId={tabId} />));
