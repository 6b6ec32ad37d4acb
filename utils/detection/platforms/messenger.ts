// Messenger (messenger.com): no settings URL has ever been seen on messenger.com; its settings open
// as a dialog over the chat (page-signals.md §3), and block and privacy controls are managed in
// Facebook's settings or Accounts Centre. So the one page here is a DOM signal: the dialog, by its
// accessible name in the two languages we ship (our reading of the web UI, inferred).
import type { RulePack } from './types';

export const messenger: RulePack = {
  id: 'messenger',
  hosts: ['messenger.com', 'www.messenger.com'],
  reportUrl: 'https://www.facebook.com/help/messenger-app',
  pages: [
    {
      // Source: page-signals.md §3 (a c. 2017 copy of the markup: a role=dialog Settings); the
      // labels are inferred.
      id: 'privacy-and-safety',
      context: 'messaging',
      url: { paths: ['/', '/t/**', '/e2ee/t/**', '/requests/**', '/marketplace/**'] },
      dom: {
        anyOf: [
          '[role="dialog"][aria-label="Privacy & safety" i]',
          '[role="dialog"][aria-label="Preferences" i]',
          '[role="dialog"][aria-label="Confidentialité et sécurité" i]',
          '[role="dialog"][aria-label="Préférences" i]',
        ],
        watch: 'body',
      },
      deepLink: 'https://www.facebook.com/settings/?tab=blocking',
      testUrls: ['https://www.messenger.com/', 'https://www.messenger.com/t/1234567890'],
    },
  ],
  notSettings: ['https://www.messenger.com/login/password/', 'https://www.messenger.com/t/1234567890', 'https://www.messenger.com/privacy'],
};
