import { defineConfig } from 'wxt';

// Explicit imports everywhere: a file shows what it depends on.
export default defineConfig({
  imports: false,
  hooks: {
    // The content script is built as a plain script (entrypoints/page-probe: no WXT content-script
    // runtime to start on every page) and listed here. The report script (entrypoints/page-report)
    // is not listed: the background injects it on demand, with the `scripting` permission.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: ['http://*/*', 'https://*/*'], js: ['page-probe.js'], run_at: 'document_idle' },
      ];
    },
  },
  manifest: ({ browser }) => ({
    // Name and description in the browser's language: public/_locales/<lang>/messages.json.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions:
      browser === 'firefox'
        ? ['storage', 'scripting', 'http://*/*', 'https://*/*']
        : ['storage', 'scripting', 'sidePanel', 'offscreen'],
    host_permissions: browser === 'firefox' ? undefined : ['http://*/*', 'https://*/*'],
    // runtime.getContexts (the offscreen document's lookup) needs Chrome 116; sidePanel 114.
    minimum_chrome_version: browser === 'firefox' ? undefined : '116',
    action: { default_title: '__MSG_extName__' },
    browser_action: { default_title: '__MSG_extName__' },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'counterpart@counterpart.example',
              strict_min_version: '140.0',
              // Nothing leaves the browser: no telemetry, no data collected.
              data_collection_permissions: { required: ['none'] },
            },
          }
        : undefined,
  }),
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
});
