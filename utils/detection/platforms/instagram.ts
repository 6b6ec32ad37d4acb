// Instagram: settings live under /accounts/… (older pages) and /accounts/settings/v2/… (the 2026
// sidebar), plus Accounts Centre on accountscenter.instagram.com. /accounts/ also holds the login,
// sign-up and password-reset pages, which are never settings. Supervision is set up in the app.
// Sources: shared/research/page-signals.md §5, the URL corpus.
import { accountsCentrePages } from './lib/accounts-centre';
import type { RulePack } from './types';

/** A settings screen of the current web app: /accounts/settings/v2/<slug>, also served as /accounts/settings/<slug>. */
const inSettings = (slugs: string) => [`/accounts/settings/v2/${slugs}/**`, `/accounts/settings/${slugs}/**`];

/**
 * /accounts/… pages that are the way in, not settings: login, sign-up, password reset, one-tap,
 * suspension and recovery steps, the corpora's look-alikes (public code that signs in or signs up).
 */
const NOT_SETTINGS = [
  '/accounts/login/**', '/accounts/signup/**', '/accounts/emailsignup/**', '/accounts/password/reset/**', '/accounts/logout/**',
  '/accounts/onetap/**', '/accounts/activate/**', '/accounts/recovery/**', '/accounts/suspended/**', '/accounts/disabled/**',
  '/accounts/confirm_email/**', '/accounts/web_create_ajax/**', '/accounts/fb_login/**', '/accounts/registered/**',
  // Links from security e-mails ("this wasn't me"), which act once and are not a settings screen.
  '/accounts/**/revoke*/**',
  // The Meta Verified subscription (linked from the footer): a purchase, not a setting.
  '/accounts/meta_verified/**',
  // The two-factor code entry of a sign-in (public code that signs in calls it the "verifyUrl":
  // search index files 56127150557, 71524522409), beside /accounts/login/two_factor.
  '/accounts/two_factor_login/**',
  // The professional dashboard is insights and tools for a creator's content, not settings (public
  // code opens it as DASHBOARD_URL beside INSIGHTS_URL: search index files 59595659194, 68944456007).
  '/accounts/professional_dashboard/**',
];

export const instagram: RulePack = {
  id: 'instagram',
  hosts: ['instagram.com', 'www.instagram.com', 'm.instagram.com', 'accountscenter.instagram.com'],
  reportUrl: 'https://help.instagram.com/517920941588885',
  appOnly: [{ id: 'supervision-setup', context: 'supervision' }],
  pages: [
    ...accountsCentrePages('accountscenter.instagram.com'),
    {
      // Source: the app's own code (search index files 13620656826, 30652174975:
      // /accounts/supervision/), which page-signals.md §5 calls unverified on the web; the
      // settings/v2 slugs have no corpus row (unconfirmed).
      id: 'supervision',
      context: 'supervision',
      url: { paths: ['/accounts/supervision/**', ...inSettings('supervision'), ...inSettings('family_center')] },
      testUrls: ['https://www.instagram.com/accounts/supervision/', 'https://www.instagram.com/accounts/settings/v2/supervision/'],
    },
    {
      // Source: the 2026 web UI map in the shared corpus (page-signals.md §5) and public code
      // (search index file 15057561284).
      id: 'blocked',
      context: 'safety',
      url: { paths: ['/accounts/blocked_accounts|restricted_accounts|muted_accounts/**', ...inSettings('blocked_accounts|restricted_accounts|muted_accounts|blocked')] },
      deepLink: 'https://www.instagram.com/accounts/blocked_accounts/',
      testUrls: [
        'https://www.instagram.com/accounts/blocked_accounts/',
        'https://www.instagram.com/accounts/restricted_accounts/',
        'https://www.instagram.com/accounts/settings/v2/muted_accounts/',
      ],
    },
    {
      // Source: the 2026 web UI map in the shared corpus and public code (search index files
      // 66119870537, 65987896218, 66016192857).
      id: 'interactions',
      context: 'safety',
      url: {
        paths: [
          '/accounts/comments|comment_filter|hidden_words|limited_interactions|tags_and_mentions/**',
          // Content preferences (what a feed may show) also open under Your activity (public code,
          // search index file 57968605672); the rest of /your_activity/ is likes, comments and saves.
          '/your_activity/content_preferences/**',
          ...inSettings('comments|hidden_words|tags_and_mentions|limited_interactions|limits|content_preferences|sensitive_content|sharing_and_reuse'),
        ],
      },
      deepLink: 'https://www.instagram.com/accounts/settings/v2/hidden_words/',
      testUrls: [
        'https://www.instagram.com/accounts/comments/',
        'https://www.instagram.com/accounts/settings/v2/hidden_words/',
        'https://www.instagram.com/accounts/settings/v2/tags_and_mentions/',
        'https://www.instagram.com/accounts/settings/v2/limited_interactions/',
        'https://www.instagram.com/your_activity/content_preferences/',
      ],
    },
    {
      // Source: public code (search index files 69228724164, 55051726921, 45832008411).
      id: 'security',
      context: 'safety',
      url: {
        paths: [
          '/accounts/password/change/**', '/accounts/two_factor_authentication/**', '/accounts/login_activity/**',
          '/session/login_activity/**', '/emails/emails_sent/**', ...inSettings('security|password|two_factor*|login_activity'),
        ],
      },
      deepLink: 'https://accountscenter.instagram.com/password_and_security/',
      testUrls: [
        'https://www.instagram.com/accounts/password/change/',
        'https://www.instagram.com/accounts/two_factor_authentication/',
        'https://www.instagram.com/session/login_activity/',
        'https://www.instagram.com/emails/emails_sent/',
      ],
    },
    {
      // Source: public code (search index file 66016192857, the held-out corpus).
      id: 'messages',
      context: 'messaging',
      url: { paths: [...inSettings('messages|messages_and_story_replies|message_controls'), '/accounts/messages|messages_and_story_replies|message_controls/**'] },
      deepLink: 'https://www.instagram.com/accounts/settings/v2/messages/',
      testUrls: ['https://www.instagram.com/accounts/settings/v2/messages/', 'https://www.instagram.com/accounts/settings/v2/messages_and_story_replies/'],
    },
    {
      // Source: the 2026 web UI map in the shared corpus and public code (search index files
      // 70471142558, 62510394509, 3131419762).
      id: 'privacy',
      context: 'privacy',
      url: {
        paths: [
          '/accounts/privacy_and_security/**', '/accounts/close_friends/**', '/accounts/manage_access/**', '/accounts/hide_story_and_live/**',
          '/accounts/contact_history/**', ...inSettings('account_privacy|privacy|close_friends|story_and_live|hide_story_and_live|activity_status|apps_and_websites|manage_access|contacts_syncing'),
        ],
      },
      deepLink: 'https://www.instagram.com/accounts/settings/v2/account_privacy/',
      testUrls: [
        'https://www.instagram.com/accounts/settings/v2/account_privacy/',
        'https://www.instagram.com/accounts/privacy_and_security/',
        'https://www.instagram.com/accounts/close_friends/',
        'https://www.instagram.com/accounts/manage_access/',
        'https://www.instagram.com/accounts/settings/v2/activity_status/',
      ],
    },
    {
      // Source: the shared corpus (jdm-contrib/jdm's deletion link) and public code (search index
      // files 71571715292, 5958396092).
      id: 'account',
      context: 'account',
      url: { paths: ['/accounts/**', '/emails/settings/**', '/download/request/**'], notPaths: NOT_SETTINGS },
      deepLink: 'https://www.instagram.com/accounts/edit/',
      testUrls: [
        'https://www.instagram.com/accounts/edit/',
        'https://www.instagram.com/accounts/professional_account_settings/',
        'https://www.instagram.com/accounts/remove/request/permanent/',
        'https://www.instagram.com/accounts/notifications/',
        'https://www.instagram.com/accounts/access_tool/',
        'https://www.instagram.com/accounts/settings/v2/language/',
        'https://www.instagram.com/emails/settings/',
      ],
    },
  ],
  notSettings: [
    'https://www.instagram.com/accounts/login/',
    'https://www.instagram.com/accounts/login/?next=%2Faccounts%2Fedit%2F',
    'https://www.instagram.com/accounts/emailsignup/',
    'https://www.instagram.com/accounts/password/reset/',
    'https://www.instagram.com/direct/inbox/',
    'https://www.instagram.com/exampleuser/tagged/',
    'https://www.instagram.com/exampleuser/saved/',
    'https://www.instagram.com/your_activity/interactions/likes',
    'https://www.instagram.com/legal/privacy/',
    'https://www.instagram.com/explore/',
    'https://www.instagram.com/accounts/meta_verified/?entrypoint=web_footer',
    'https://www.instagram.com/accounts/two_factor_login/?next=%2F',
    'https://www.instagram.com/accounts/professional_dashboard/insights/',
    'https://www.instagram.com/your_activity/interactions/comments/',
    'https://accountscenter.instagram.com/meta_verified/?entrypoint=web_footer',
  ],
};
