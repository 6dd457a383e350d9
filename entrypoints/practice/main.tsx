import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { extensionPageStore } from '../../utils/store-messages.ts';
import '../../components/debrief/page.css';
import { App } from './App.tsx';

async function currentTabId(): Promise<number | null> {
  try {
    return (await browser.tabs.getCurrent())?.id ?? null;
  } catch {
    return null;
  }
}

const store = extensionPageStore();
const root = createRoot(document.getElementById('root')!);
void currentTabId().then((tabId) => root.render(<App store={store} tabId={tabId} />));
