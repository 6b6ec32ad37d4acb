// Roblox: every settings tab is /my/account plus a hash route (#!/privacy, #!/security,
// #!/parental-controls…); Roblox's own scripts build them that way (page-signals.md §7). Without
// the hash, /my/account opens the account info tab.
import type { RulePack } from './types';

const ACCOUNT = ['/my/account'];

export const roblox: RulePack = {
  id: 'roblox',
  hosts: ['roblox.com', 'www.roblox.com', 'web.roblox.com', 'm.roblox.com'],
  reportUrl: 'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations',
  pages: [
    {
      // Abuse reports: /abusereport/<kind>?id=… (userprofile, asset, chat), the page Roblox's own
      // "Report abuse" links open (ReportAbuseAbsoluteUrl in its game API; public code).
      id: 'report',
      context: 'report',
      url: { paths: ['/abusereport/**'] },
      testUrls: ['https://www.roblox.com/abusereport/userprofile?id=1', 'https://www.roblox.com/abusereport/asset?id=277751860'],
    },
    {
      // Source: page-signals.md §7 (Roblox's own scripts build the hash routes) and public code
      // (search index file 47373065678).
      id: 'parental-controls',
      context: 'supervision',
      url: { paths: ACCOUNT, hash: ['parental-controls/**', 'parentalcontrols/**'] },
      deepLink: 'https://www.roblox.com/my/account#!/parental-controls',
      testUrls: ['https://www.roblox.com/my/account#!/parental-controls'],
    },
    {
      // Source: page-signals.md §7 and public code (search index file 62386108962).
      id: 'blocked-users',
      context: 'safety',
      url: { paths: ACCOUNT, hash: ['privacy/blockedusers/**', 'blocked-users/**'] },
      deepLink: 'https://www.roblox.com/my/account#!/privacy/BlockedUsers',
      testUrls: ['https://www.roblox.com/my/account#!/privacy/BlockedUsers'],
    },
    {
      // Source: page-signals.md §7 and public code (search index files 53096235128, 18258806032).
      id: 'security',
      context: 'safety',
      url: { paths: ACCOUNT, hash: ['security/**'] },
      deepLink: 'https://www.roblox.com/my/account#!/security',
      testUrls: ['https://www.roblox.com/my/account#!/security', 'https://web.roblox.com/my/account#!/security'],
    },
    {
      // Source: page-signals.md §7 and public code (search index files 61368629662, 55483122548).
      id: 'privacy',
      context: 'privacy',
      url: { paths: ACCOUNT, hash: ['privacy/**', 'app-permissions/**'] },
      deepLink: 'https://www.roblox.com/my/account#!/privacy',
      testUrls: ['https://www.roblox.com/my/account#!/privacy', 'https://www.roblox.com/my/account#!/privacy/AdPreferences', 'https://www.roblox.com/my/account#!/app-permissions'],
    },
    {
      // Source: page-signals.md §7 and public code (search index files 70450335547, 37227536300).
      id: 'account',
      context: 'account',
      url: { paths: ACCOUNT },
      deepLink: 'https://www.roblox.com/my/account#!/info',
      testUrls: [
        'https://www.roblox.com/my/account',
        'https://www.roblox.com/my/account#!/info',
        'https://www.roblox.com/my/account#!/notifications',
        'https://www.roblox.com/my/account#!/billing',
      ],
    },
  ],
  notSettings: [
    'https://www.roblox.com/home',
    'https://www.roblox.com/users/123456/profile',
    'https://www.roblox.com/games/123456/example-experience',
    'https://www.roblox.com/info/privacy',
    'https://www.roblox.com/login',
    'https://www.roblox.com/my/avatar',
  ],
};
