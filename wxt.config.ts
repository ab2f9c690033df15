import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The production build has no static content-script matches: real ECD sites are activated by
// the worker (optional host permissions) or listed by the organisation's policy. Only the e2e
// build (`--mode e2e`, .output/*-e2e) coaches the local demo and test pages without a click.
const E2E_CONTENT_SCRIPT = {
  matches: ['http://localhost/*', 'http://127.0.0.1/*'],
  js: ['content-scripts/content.js'],
  all_frames: true,
  match_about_blank: true,
  run_at: 'document_idle' as const,
};

/**
 * The CSP of the extension's pages and worker, the same for Chrome (MV3 extension_pages) and
 * Firefox (MV2, a string). `script-src` is spelled out because both browsers require it.
 * Nothing more is needed: the pages' CSS is bundled into files of our own, and preact writes
 * `style={{…}}` props through the CSSOM (element.style), which CSP does not govern, so no
 * 'unsafe-inline' for styles (tests/e2e/privileged.spec.ts loads every page and counts violations).
 */
const EXTENSION_PAGES_CSP = "default-src 'self'; script-src 'self'; img-src 'self' data:; frame-src 'none'; connect-src 'none'; object-src 'none'";

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // Another folder for a build beside the usual one (a second checkout, a helper's own run).
  outDir: process.env.KRACHTCOACH_OUT_DIR ?? '.output',
  // The side panel carries the rules, the assistant's cards and router: a large page, loaded
  // from the extension itself, never over a network.
  // No modulepreload polyfill either: it is the only fetch() in the bundles (of our own chunks).
  vite: () => ({ plugins: [preact()], build: { chunkSizeWarningLimit: 1500, modulePreload: { polyfill: false } } }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode === 'e2e') manifest.content_scripts = [E2E_CONTENT_SCRIPT];
    },
  },
  manifest: ({ browser, command }) => ({
    name: 'Krachtcoach',
    description: 'Krachtgerichte schrijfcoach voor rapportages, werkbladen en boodschappen. Alles blijft in je browser.',
    default_locale: undefined,
    // alarms: expired drafts are purged on time, also when nothing reads them.
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    // Defence in depth for "nothing leaves the browser" (wxt's dev server needs connections, so
    // only in builds): our own pages and worker load only their own files, may open no connection
    // and no frame, and show images only from the extension or data: URLs.
    ...(command === 'build'
      ? browser === 'firefox'
        ? { content_security_policy: EXTENSION_PAGES_CSP }
        : { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }
      : {}),
    // Sites are asked for one at a time ("Altijd op deze site"); nothing is granted up front.
    // Firefox's MV2 manifest lists them under optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // Drawn by src/tools/make-icons.ts.
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    // 119: sidePanel.open (116) and matchOriginAsFallback for registered sites (119).
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '119' }),
    action: {
      default_title: 'Krachtcoach',
      default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png' },
      // Firefox hides a new button in its extensions menu; the worker needs it in sight.
      ...(browser === 'firefox' ? { default_area: 'navbar' } : {}),
    },
    // The template picker is drawn in a frame of our own origin inside the page (src/picker), so
    // the page cannot read the worker's templates; only its page is framable, and it shows nothing
    // until our content script hands it a port.
    web_accessible_resources: [{ resources: ['picker.html'], matches: ['http://*/*', 'https://*/*'] }],
    // The organisation's policy (templates, sites, switched-off rules): public/managed_schema.json.
    // Firefox reads the same keys from its 3rdparty policy without a schema entry.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    commands: {
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open het Krachtcoach-paneel (en zet Krachtcoach aan in dit tabblad)',
      },
      'insert-snippet': {
        suggested_key: { default: 'Alt+Shift+I' },
        description: 'Sjabloon invoegen bij de cursor',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140: the Custom Highlight API (every underline, textareas included) and data_collection_permissions.
            gecko: { id: 'krachtcoach@krachtcoach.nl', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
