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

const ICON_SIZES = [16, 32, 48, 128] as const;
const icons = (variant: string) =>
  Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${variant}-${size}.png`])) as Record<number, string>;

export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // The sources zip (for Firefox's review) holds what builds the extension, not test output or images.
  zip: { excludeSources: ['artifacts/**', 'docs/screenshots/**', '.vitest-*.json'] },
  manifest: ({ browser }) => ({
    name: 'Candor — conversation coach',
    description:
      'Reads the live captions of your Meet, Zoom or Teams call and coaches you in a side panel. Nothing leaves your machine.',
    permissions: ['storage'],
    host_permissions: CALL_PAGE_MATCHES,
    icons: icons('candor'),
    // Needed so the toolbar button can open the side panel (WXT only adds one for popups).
    action: {
      default_title: 'Open Candor',
      default_icon: icons('candor'),
      // Firefox swaps the toolbar icon with its theme: `light` is drawn on dark toolbars.
      ...(browser === 'firefox'
        ? {
            theme_icons: ICON_SIZES.map((size) => ({
              light: `icon/candor-light-${size}.png`,
              dark: `icon/candor-${size}.png`,
              size,
            })),
          }
        : {}),
    },
    // A shortcut for the panel: in Chrome the action opens it; Firefox has a command for its sidebar.
    // Alt+Shift+Y stays clear of the call pages' own shortcuts: Teams toggles live captions with an
    // Alt+Shift combination that a browser shortcut would swallow.
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
