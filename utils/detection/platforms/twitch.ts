// Twitch: viewer settings under twitch.tv/settings/…, a channel's settings in the creator
// dashboard (dashboard.twitch.tv/u/<name>/settings/… and, older, dashboard.twitch.tv/settings/…).
import type { RulePack } from './types';

const MAIN = ['twitch.tv', 'www.twitch.tv', 'm.twitch.tv'];

export const twitch: RulePack = {
  id: 'twitch',
  hosts: [...MAIN, 'dashboard.twitch.tv'],
  reportUrl: 'https://help.twitch.tv/',
  pages: [
    {
      // Source: public code (search index files 26772424911, 8948937309, 3408793231).
      id: 'channel-settings',
      context: 'page',
      url: { hosts: ['dashboard.twitch.tv'], paths: ['/settings/**', '/u/*/settings/**', '/u/*/moderation/**'] },
      deepLink: 'https://dashboard.twitch.tv/settings/stream',
      testUrls: ['https://dashboard.twitch.tv/settings/stream', 'https://dashboard.twitch.tv/u/exampleuser/settings/moderation', 'https://dashboard.twitch.tv/u/exampleuser/settings/channel'],
    },
    {
      // Source: public code (search index file 52626294942).
      id: 'security-and-privacy',
      context: 'safety',
      url: { hosts: MAIN, paths: ['/settings/security|privacy|security-and-privacy/**'] },
      deepLink: 'https://www.twitch.tv/settings/security',
      testUrls: ['https://www.twitch.tv/settings/security'],
    },
    {
      // Source: none found: no corpus row is a twitch.tv/settings/channel page (unconfirmed).
      id: 'channel-settings-legacy',
      context: 'page',
      url: { hosts: MAIN, paths: ['/settings/channel|stream|moderation/**'] },
      testUrls: ['https://www.twitch.tv/settings/channel'],
    },
    {
      // Source: public code (search index files 46334171067, 20224185072, 1793649507).
      id: 'account',
      context: 'account',
      // /subscriptions: the viewer's subscriptions, managed and cancelled there (a Twitch client's
      // route table names it beside SETTINGS; public code, search index files 14334483346, 60722906506).
      url: { hosts: MAIN, paths: ['/settings/**', '/subscriptions/**'] },
      deepLink: 'https://www.twitch.tv/settings/profile',
      testUrls: ['https://www.twitch.tv/settings/profile', 'https://www.twitch.tv/settings/notifications', 'https://www.twitch.tv/settings/connections', 'https://www.twitch.tv/subscriptions/'],
    },
  ],
  notSettings: [
    'https://www.twitch.tv/exampleuser',
    'https://www.twitch.tv/directory',
    'https://www.twitch.tv/p/en/legal/privacy-notice/',
    'https://dashboard.twitch.tv/u/exampleuser/home',
    'https://dashboard.twitch.tv/u/exampleuser/content/video-producer',
  ],
};
