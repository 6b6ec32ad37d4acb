// X (formerly Twitter): every settings page is under /settings (control-panel-for-twitter decides
// "settings page" the same way); twitter.com and mobile.twitter.com redirect to x.com since May
// 2024 but still appear in links (page-signals.md §6, §8).
import type { RulePack } from './types';

/**
 * The help host's report forms, with or without a language segment first: safety and sensitive
 * content, report, impersonation, and the forms for reporting a rule violation that X's help and
 * public code link to — /forms/rules-and-policies/<rule> (private information), /forms/authenticity/
 * <topic> (impersonation) and /forms/synthetic-media (public code, search index files 68982453809,
 * 12099502079, 15293683698).
 */
const SAFETY_FORMS = ['/forms/safety*|report|impersonation|synthetic-media|rules-and-policies|authenticity/**', '/forms/general/safety/**'].flatMap(
  (path) => [path, `/*${path}`],
);

export const x: RulePack = {
  id: 'x',
  hosts: ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com', 'help.x.com', 'help.twitter.com'],
  reportUrl: 'https://help.x.com/en/forms/safety-and-sensitive-content',
  pages: [
    {
      // Report forms on the help host: help.x.com[/<lang>]/forms/<topic>/… — safety and
      // sensitive content (the form this pack's reportUrl names), general/safety, report,
      // impersonation and rule violations (SAFETY_FORMS) — as linked from X's help and in public
      // code; help.twitter.com serves the same paths. The host's other forms (copyright, paid features, data requests, appeals) are
      // not reports a family makes about a child's safety, and stay unmatched.
      id: 'report',
      context: 'report',
      url: { hosts: ['help.x.com', 'help.twitter.com'], paths: SAFETY_FORMS },
      testUrls: [
        'https://help.x.com/en/forms/safety-and-sensitive-content',
        'https://help.x.com/en/forms/general/safety',
        'https://help.twitter.com/forms/safety-and-sensitive-content/private-information',
        'https://help.twitter.com/forms/report',
        'https://help.x.com/fr/forms/rules-and-policies/abusive-behavior',
        'https://help.x.com/en/forms/authenticity/impersonation',
      ],
    },
    {
      // Source: the archived x.com web bundle (DzikStar/X-SCRAPER, page-signals.md §8) and public
      // code (search index files 34195821154, 59141388408, 25132180619).
      id: 'mute-and-block',
      context: 'safety',
      url: { paths: ['/settings/mute_and_block|blocked|muted|muted_keywords|muted_all|notifications_muted/**'] },
      deepLink: 'https://x.com/settings/mute_and_block',
      testUrls: ['https://x.com/settings/blocked/all', 'https://x.com/settings/mute_and_block', 'https://x.com/settings/muted_keywords'],
    },
    {
      // Source: the archived web bundle and public code (search index files 2681259129,
      // 10017288335, 56482679732).
      id: 'security',
      context: 'safety',
      url: {
        paths: [
          '/settings/security|security_and_account_access|password|sessions|apps_and_sessions|login_verification|safety_mode|content_you_see|search/**',
          '/settings/account/login_verification|password|security/**',
        ],
      },
      deepLink: 'https://x.com/settings/security_and_account_access',
      testUrls: ['https://x.com/settings/security', 'https://x.com/settings/account/login_verification', 'https://x.com/settings/content_you_see', 'https://x.com/settings/password'],
    },
    {
      // Source: public code (search index file 39413257711).
      id: 'direct-messages',
      context: 'messaging',
      url: { paths: ['/settings/direct_messages/**'] },
      deepLink: 'https://x.com/settings/direct_messages',
      testUrls: ['https://x.com/settings/direct_messages'],
    },
    {
      // Source: the archived web bundle and briOS (page-signals.md §8) and public code (search
      // index files 26220774575, 3145872620, 51899992178; /settings/grok: 54301801845).
      id: 'privacy-and-safety',
      context: 'privacy',
      url: {
        paths: [
          '/settings/privacy|privacy_and_safety|safety|audience_and_tagging|tagging|protected|your_tweets|location|location_information|off_twitter_activity|connected_apps|applications|data_sharing_with_business_partners|ads_preferences|contacts|contacts_dashboard|discoverability|grok_settings|grok|spaces|explore/**',
          // Personalisation, ads and the interests X infers, wherever they sit (e.g. under your_twitter_data).
          '/settings/**/personalization|*interests*|ads_preferences|inferred_identity/**',
        ],
      },
      deepLink: 'https://x.com/settings/privacy_and_safety',
      testUrls: [
        'https://x.com/settings/privacy_and_safety',
        'https://x.com/settings/audience_and_tagging',
        'https://x.com/settings/tagging',
        'https://x.com/settings/connected_apps',
        'https://x.com/settings/off_twitter_activity',
        'https://twitter.com/settings/safety',
        'https://twitter.com/settings/account/personalization',
        'https://twitter.com/settings/grok',
      ],
    },
    {
      // Source: page-signals.md §6 (control-panel-for-twitter's startsWith('/settings')) and the
      // corpora (jdm-contrib/jdm; search index files 40585262364, 25209590769).
      id: 'account',
      context: 'account',
      url: { paths: ['/settings/**'] },
      deepLink: 'https://x.com/settings/account',
      testUrls: [
        'https://x.com/settings',
        'https://x.com/settings/account',
        'https://x.com/settings/download_your_data',
        'https://x.com/settings/deactivate',
        'https://twitter.com/settings/accounts/confirm_deactivation',
        'https://mobile.twitter.com/settings/notifications',
      ],
    },
  ],
  notSettings: [
    'https://help.twitter.com/forms/dmca',
    'https://help.twitter.com/forms/paid-features/general',
    'https://help.x.com/en/forms/account-access/appeals',
    'https://x.com/explore',
    'https://x.com/home',
    'https://x.com/i/flow/login',
    'https://x.com/messages',
    'https://x.com/search?q=settings',
    'https://x.com/exampleuser',
    'https://x.com/exampleuser/status/1234567890',
    'https://x.com/en/privacy',
    'https://x.com/tos',
  ],
};
