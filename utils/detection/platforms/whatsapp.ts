// WhatsApp: WhatsApp Web has one URL; Settings (account, privacy, chats) opens as a drawer in the
// page (page-signals.md §2). The signal is the navigation rail's Settings entry being the selected
// one (`data-icon="settings-refreshed"`, public automation code); how "selected" is exposed is our
// reading of the web UI (inferred), so three stable forms are accepted. Invite links
// (chat.whatsapp.com) and the legal pages are never settings.
import type { RulePack } from './types';

const SETTINGS_ICON = '[data-icon="settings-refreshed"]';

export const whatsapp: RulePack = {
  id: 'whatsapp',
  hosts: ['web.whatsapp.com', 'whatsapp.com', 'www.whatsapp.com', 'chat.whatsapp.com'],
  reportUrl: 'https://faq.whatsapp.com/',
  pages: [
    {
      // Source: page-signals.md §2 (the navigation rail's icons in public automation code).
      id: 'settings-drawer',
      context: 'privacy',
      url: { hosts: ['web.whatsapp.com'], paths: ['/'] },
      dom: {
        anyOf: [
          `[aria-pressed="true"] ${SETTINGS_ICON}`,
          `[aria-selected="true"] ${SETTINGS_ICON}`,
          `[data-navbar-item-selected="true"] ${SETTINGS_ICON}`,
        ],
        watch: '#app',
        watchAttributes: ['aria-pressed', 'aria-selected', 'data-navbar-item-selected'],
      },
      testUrls: ['https://web.whatsapp.com/'],
    },
  ],
  notSettings: [
    'https://web.whatsapp.com/',
    'https://chat.whatsapp.com/AbCdEfGhIjKlMnOpQrStUv',
    'https://www.whatsapp.com/legal/updates/privacy-policy/',
    'https://www.whatsapp.com/safety',
  ],
};
