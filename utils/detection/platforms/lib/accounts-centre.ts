// Meta's Accounts Centre has one layout on three hosts (accountscenter.facebook.com,
// accountscenter.instagram.com, accountscenter.meta.com). DESIGN.md gives each host to its brand's
// pack, so the three packs build their Accounts Centre pages with this one function.
// Paths: personal_info, password_and_security, ads, info_and_permissions (Meta help centre and
// the URLs in shared/fixtures/settings-urls.tsv).
import type { PageRule } from '../types';

export function accountsCentrePages(host: string): PageRule[] {
  const hosts = [host];
  const base = `https://${host}`;
  return [
    {
      // Source: the shared corpus and public code (search index files 59114936949, 2407326743,
      // 18218299066).
      id: 'accounts-centre-security',
      context: 'safety',
      url: { hosts, paths: ['/password_and_security/**', '/security/**'] },
      deepLink: `${base}/password_and_security/`,
      testUrls: [`${base}/password_and_security`, `${base}/password_and_security/two_factor/`, `${base}/password_and_security/login_activity/`],
    },
    {
      // Source: public code (search index files 56239033299, 70821281725, 66451568424).
      id: 'accounts-centre-ads',
      context: 'privacy',
      url: { hosts, paths: ['/ads/**', '/ad_preferences/**'] },
      deepLink: `${base}/ads/`,
      testUrls: [`${base}/ads/`, `${base}/ads/ad_settings/`],
    },
    {
      // Source: public code (search index files 21256033336, 67315226328, 56154581399).
      id: 'accounts-centre-information',
      context: 'privacy',
      // Download your information is an account matter, like the other packs' data downloads.
      url: { hosts, paths: ['/info_and_permissions/**', '/your_information_and_permissions/**', '/connected_experiences/**'], notPaths: ['/*/dyi/**'] },
      deepLink: `${base}/info_and_permissions/`,
      testUrls: [`${base}/info_and_permissions/`, `${base}/info_and_permissions/off_meta_activity/`, `${base}/connected_experiences/`],
    },
    {
      // Source: the shared corpus (personal_info, profiles) and public code (search index files
      // 17120183469, 62513206775, 49429428057).
      id: 'accounts-centre',
      context: 'account',
      // Sign-in and device-approval steps that pass through the host are not settings, nor the
      // Meta Verified subscription (/meta_verified/, linked from Instagram's footer), which sells
      // a badge and changes no setting.
      url: { hosts, paths: ['/**'], notPaths: ['/**/approve|login|logout|oauth|checkpoint/**', '/meta_verified/**'] },
      deepLink: `${base}/`,
      testUrls: [`${base}/`, `${base}/personal_info/`, `${base}/profiles/`, `${base}/accounts/`],
    },
  ];
}
