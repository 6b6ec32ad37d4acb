import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { slimContentScriptBuild } from './build/content-script-build';
import { buildPopupAlone } from './build/popup-build';
import { addPrerenderedPopupPages, allowPrerenderedPopupStyle } from './build/popup-prerender';
import { stripTestDataPlugin } from './utils/detection/platforms/lib/strip-pack-data';
import { icuMessages } from './build/icu-messages';
import { contentScriptMatches } from './utils/detection/platforms';
import { FOCUS_PANEL_COMMAND, PANEL_FRAME_FILE } from './utils/guide/framed-page';

// The manifest is the privacy promise in machine-readable form: every permission below is
// listed with its reason in the README, and the content script only matches the hosts that
// the rule packs declare (see utils/detection/platforms/index.ts).
export default defineConfig({
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Separate output folders let several builds (e.g. parallel test runs) live side by side.
  outDir: process.env.VIGIE_OUT_DIR ?? '.output',
  vite: () => ({
    // The rule packs' test URLs stay in the sources for the tests, out of the bundles.
    // Catalogues compiled to message functions (ICU MessageFormat, build/icu-messages.ts).
    plugins: [preact(), stripTestDataPlugin(), icuMessages()],
    build: { sourcemap: false },
  }),
  hooks: {
    // The content script's build alone loses the packs' links and the browser polyfill (budget).
    'vite:build:extendConfig': slimContentScriptBuild,
    // The popup in a build of its own: one script to load before the helplines are painted.
    'entrypoints:grouped': (_wxt, groups) => buildPopupAlone(groups),
    // Its first screen prerendered, one static page per language and country (and the CSP hash of
    // the stylesheet those pages carry inline).
    'build:publicAssets': addPrerenderedPopupPages,
    'build:manifestGenerated': allowPrerenderedPopupStyle,
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['unlimitedStorage', 'storage', 'alarms', 'notifications', 'activeTab'],
    // Extension pages may load only the extension's own files and may open no connection at all:
    // the promise "contacts no server" enforced by the browser, not just by our code.
    content_security_policy: {
      extension_pages: "default-src 'self'; script-src 'self'; object-src 'none'; connect-src 'none'; img-src 'self' data: blob:; base-uri 'none'; form-action 'none'",
    },
    // The panel's frame (entrypoints/panel-frame/) is the one file a web page may load, and only a
    // page of the hosts the content script runs on. Chromium then serves it only at a URL whose id
    // changes every session, so a page cannot test for Vigie by loading it; Firefox's URL carries
    // a random id of each installation already (and has no such key).
    web_accessible_resources: [
      {
        resources: [PANEL_FRAME_FILE],
        matches: contentScriptMatches(),
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // The passport page doubles as the options page.
    options_ui: { page: 'passport.html', open_in_tab: true },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+V' },
        description: '__MSG_commandOpen__',
      },
      // A keyboard user meets the page's own controls first (the panel is last in the page); this
      // takes them to the panel at once, and Escape in the panel takes them back.
      [FOCUS_PANEL_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandFocusPanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'vigie@vigie.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
