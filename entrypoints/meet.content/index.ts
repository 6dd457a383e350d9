import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../../utils/capture/start-capture.ts';
import { meetAdapter } from './adapter.ts';

// Reads Meet's live captions; nothing else on the page is touched.
export default defineContentScript({
  matches: ['https://meet.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture(meetAdapter, ctx);
  },
});
