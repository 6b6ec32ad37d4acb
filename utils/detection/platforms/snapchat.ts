// Snapchat: the accounts portal (accounts.snapchat.com) moved from /accounts/* to /v2/*; both
// coexist (page-signals.md §7, §8). Its login and sign-up pages are not settings, even when their
// query names a settings page. parents.snapchat.com only informs. Family Center needs the app.
import type { RulePack } from './types';

const PORTAL = ['accounts.snapchat.com'];
const SECURITY = 'two_fa|two-factor*|2fa|password|change_password|security|devices|login_verification';
/**
 * The way in, not settings: login, sign-up and recovery, and the steps of a sign-in: the one-time
 * code (/accounts/send_otp in public code that drives it, search index file 57941007075) and the
 * password step after /v2/login (public code: "/v2/login → /v2/password", PASSWORD_URL beside the
 * login URL, /v2/password?continue=%2Fv2%2Fwelcome; search index files 53872406912, 62562379672,
 * 22459221624).
 */
const WAY_IN = ['/**/login|signup|logout|password_reset*|reset_password|forgot*|sso|oauth2|verify*|*otp*/**', '/v2/password/**'];

export const snapchat: RulePack = {
  id: 'snapchat',
  hosts: ['accounts.snapchat.com', 'snapchat.com', 'www.snapchat.com', 'web.snapchat.com', 'parents.snapchat.com'],
  reportUrl: 'https://values.snap.com/safety/safety-reporting',
  appOnly: [{ id: 'family-center-setup', context: 'supervision' }],
  pages: [
    {
      // Source: Snapchat's Android app (public code, search index files 20079221552, 20187899782:
      // www.snapchat.com/family-center); web.snapchat.com/family-center is a third-party guess
      // (page-signals.md §7).
      id: 'family-center',
      context: 'supervision',
      url: { hosts: ['www.snapchat.com', 'snapchat.com', 'web.snapchat.com'], paths: ['/family-center/**', '/web/family-center/**'] },
      testUrls: ['https://www.snapchat.com/family-center', 'https://web.snapchat.com/family-center'],
    },
    {
      // Source: none: no corpus row is a Snapchat security page; the slugs are inferred from the
      // portal's naming (unconfirmed).
      id: 'security',
      context: 'safety',
      url: { hosts: PORTAL, paths: [`/accounts|v2/${SECURITY}/**`, `/accounts/v2/${SECURITY}/**`], notPaths: WAY_IN },
      testUrls: ['https://accounts.snapchat.com/accounts/change_password', 'https://accounts.snapchat.com/accounts/two_fa', 'https://accounts.snapchat.com/v2/security'],
    },
    {
      // Source: page-signals.md §7, §8 and public code (search index files 15127141128, 5536721295,
      // 32512901401).
      id: 'account',
      context: 'account',
      url: { hosts: PORTAL, paths: ['/', '/accounts/**', '/v2/**'], notPaths: WAY_IN },
      deepLink: 'https://accounts.snapchat.com/v2/welcome',
      testUrls: [
        'https://accounts.snapchat.com/accounts/downloadmydata',
        'https://accounts.snapchat.com/accounts/snapcodes',
        'https://accounts.snapchat.com/accounts/delete_account',
        'https://accounts.snapchat.com/v2/welcome',
        'https://accounts.snapchat.com/v2/delete-account',
      ],
    },
  ],
  notSettings: [
    'http://accounts.snapchat.com/accounts/login?continue=https%3A%2F%2Faccounts.snapchat.com%2Faccounts%2Fdelete_account',
    'https://accounts.snapchat.com/v2/login',
    'https://accounts.snapchat.com/accounts/v2/login',
    'https://accounts.snapchat.com/accounts/signup',
    'https://accounts.snapchat.com/accounts/password_reset_request',
    'https://accounts.snapchat.com/v2/send_otp',
    'https://accounts.snapchat.com/v2/password?continue=%2Fv2%2Fwelcome',
    'https://www.snapchat.com/web',
    'https://parents.snapchat.com/parental-controls',
    'https://parents.snapchat.com/en-GB/parental-controls',
    'https://www.snapchat.com/add/exampleuser',
  ],
};
