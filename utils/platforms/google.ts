// Google: the Google Account (myaccount.google.com), its ad settings (adssettings.google.com,
// now My Ad Center), Family Link (familylink.google.com) and the family group
// (families.google.com). support.google.com and policies.google.com are help and policy pages
// and stay outside the pack. Classroom and YouTube have packs of their own.
import type { RulePack } from './types';

const MYACCOUNT = ['myaccount.google.com'];
/** The signed-out tour and the terms are not settings. */
const NOT_SETTINGS = ['/intro/**', '/termsofservice/**'];

export const google: RulePack = {
  id: 'google',
  hosts: ['myaccount.google.com', 'familylink.google.com', 'families.google.com', 'adssettings.google.com', 'myadcenter.google.com', 'takeout.google.com'],
  reportUrl: 'https://support.google.com/families',
  pages: [
    {
      id: 'family-link',
      context: 'supervision',
      // /setting/resource/<n> are "more info" pages linked from Chrome, not controls.
      url: { hosts: ['familylink.google.com'], paths: ['/**'], notPaths: ['/setting/resource/**'] },
      deepLink: 'https://familylink.google.com/',
      testUrls: ['https://familylink.google.com/', 'https://familylink.google.com/location/consent?generate_history=false', 'https://familylink.google.com/member/123/controls'],
    },
    {
      id: 'family-group',
      context: 'supervision',
      url: [
        { hosts: ['families.google.com'], paths: ['/**'] },
        { hosts: MYACCOUNT, paths: ['/family/**', '/u/*/family/**'] },
      ],
      testUrls: ['https://families.google.com/families', 'https://myaccount.google.com/family/details'],
    },
    {
      id: 'security',
      context: 'safety',
      url: {
        hosts: MYACCOUNT,
        paths: ['/security|signinoptions|device-activity|recovery|two-step-verification|apppasswords|lesssecureapps|security-checkup|notifications|passkeys/**', '/u/*/security|signinoptions|device-activity|security-checkup/**'],
      },
      deepLink: 'https://myaccount.google.com/security',
      testUrls: ['https://myaccount.google.com/security', 'https://myaccount.google.com/device-activity', 'https://myaccount.google.com/signinoptions/two-step-verification', 'https://myaccount.google.com/security-checkup'],
    },
    {
      id: 'data-and-privacy',
      context: 'privacy',
      url: {
        hosts: MYACCOUNT,
        paths: [
          '/data-and-privacy|privacy|activitycontrols|permissions|connections|privacycheckup|locationsharing|shared-endorsements|yourdata|dashboard|profile-discovery|people-and-sharing|blocklist|blocked/**',
          '/u/*/data-and-privacy|activitycontrols|permissions|privacycheckup/**',
        ],
      },
      deepLink: 'https://myaccount.google.com/data-and-privacy',
      testUrls: ['https://myaccount.google.com/activitycontrols/audio', 'https://myaccount.google.com/permissions', 'https://myaccount.google.com/data-and-privacy', 'https://myaccount.google.com/privacycheckup'],
    },
    {
      id: 'ad-settings',
      context: 'privacy',
      url: { hosts: ['adssettings.google.com', 'myadcenter.google.com'], paths: ['/**'] },
      deepLink: 'https://myadcenter.google.com/',
      testUrls: ['https://adssettings.google.com/authenticated', 'https://myadcenter.google.com/home'],
    },
    {
      id: 'account',
      context: 'account',
      url: { hosts: [...MYACCOUNT, 'takeout.google.com'], paths: ['/**'], notPaths: NOT_SETTINGS },
      deepLink: 'https://myaccount.google.com/',
      testUrls: ['https://myaccount.google.com/', 'https://myaccount.google.com/deleteservices', 'https://myaccount.google.com/personal-info', 'https://takeout.google.com/'],
    },
  ],
  notSettings: ['https://myaccount.google.com/intro/security', 'https://myaccount.google.com/termsofservice'],
};
