import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Post Guard',
    description:
      "Warns you before you post something on Facebook, X or LinkedIn that breaks your council's social media policy. Nothing you type leaves your browser.",
    // storage: the managed policy and user settings; alarms: the badge follows break time minute by minute.
    permissions: ['storage', 'alarms'],
    // The toolbar button: its badge shows whether personal use is permitted right now.
    action: { default_title: 'Post Guard' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'postguard@postguard.example',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
