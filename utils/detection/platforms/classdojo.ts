// ClassDojo: hash-routed apps on home.classdojo.com (families) and teach.classdojo.com (teachers).
// The sources show only login, story, activity and subscription routes (page-signals.md §7); the
// settings routes below follow the apps' own naming and are inferred, so they are narrow: a first
// hash segment of "settings" or "account", or a class's "settings" route.
import type { RulePack } from './types';

export const classdojo: RulePack = {
  id: 'classdojo',
  hosts: ['home.classdojo.com', 'teach.classdojo.com', 'student.classdojo.com', 'classdojo.com', 'www.classdojo.com'],
  reportUrl: 'https://help.classdojo.com/',
  pages: [
    {
      // Source: none. No ClassDojo settings route is in the sources or in any corpus row (they hold
      // only login, story, activity and subscription routes): inferred, as above.
      id: 'class-settings',
      context: 'group',
      url: { hosts: ['teach.classdojo.com'], paths: ['/'], hash: ['classes/*/settings/**', 'class/*/settings/**'] },
      testUrls: ['https://teach.classdojo.com/#/classes/abc123/settings'],
    },
    {
      // Source: none (inferred, as above).
      id: 'account',
      context: 'account',
      url: { hosts: ['home.classdojo.com', 'teach.classdojo.com'], paths: ['/'], hash: ['settings/**', 'account/**', 'account-settings/**'] },
      testUrls: ['https://home.classdojo.com/#/settings', 'https://teach.classdojo.com/#/account'],
    },
  ],
  notSettings: [
    'https://help.classdojo.com/hc/en-us/articles/203730309-What-are-ClassDojo-Chats',
    'https://home.classdojo.com/#/story',
    'https://home.classdojo.com/#/login',
    'https://home.classdojo.com/#/signup',
    'https://home.classdojo.com/#/subscription',
    'https://www.classdojo.com/privacy/',
  ],
};
