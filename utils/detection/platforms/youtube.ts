// YouTube: account settings are /account and /account_<section> (page-signals.md §7); channel
// settings live in YouTube Studio (studio.youtube.com), whose other pages are content and
// analytics. YouTube Kids' parental settings sit behind an in-app parent gate, with no URL.
import type { RulePack } from './types';

export const youtube: RulePack = {
  id: 'youtube',
  hosts: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'studio.youtube.com', 'youtubekids.com', 'www.youtubekids.com'],
  reportUrl: 'https://support.google.com/youtube/answer/2802027',
  pages: [
    {
      // YouTube's report tool, /reportabuse (optionally ?u=<user>), linked from its help and in
      // public code that files reports.
      id: 'report',
      context: 'report',
      url: { hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com'], paths: ['/reportabuse/**'] },
      testUrls: ['https://www.youtube.com/reportabuse', 'https://www.youtube.com/reportabuse?u=exampleuser'],
    },
    {
      // Source: page-signals.md §7 and public code (search index files 28005504673, 35251072217).
      id: 'privacy',
      context: 'privacy',
      url: { paths: ['/account_privacy|account_sharing/**'] },
      deepLink: 'https://www.youtube.com/account_privacy',
      testUrls: ['https://www.youtube.com/account_privacy', 'https://m.youtube.com/account_privacy'],
    },
    {
      // YouTube's Family Center for parents linking a teen's account (inferred from the product's own link).
      // Source: YouTube's sitemap index lists /myfamily/ (public code, search index files
      // 28457785417, 22537471824).
      id: 'family-center',
      context: 'supervision',
      url: { hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com'], paths: ['/myfamily/**'] },
      testUrls: ['https://www.youtube.com/myfamily'],
    },
    {
      // Source: page-signals.md §7, the shared corpus (StellarSand/privacy-settings) and public
      // code (search index files 35485550, 47453476071).
      id: 'account',
      context: 'account',
      // /paid_memberships: purchases and memberships, a section of the same settings (public code
      // links it to cancel Premium: search index files 52223730143, 53411738513).
      url: { hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com'], paths: ['/account/**', '/account_*/**', '/paid_memberships/**'] },
      deepLink: 'https://www.youtube.com/account',
      testUrls: [
        'https://www.youtube.com/account',
        'https://www.youtube.com/account_notifications',
        'https://www.youtube.com/account_playback',
        'https://www.youtube.com/account_advanced',
        'https://m.youtube.com/paid_memberships',
      ],
    },
    {
      // Source: page-signals.md §7 (/channel/<UC…>/editing/profile) and public code (search index
      // file 57923504628); /settings/ and /permissions/ have no corpus row (unconfirmed).
      id: 'channel-settings',
      context: 'page',
      url: { hosts: ['studio.youtube.com'], paths: ['/channel/*/editing/**', '/channel/*/settings/**', '/channel/*/permissions/**'] },
      deepLink: 'https://studio.youtube.com/',
      testUrls: ['https://studio.youtube.com/channel/UC1234567890/editing/profile', 'https://studio.youtube.com/channel/UC1234567890/editing/details'],
    },
  ],
  notSettings: [
    'https://studio.youtube.com/channel/UC1234567890/videos/upload',
    'https://studio.youtube.com/channel/UC1234567890/analytics/tab-overview/period-default',
    'https://www.youtubekids.com/watch?v=3b8nCWDgZ6Q',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com/results?search_query=privacy+settings',
    'https://www.youtube.com/@exampleuser/about',
    'https://www.youtube.com/t/terms',
    'https://www.youtube.com/howyoutubeworks/user-settings/privacy/',
  ],
};
