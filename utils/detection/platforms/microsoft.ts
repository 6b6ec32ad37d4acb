// Microsoft: the Microsoft account (account.microsoft.com, account.live.com), Family Safety
// (family.microsoft.com, familysafety.microsoft.com), Xbox privacy and online safety
// (account.xbox.com/…/settings) and gamertag, and the work or school account portals used by
// school staff (myaccount.microsoft.com, mysignins.microsoft.com). privacy.microsoft.com holds the privacy statement, not settings.
import type { RulePack } from './types';

/**
 * Steps of a sign-in that pass through the account hosts: /proofs/Verify is the one-time-code
 * entry (public code that drives the sign-in calls it the "OTP Verification Screen"),
 * /identity/confirm the identity check. Not the security-info settings beside them.
 */
const SIGN_IN_STEPS = ['/proofs/verify/**', '/identity/**'];

const ACCOUNT = ['account.microsoft.com'];
/** Information and promotion pages inside the account sites (about Family Safety, the Authenticator upsell). */
const INFO_PAGES = ['/**/about/**', '/**/upsell/**'];

export const microsoft: RulePack = {
  id: 'microsoft',
  hosts: ['account.microsoft.com', 'family.microsoft.com', 'familysafety.microsoft.com', 'account.live.com', 'account.xbox.com', 'myaccount.microsoft.com', 'mysignins.microsoft.com'],
  reportUrl: 'https://www.microsoft.com/en-us/concern',
  pages: [
    {
      // Source: the corpora (public code quoting Microsoft's docs; search index files 3537291095,
      // 13808379307, 53811265136).
      id: 'family-safety',
      context: 'supervision',
      url: [
        { hosts: ['family.microsoft.com', 'familysafety.microsoft.com'], paths: ['/**'], notPaths: INFO_PAGES },
        { hosts: ACCOUNT, paths: ['/family/**', '/*/family/**'], notPaths: INFO_PAGES },
      ],
      deepLink: 'https://family.microsoft.com/',
      testUrls: ['https://family.microsoft.com/', 'https://family.microsoft.com/settings/screen-time', 'https://account.microsoft.com/family/', 'https://familysafety.microsoft.com/'],
    },
    {
      // Source: the shared corpus and public code (search index files 71462583304, 23276460465,
      // 52620151051); account.live.com/consent/ has no corpus row (unconfirmed).
      id: 'privacy',
      context: 'privacy',
      url: [
        // Privacy requests (privacy-request-signedout: the data-request form for someone signed
        // out, public code's formUrl, search index file 51876738540) are forms, not settings.
        { hosts: ACCOUNT, paths: ['/privacy/**', '/*/privacy/**'], notPaths: ['/privacy/privacy-request*/**', '/*/privacy/privacy-request*/**'] },
        { hosts: ['account.live.com'], paths: ['/consent/**'] },
      ],
      deepLink: 'https://account.microsoft.com/privacy',
      testUrls: ['https://account.microsoft.com/privacy', 'https://account.microsoft.com/privacy/ad-settings', 'https://account.microsoft.com/privacy/activity-history'],
    },
    {
      // Source: the shared corpus (account.xbox.com/settings in public code).
      id: 'xbox-privacy',
      context: 'privacy',
      url: { hosts: ['account.xbox.com'], paths: ['/settings/**', '/*/settings/**'] },
      deepLink: 'https://account.xbox.com/settings',
      testUrls: ['https://account.xbox.com/settings', 'https://account.xbox.com/en-us/settings'],
    },
    {
      // Source: public code (search index files 34677978606, 15119912239, 31396775631).
      id: 'security',
      context: 'safety',
      url: [
        { hosts: [...ACCOUNT, 'account.live.com'], paths: ['/security/**', '/*/security/**', '/proofs/**', '/activity/**'], notPaths: SIGN_IN_STEPS },
        { hosts: ['mysignins.microsoft.com'], paths: ['/**'] },
      ],
      deepLink: 'https://account.microsoft.com/security',
      testUrls: [
        'https://account.microsoft.com/security',
        'https://account.live.com/proofs/manage/additional',
        'https://account.live.com/activity',
        'https://mysignins.microsoft.com/security-info',
      ],
    },
    {
      // Source: public code (search index files 71126037126, 24216580116, 49251811672; the
      // gamertag: 53827668240).
      id: 'account',
      context: 'account',
      url: [
        {
          hosts: [...ACCOUNT, 'account.live.com', 'myaccount.microsoft.com'],
          paths: ['/**'],
          // Not settings: password reset and account recovery (/acsr), the old developer portal
          // (/developers/applications), request forms: the corpora's look-alikes (public code,
          // search index files 50143578367, 26395324447, 51876738540).
          notPaths: ['/password/reset/**', '/resetpassword.aspx', '/acsr/**', '/developers/**', '/**/privacy-request*/**', ...SIGN_IN_STEPS, ...INFO_PAGES],
        },
        // The gamertag is the Xbox account's name; its other pages are profiles and clubs.
        { hosts: ['account.xbox.com'], paths: ['/changegamertag', '/*/changegamertag'] },
      ],
      deepLink: 'https://account.microsoft.com/profile',
      testUrls: ['https://account.microsoft.com/', 'https://account.microsoft.com/profile', 'https://myaccount.microsoft.com/', 'https://account.xbox.com/en-gb/changegamertag'],
    },
  ],
  notSettings: ['https://account.microsoft.com/privacy/privacy-request-signedout?lang=fr-FR', 'https://account.live.com/proofs/Verify?mkt=en-us', 'https://account.live.com/password/reset', 'https://account.microsoft.com/family/about', 'https://account.microsoft.com/about', 'https://account.xbox.com/en-us/profile?gamertag=example', 'https://family.microsoft.com.example.org/'],
};
