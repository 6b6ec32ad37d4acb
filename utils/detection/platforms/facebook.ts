// Facebook: the classic settings (`/settings?tab=…`, still linked everywhere and partly still
// served), Accounts Centre on accountscenter.facebook.com, group admin tools (sub-paths of the
// group's URL), Page settings (professional dashboard, Meta Business Suite) and the profile-lock
// dialog, which has no URL. Sources: shared/research/page-signals.md §4, the URL corpus.
import { accountsCentrePages } from './lib/accounts-centre';
import type { RulePack } from './types';

const SETTINGS = ['/settings/**', '/settings.php'];

/** Group admin tools. The bare `/groups/<id>/` is the feed, `/posts/`, `/permalink/`, `/members/` are not settings. */
const GROUP_ADMIN =
  'admin_home|admin_activities|admin_activity|admin_assist|admin_tools|participant_requests|member_requests|member-requests|requests|pending_posts|scheduled_posts|membership_questions|edit|settings|group_settings|rules|reported|member_reported_content|moderation_alerts|alerted_posts|spam|group_quality|badges_settings';

/** First path segments that are app sections, never a profile (for the profile-lock rule). */
const NOT_PROFILES = [
  '/watch/**', '/marketplace/**', '/gaming/**', '/groups/**', '/friends/**', '/notifications/**', '/messages/**',
  '/reel/**', '/reels/**', '/stories/**', '/events/**', '/pages/**', '/bookmarks/**', '/memories/**', '/saved/**',
  '/help/**', '/login/**', '/settings/**', '/privacy/**', '/search/**', '/photo/**', '/photo.php', '/story.php', '/home.php',
];

export const facebook: RulePack = {
  id: 'facebook',
  hosts: [
    'facebook.com', 'www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'mobile.facebook.com', 'touch.facebook.com',
    'mbasic.facebook.com', 'business.facebook.com', 'accountscenter.facebook.com',
  ],
  reportUrl: 'https://www.facebook.com/help/1380418588640631',
  pages: [
    ...accountsCentrePages('accountscenter.facebook.com'),
    {
      // Source: public code (search index files 13042141368, 53789434629, the held-out corpus);
      // /privacy/review/ has no corpus row (unconfirmed).
      id: 'privacy-checkup',
      context: 'privacy',
      url: { paths: ['/privacy/checkup/**', '/privacy/review/**'] },
      deepLink: 'https://www.facebook.com/privacy/checkup/',
      testUrls: ['https://www.facebook.com/privacy/checkup/', 'https://www.facebook.com/privacy/checkup/?source=settings', 'https://m.facebook.com/privacy/checkup/'],
    },
    {
      // Source: the shared corpus; Messenger's own settings dialog links here (page-signals.md §3).
      id: 'blocking',
      context: 'safety',
      url: { paths: SETTINGS, query: { tab: ['blocking', 'block'] } },
      deepLink: 'https://www.facebook.com/settings/?tab=blocking',
      testUrls: ['https://www.facebook.com/settings?tab=blocking', 'https://www.facebook.com/settings/?tab=blocking&section=block'],
    },
    {
      // Source: public code that blocks from the mobile hosts (search index files 7047550123,
      // 36040165197: /privacy/touch/block/…); /settings/blocking has no corpus row (unconfirmed).
      id: 'blocking-mobile',
      context: 'safety',
      url: { paths: ['/privacy/touch/block/**', '/settings/blocking/**'] },
      deepLink: 'https://m.facebook.com/privacy/touch/block/',
      testUrls: ['https://m.facebook.com/privacy/touch/block/', 'https://m.facebook.com/privacy/touch/block/confirm/?bid=1234'],
    },
    {
      // Source: public code (search index files 15841871989, 25509218837, 11327827522).
      id: 'security',
      context: 'safety',
      url: [
        { paths: SETTINGS, query: { tab: ['security', 'security_and_login'] } },
        // The password under the old account tab (tab=account&section=password, public code's
        // "changelink", search index file 14270815698).
        { paths: SETTINGS, query: { tab: 'account', section: 'password' } },
      ],
      deepLink: 'https://www.facebook.com/settings/?tab=security',
      testUrls: ['https://www.facebook.com/settings?tab=security', 'https://www.facebook.com/settings/?tab=security&section=password', 'https://m.facebook.com/settings/?tab=account&section=password'],
    },
    {
      // Source: public code (search index files 21140058856, 6799889780, 36278624182).
      id: 'security-tools',
      context: 'safety',
      url: { paths: ['/security/2fac/**', '/settings/security/**', '/security/checkup/**'] },
      deepLink: 'https://www.facebook.com/security/2fac/settings/',
      testUrls: ['https://www.facebook.com/security/2fac/settings/', 'https://m.facebook.com/settings/security/'],
    },
    {
      // Source: the shared corpus (briOS's socialMedia.ts) and public code (search index files
      // 60346684777, 4773609832, 20551079137).
      id: 'privacy',
      context: 'privacy',
      url: {
        paths: SETTINGS,
        query: {
          tab: [
            'privacy', 'location', 'timeline', 'tagging', 'followers', 'public_posts', 'followers_and_public_content',
            'face_recognition', 'facerec', 'applications', 'apps', 'business_tools', 'off_facebook_activity', 'ads', 'stories', 'profile_locking',
          ],
        },
      },
      deepLink: 'https://www.facebook.com/settings/?tab=privacy',
      testUrls: [
        'https://www.facebook.com/settings?tab=privacy',
        'https://www.facebook.com/settings/?tab=privacy&privacy_source=settings_menu',
        'https://www.facebook.com/settings?tab=location',
        'https://www.facebook.com/settings?tab=timeline',
        'https://m.facebook.com/settings/?tab=privacy',
      ],
    },
    {
      // Source: page-signals.md §4 (the mobile host's /control_center/… and /ads/settings/…) and
      // public code (search index files 11932994156, 28701802304, 46114658582).
      id: 'privacy-tools',
      context: 'privacy',
      url: {
        paths: [
          // /settings/ads: the ad preferences under the settings area (privacy notices link it).
          '/privacy/touch/**', '/settings/privacy|apps|ads/**', '/off_facebook_activity/**', '/off_meta_activity/**', '/adpreferences/**',
          '/ads/preferences/**', '/ads/settings/**', '/control_center/**', '/privacy/shortcuts/**',
        ],
      },
      deepLink: 'https://www.facebook.com/adpreferences/',
      testUrls: [
        'https://www.facebook.com/off_facebook_activity',
        'https://www.facebook.com/adpreferences/ad_settings',
        'https://m.facebook.com/control_center/checkup/third_party/',
        'https://m.facebook.com/ads/settings/fpd/',
        'https://m.facebook.com/privacy/touch/basic/',
      ],
    },
    {
      // Source: page-signals.md §4 (tab=profile_access, tab=linked_instagram in public code) and
      // the corpora (search index files 70114613692, 70242471044).
      id: 'page-settings',
      context: 'page',
      url: { paths: SETTINGS, query: { tab: ['profile_recommendations', 'linked_instagram', 'profile_access', 'page_access', 'profile_management_history', 'page_management_history'] } },
      deepLink: 'https://www.facebook.com/settings/?tab=profile_access',
      testUrls: [
        'https://www.facebook.com/settings/?tab=profile_recommendations&show_recommendable_nux=0',
        'https://www.facebook.com/settings/?tab=profile_access',
        'https://www.facebook.com/settings?tab=linked_instagram',
      ],
    },
    {
      // Source: the shared and held-out corpora (search index files 70899702105, 55737660810).
      id: 'page-tools',
      context: 'page',
      // The dashboard's content and insights tools (calendar, library, reports) are not settings.
      url: { paths: ['/professional_dashboard/**', '/latest/settings/**'], notPaths: ['/professional_dashboard/content*/**', '/professional_dashboard/*insights*/**'] },
      deepLink: 'https://www.facebook.com/professional_dashboard/',
      testUrls: [
        'https://www.facebook.com/professional_dashboard/moderation_assist',
        'https://www.facebook.com/professional_dashboard/',
        'https://business.facebook.com/latest/settings/pages',
      ],
    },
    {
      // Classic Pages kept their settings under the Page's own name: /<page>/settings/?tab=…
      // Source: public code (search index file 17768283177: /<page
      // id>/settings/?tab=messenger_platform).
      id: 'page-settings-classic',
      context: 'page',
      url: { paths: ['/*/settings'], query: { tab: '*' } },
      testUrls: ['https://www.facebook.com/ExamplePage/settings/?tab=settings', 'https://www.facebook.com/ExamplePage/settings/?tab=page_roles'],
    },
    {
      // Source: public code (search index files 3667661017, 53103766777, 71570173867).
      id: 'business-settings',
      context: 'page',
      url: { hosts: ['business.facebook.com'], paths: ['/settings/**', '/latest/settings/**'] },
      deepLink: 'https://business.facebook.com/settings/',
      testUrls: ['https://business.facebook.com/settings/people', 'https://business.facebook.com/settings/'],
    },
    {
      // Source: page-signals.md §4 (participant_requests, pending_posts, membership_questions) and
      // the corpora (search index files 31877023890, 54031064700); slugs with no corpus row are the
      // admin tools' names as the pack's authors read them (unconfirmed).
      id: 'group-admin',
      context: 'group',
      url: { paths: [`/groups/*/${GROUP_ADMIN}/**`] },
      // Non-admins and signed-out visitors get an error page on the same URL (page-signals.md §4).
      dom: { titleNotStartingWith: ['page not found', 'page introuvable', 'content not found', 'contenu introuvable'], watch: 'title' },
      testUrls: [
        'https://www.facebook.com/groups/1234567890/membership_questions/',
        'https://www.facebook.com/groups/1234567890/participant_requests?orderby=chronological',
        'https://www.facebook.com/groups/1234567890/pending_posts/',
        'https://www.facebook.com/groups/1234567890/admin_home',
        'https://www.facebook.com/groups/examplegroup/edit/',
        'https://m.facebook.com/groups/1234567890/member_requests',
      ],
    },
    {
      // Source: the shared corpus (timharek/everyday-privacy, briOS) and public code (search index
      // files 55050922687, 7305156267, 13117354514).
      id: 'account',
      context: 'account',
      // Deactivation and deletion (/deactivate/, /deactivate_delete_account/, reached from
      // Accounts Centre's "Deactivation or deletion" and in public code) are account decisions.
      url: { paths: [...SETTINGS, '/account_status/**', '/accountquality/**', '/dyi/**', '/your_information/**', '/deactivate/**', '/deactivate_delete_account/**'] },
      deepLink: 'https://www.facebook.com/settings/',
      testUrls: [
        'https://www.facebook.com/settings',
        'https://www.facebook.com/settings?tab=your_facebook_information',
        'https://www.facebook.com/settings?tab=language',
        'https://www.facebook.com/account_status',
        'https://www.facebook.com/deactivate_delete_account',
        'https://www.facebook.com/accountquality',
        'https://www.facebook.com/dyi',
        'https://www.facebook.com/your_information/?tab=your_information&tile=personal_info_grouping',
        'https://m.facebook.com/settings/',
      ],
    },
    {
      // Profile lock has no URL: a confirmation dialog over the profile (page-signals.md §4).
      // The dialog's label is our reading of the web UI, in the two languages we ship (inferred).
      id: 'profile-lock',
      context: 'privacy',
      url: { paths: ['/*', '/profile.php', '/people/*/*'], notPaths: NOT_PROFILES },
      dom: {
        anyOf: ['[role="dialog"][aria-label="Lock your profile" i]', '[role="dialog"][aria-label="Verrouiller votre profil" i]'],
        watch: 'body',
      },
      testUrls: ['https://www.facebook.com/exampleuser', 'https://www.facebook.com/profile.php?id=100000000000000'],
    },
  ],
  notSettings: [
    'https://www.facebook.com/groups/1234567890/?sorting_setting=RECENT_ACTIVITY',
    'https://www.facebook.com/groups/1234567890/',
    'https://www.facebook.com/groups/1234567890/posts/1234567890/',
    'https://www.facebook.com/groups/1234567890/members/',
    'https://www.facebook.com/groups/1234567890/about',
    'https://www.facebook.com/support/?tab_type=APPEALS',
    'https://www.facebook.com/privacy/center/',
    'https://www.facebook.com/privacy/policy',
    'https://www.facebook.com/privacy/explanation',
    'https://www.facebook.com/help/1380418588640631',
    'https://www.facebook.com/login',
    'https://www.facebook.com/exampleuser',
    'https://www.facebook.com/notifications',
    'https://www.facebook.com/pages/creation/',
    'https://www.facebook.com/exampleuser/settings',
  ],
};
