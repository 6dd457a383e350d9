import { defineConfig } from 'wxt';

// Host access is limited to the call pages themselves: Candor reads captions there and nowhere else.
export const MEET_MATCHES = ['https://meet.google.com/*'];
export const ZOOM_MATCHES = ['https://app.zoom.us/wc/*', 'https://*.zoom.us/wc/*'];
// Teams' web app (work/school, incl. /v2/ and guest light-meetings), the personal app, and the new domain.
export const TEAMS_MATCHES = [
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
  'https://teams.cloud.microsoft/*',
];
export const CALL_PAGE_MATCHES = [...MEET_MATCHES, ...ZOOM_MATCHES, ...TEAMS_MATCHES];

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Candor — conversation coach',
    description:
      'Reads the live captions of your Meet, Zoom or Teams call and coaches you in a side panel. Nothing leaves your machine.',
    permissions: ['storage'],
    host_permissions: CALL_PAGE_MATCHES,
    // Needed so the toolbar button can open the side panel (WXT only adds one for popups).
    action: { default_title: 'Open Candor' },
    // A shortcut for the panel: in Chrome the action opens it; Firefox has a command for its sidebar.
    // Not Alt+Shift+C: Teams uses it to toggle live captions, and a browser shortcut would swallow it.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: 'Open the Candor panel',
      },
    },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'candor@candor.local', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
