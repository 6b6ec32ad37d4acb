// Snapchat: the accounts portal (accounts.snapchat.com) moved from /accounts/* to /v2/*; both
// coexist (page-signals.md §7, §8). Its login and sign-up pages are not settings, even when their
// query names a settings page. parents.snapchat.com only informs. Family Center needs the app.
import type { RulePack } from './types';

const PORTAL = ['accounts.snapchat.com'];
const SECURITY = 'two_fa|two-factor*|2fa|password|change_password|security|devices|login_verification';
/**
 * The way in, not settings: login, sign-up and recovery, and the one-time-code steps of a sign-in
 * (/accounts/send_otp in public code that drives it, search index file 57941007075).
 */
const WAY_IN = ['/**/login|signup|logout|password_reset*|reset_password|forgot*|sso|oauth2|verify*|*otp*/**'];

export const snapchat: RulePack = {
  id: 'snapchat',
  hosts: ['accounts.snapchat.com', 'snapchat.com', 'www.snapchat.com', 'web.snapchat.com', 'parents.snapchat.com'],
  reportUrl: 'https://values.snap.com/safety/safety-reporting',
  appOnly: [{ id: 'family-center-setup', context: 'supervision' }],
  pages: [
    {
      id: 'family-center',
      context: 'supervision',
      url: { hosts: ['www.snapchat.com', 'snapchat.com', 'web.snapchat.com'], paths: ['/family-center/**', '/web/family-center/**'] },
      testUrls: ['https://www.snapchat.com/family-center', 'https://web.snapchat.com/family-center'],
    },
    {
      id: 'security',
      context: 'safety',
      url: { hosts: PORTAL, paths: [`/accounts|v2/${SECURITY}/**`, `/accounts/v2/${SECURITY}/**`], notPaths: WAY_IN },
      deepLink: 'https://accounts.snapchat.com/v2/password',
      testUrls: ['https://accounts.snapchat.com/v2/password', 'https://accounts.snapchat.com/accounts/two_fa', 'https://accounts.snapchat.com/v2/security'],
    },
    {
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
    'https://www.snapchat.com/web',
    'https://parents.snapchat.com/parental-controls',
    'https://parents.snapchat.com/en-GB/parental-controls',
    'https://www.snapchat.com/add/exampleuser',
  ],
};
