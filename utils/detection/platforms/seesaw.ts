// Seesaw: a hash-routed app on app.seesaw.me. The sources show only login, journal and activity
// routes (page-signals.md §7); the settings routes below are inferred from the app's naming and
// kept narrow (a "settings" or "account" route, or a class's "settings").
import type { RulePack } from './types';

export const seesaw: RulePack = {
  id: 'seesaw',
  hosts: ['app.seesaw.me', 'web.seesaw.me'],
  reportUrl: 'https://help.seesaw.me/',
  pages: [
    {
      // Source: none. No Seesaw settings route is in the sources or in any corpus row: inferred, as
      // above.
      id: 'class-settings',
      context: 'group',
      url: { paths: ['/'], hash: ['class/*/settings/**', 'classes/*/settings/**', 'teacher/class/*/settings/**'] },
      testUrls: ['https://app.seesaw.me/#/class/class.abc/settings'],
    },
    {
      // Source: none (inferred, as above).
      id: 'account',
      context: 'account',
      url: { paths: ['/'], hash: ['settings/**', 'account/**', '*/settings', '*/account'] },
      testUrls: ['https://app.seesaw.me/#/settings', 'https://app.seesaw.me/#/family/settings'],
    },
  ],
  notSettings: [
    'https://app.seesaw.me/#/family/journals/person.abc/class.def',
    'https://app.seesaw.me/#/student/login',
    'https://app.seesaw.me/#/login?role=org_admin',
    'https://app.seesaw.me/#/activities/class/class.abc/display/pending',
  ],
};
