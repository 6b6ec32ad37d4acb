// TikTok: web settings sit under the singular /setting (page-signals.md §3, §7); a rule for
// /settings would miss them all, so both are accepted. Family Pairing is set up in the app.
import type { RulePack } from './types';

const SETTING = '/setting|settings';
/**
 * The settings page with its tab in the query, /setting?activeTab=<tab> (security, privacy, dyd
 * for "download your data"), as public code links it (search index files 52894533552,
 * 61549210900, 28401522031).
 */
const settingsTab = (tabs: string[]) => ({ paths: [SETTING], query: { activeTab: tabs } });

export const tiktok: RulePack = {
  id: 'tiktok',
  hosts: ['tiktok.com', 'www.tiktok.com', 'm.tiktok.com'],
  reportUrl: 'https://support.tiktok.com/en/safety-hc/report-a-problem/report-cyberbullying',
  appOnly: [{ id: 'family-pairing-setup', context: 'supervision' }],
  pages: [
    {
      // Report forms: /legal/report/<topic> (privacy, feedback…), named in TikTok's own privacy
      // policy ("contacting us at: https://www.tiktok.com/legal/report/privacy") and in public code.
      // Copyright and trademark claims are not a family's report about a child.
      id: 'report',
      context: 'report',
      url: { paths: ['/legal/report/**'], notPaths: ['/legal/report/copyright|trademark/**'] },
      testUrls: ['https://www.tiktok.com/legal/report/privacy', 'https://www.tiktok.com/legal/report/feedback'],
    },
    {
      // Source: public code (search index files 47628846491, 20034410661: /setting/family-pairing);
      // screen-time and digital-wellbeing are a third-party guess (page-signals.md §7,
      // unconfirmed).
      id: 'family-pairing',
      context: 'supervision',
      url: { paths: [`${SETTING}/family-pairing|family_pairing|screen-time|screen_time|digital-wellbeing|digital_wellbeing/**`] },
      testUrls: ['https://www.tiktok.com/setting/family-pairing', 'https://www.tiktok.com/setting/screen-time'],
    },
    {
      // Source: public code (search index files 70685801754, 68831365559, 52894533552).
      id: 'security',
      context: 'safety',
      url: [
        { paths: [`${SETTING}/account/security/**`, `${SETTING}/security/**`, `${SETTING}/block|blocked|blocked-accounts|block-list/**`] },
        settingsTab(['security']),
      ],
      deepLink: 'https://www.tiktok.com/setting/account/security',
      testUrls: ['https://www.tiktok.com/setting/account/security', 'https://www.tiktok.com/setting/security', 'https://www.tiktok.com/setting/blocked-accounts', 'https://www.tiktok.com/setting?activeTab=security&lang=fr'],
    },
    {
      // Source: public code (search index files 53789434629, 667281168, 55657656776).
      id: 'privacy',
      context: 'privacy',
      // Apps and permissions (apps-and-website, apps, manage-app-permissions…) decide what other
      // services may read: the slugs public code links for revoking an app's access.
      url: [
        // privacy-and-safety: the older slug, still linked (public code, search index files
        // 31640968026, 18355360129).
        { paths: [`${SETTING}/privacy|privacy-and-safety|apps-and-website|apps|*permissions*|ads|*-ads|ads-*|personalization|personalisation|data/**`] },
        settingsTab(['privacy']),
      ],
      deepLink: 'https://www.tiktok.com/setting/privacy',
      testUrls: ['https://www.tiktok.com/setting/privacy', 'https://www.tiktok.com/setting/privacy-and-safety?lang=en', 'https://www.tiktok.com/setting/apps-and-website', 'https://www.tiktok.com/setting/ads', 'https://www.tiktok.com/setting?lang=en&activeTab=privacy'],
    },
    {
      // Source: page-signals.md §7 and public code (search index files 56735348064, 69629112070).
      id: 'account',
      context: 'account',
      url: { paths: [`${SETTING}/**`] },
      deepLink: 'https://www.tiktok.com/setting',
      testUrls: ['https://www.tiktok.com/setting', 'https://www.tiktok.com/setting?lang=en', 'https://www.tiktok.com/setting/account', 'https://www.tiktok.com/setting/notifications'],
    },
  ],
  notSettings: [
    'https://www.tiktok.com/legal/report/Copyright',
    'https://www.tiktok.com/',
    'https://www.tiktok.com/login',
    'https://www.tiktok.com/@exampleuser',
    'https://www.tiktok.com/safety/en/guardians-guide',
    'https://www.tiktok.com/legal/page/eea/privacy-policy/en',
    'https://www.tiktok.com/search?q=settings',
  ],
};
