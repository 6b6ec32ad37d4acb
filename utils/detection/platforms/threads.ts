// Threads: settings under /settings/…; the web moved from threads.net to threads.com in April
// 2025 and the old domain still appears in links (page-signals.md §8).
import type { RulePack } from './types';

export const threads: RulePack = {
  id: 'threads',
  hosts: ['threads.com', 'www.threads.com', 'threads.net', 'www.threads.net'],
  reportUrl: 'https://help.instagram.com/',
  pages: [
    {
      // Source: none: no corpus row; the slugs follow Instagram's (unconfirmed).
      id: 'safety',
      context: 'safety',
      url: { paths: ['/settings/blocked*|muted*|restricted*|hidden_words|hidden-words|mentions|limits|content_preferences/**', '/settings/privacy/blocked*|muted*|restricted*|hidden_words|mentions|limits/**'] },
      testUrls: ['https://www.threads.com/settings/privacy/blocked', 'https://www.threads.com/settings/hidden_words'],
    },
    {
      // Source: public code (search index files 54496599022, 71420688272).
      id: 'privacy',
      context: 'privacy',
      url: { paths: ['/settings/privacy/**'] },
      deepLink: 'https://www.threads.com/settings/privacy',
      testUrls: ['https://www.threads.com/settings/privacy', 'https://www.threads.net/settings/privacy'],
    },
    {
      // Source: page-signals.md §8 (jdm-contrib/jdm's link) and public code (search index files
      // 65852247821, 69451272371).
      id: 'account',
      context: 'account',
      // Lists of posts kept under /settings (saved, liked) are feeds, not settings.
      url: { paths: ['/settings/**'], notPaths: ['/settings/saved|liked|archive*/**'] },
      deepLink: 'https://www.threads.com/settings/account',
      testUrls: ['https://www.threads.com/settings/account', 'https://www.threads.net/settings/account', 'https://www.threads.com/settings'],
    },
  ],
  notSettings: ['https://www.threads.com/@exampleuser', 'https://www.threads.com/login', 'https://www.threads.com/search', 'https://www.threads.net/@exampleuser/post/AbCdEf'],
};
