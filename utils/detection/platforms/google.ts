// Google: the Google Account (myaccount.google.com), its ad settings (adssettings.google.com,
// now My Ad Center), My Activity (myactivity.google.com), Family Link (familylink.google.com) and
// the family group (families.google.com). support.google.com and policies.google.com are help and
// policy pages and stay outside the pack. Classroom and YouTube have packs of their own.
import type { RulePack } from './types';

const MYACCOUNT = ['myaccount.google.com'];
/** A Google Account page, for the first signed-in account (/x) and any other (/u/<n>/x). */
const accountPaths = (pages: string) => [`/${pages}/**`, `/u/*/${pages}/**`];
/**
 * The signed-out tour and the terms are not settings, nor Takeout's archive download links
 * (/takeout/download…, which public code fetches: search index files 71578323168, 61303656453).
 */
const NOT_SETTINGS = ['/intro/**', '/termsofservice/**', '/takeout/download/**'];

export const google: RulePack = {
  id: 'google',
  hosts: ['myaccount.google.com', 'familylink.google.com', 'families.google.com', 'adssettings.google.com', 'myadcenter.google.com', 'takeout.google.com', 'myactivity.google.com'],
  reportUrl: 'https://support.google.com/families',
  pages: [
    {
      // Source: page-signals.md §7 and public code (search index files 68875500910, 53462597863).
      id: 'family-link',
      context: 'supervision',
      // /setting/resource/<n> are "more info" pages linked from Chrome, not controls.
      url: { hosts: ['familylink.google.com'], paths: ['/**'], notPaths: ['/setting/resource/**'] },
      deepLink: 'https://familylink.google.com/',
      testUrls: ['https://familylink.google.com/', 'https://familylink.google.com/location/consent?generate_history=false', 'https://familylink.google.com/member/123/controls'],
    },
    {
      // Source: public code (search index files 54583808669: families.google.com/families;
      // 55138353892: myaccount.google.com/family/details).
      id: 'family-group',
      context: 'supervision',
      url: [
        // Only the family group itself: families.google.com also serves product pages
        // (/familylink/), invite links (/join/…) and notices.
        { hosts: ['families.google.com'], paths: ['/families/**', '/u/*/families/**'] },
        { hosts: MYACCOUNT, paths: ['/family/**', '/u/*/family/**'] },
      ],
      testUrls: ['https://families.google.com/families', 'https://myaccount.google.com/family/details'],
    },
    {
      // Source: the shared corpus (seknox/fireser's selectors) and public code (search index files
      // 52231064670, 3533850, 4894753788).
      id: 'security',
      context: 'safety',
      url: {
        hosts: MYACCOUNT,
        paths: accountPaths('security|signinoptions|device-activity|recovery|two-step-verification|apppasswords|lesssecureapps|security-checkup|notifications|passkeys'),
      },
      deepLink: 'https://myaccount.google.com/security',
      testUrls: ['https://myaccount.google.com/security', 'https://myaccount.google.com/device-activity', 'https://myaccount.google.com/signinoptions/two-step-verification', 'https://myaccount.google.com/security-checkup'],
    },
    {
      // Source: the shared corpus (seknox/fireser, StellarSand/privacy-settings) and public code
      // (search index files 18327574409, 68947392300, 36627675807).
      id: 'data-and-privacy',
      context: 'privacy',
      url: [
        {
          hosts: MYACCOUNT,
          paths: accountPaths(
            'data-and-privacy|privacy|activitycontrols|permissions|connections|privacycheckup|locationsharing|shared-endorsements|yourdata|dashboard|profile-discovery|people-and-sharing|blocklist|blocked',
          ),
        },
        // My Activity is where the activity those controls keep is reviewed and deleted.
        { hosts: ['myactivity.google.com'], paths: ['/**'] },
      ],
      deepLink: 'https://myaccount.google.com/data-and-privacy',
      testUrls: [
        'https://myaccount.google.com/activitycontrols/audio',
        'https://myaccount.google.com/permissions',
        'https://myaccount.google.com/data-and-privacy',
        'https://myaccount.google.com/privacycheckup',
        'https://myaccount.google.com/u/1/permissions',
        'https://myactivity.google.com/myactivity',
      ],
    },
    {
      // Source: the shared corpus (seknox/fireser, briOS) and public code (search index files
      // 71145543615, 12235728525).
      id: 'ad-settings',
      context: 'privacy',
      url: { hosts: ['adssettings.google.com', 'myadcenter.google.com'], paths: ['/**'] },
      deepLink: 'https://myadcenter.google.com/',
      testUrls: ['https://adssettings.google.com/authenticated', 'https://myadcenter.google.com/home'],
    },
    {
      // Source: the shared corpus (StellarSand/privacy-settings, jdm-contrib/jdm) and public code
      // (search index files 17343442836, 28797052230).
      id: 'account',
      context: 'account',
      url: { hosts: [...MYACCOUNT, 'takeout.google.com'], paths: ['/**'], notPaths: NOT_SETTINGS },
      deepLink: 'https://myaccount.google.com/',
      testUrls: ['https://myaccount.google.com/', 'https://myaccount.google.com/deleteservices', 'https://myaccount.google.com/personal-info', 'https://takeout.google.com/'],
    },
  ],
  notSettings: [
    'https://myaccount.google.com/intro/security',
    'https://myaccount.google.com/termsofservice',
    'https://families.google.com/familylink/',
    'https://families.google.com/join/invite/ABCDEF',
    'https://takeout.google.com/takeout/download?j=abcdef&i=0',
  ],
};
