import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../../utils/capture/start-capture.ts';
import { zoomAdapter } from './adapter.ts';
import { rememberNames } from './names.ts';
import { loadRememberedNames, saveRememberedNames } from '../../utils/capture/remembered-names.ts';

// The meeting UI lives in a same-origin iframe#webclient, so every frame gets a copy; the adapter
// keeps the shell frame (and any other frame without meeting UI) silent.
export default defineContentScript({
  matches: ['https://app.zoom.us/wc/*', 'https://*.zoom.us/wc/*'],
  allFrames: true,
  runAt: 'document_idle',
  async main(ctx) {
    // Names seen in earlier calls first, so a speaker whose tile is off screen is still named.
    rememberNames(await loadRememberedNames(), saveRememberedNames);
    startCapture(zoomAdapter, ctx);
  },
});
