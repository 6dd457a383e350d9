import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCapture } from '../../utils/capture/start-capture.ts';
import { teamsAdapter } from './adapter.ts';

// Reads Teams' live captions (work/school, personal and guest web apps); nothing else is touched.
export default defineContentScript({
  matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
  runAt: 'document_idle',
  main(ctx) {
    startCapture(teamsAdapter, ctx);
  },
});
