// Each platform's official way to report a problem, keyed by platform id, for the popup's
// "Report this". Facts: ../shared/research/helplines.tsv (PLATFORM rows); X's help page was read
// with the search tool on CHECKED_ON. Where the research could not confirm an address, the link is
// marked `unconfirmed` and the popup says so. Platforms without an entry fall back to the rule
// pack's `reportUrl` (utils/detection/platforms), then to the in-app advice alone.
import type { PlatformId } from '../../taxonomy';
import { CHECKED_ON } from './common';
import type { Source } from './types';

export interface ReportLink {
  url: string;
  /** Locale key suffix: `helplines.reportLink.<label>`. */
  label: string;
  unconfirmed?: boolean;
}

export interface PlatformReport {
  /** Official reporting pages or forms, most useful first (may be empty: report in the app). */
  links: readonly ReportLink[];
  /** Locale key `helplines.platform.<id>.inApp` exists: where the Report button is in the app. */
  inApp: boolean;
  sources: readonly Source[];
  checkedOn: string;
}

/** Display names: brands, the same in every language. */
export const PLATFORM_NAMES: Readonly<Record<PlatformId, string>> = {
  classdojo: 'ClassDojo',
  discord: 'Discord',
  facebook: 'Facebook',
  google: 'Google',
  'google-classroom': 'Google Classroom',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  messenger: 'Messenger',
  meta: 'Meta',
  microsoft: 'Microsoft',
  pinterest: 'Pinterest',
  pronote: 'Pronote',
  roblox: 'Roblox',
  seesaw: 'Seesaw',
  snapchat: 'Snapchat',
  threads: 'Threads',
  tiktok: 'TikTok',
  twitch: 'Twitch',
  whatsapp: 'WhatsApp',
  x: 'X',
  youtube: 'YouTube',
  yubo: 'Yubo',
};

export const PLATFORM_REPORTS: Readonly<Partial<Record<PlatformId, PlatformReport>>> = {
  discord: {
    links: [
      { url: 'https://support.discord.com/hc/en-us/articles/360000291932', label: 'parents' },
      { url: 'https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord', label: 'howToReport' },
    ],
    inApp: true,
    sources: [{ url: 'https://support.discord.com/hc/en-us/articles/360000291932-How-to-Contact-Discord-Safety-for-Parents-and-Guardians', date: 'undated' }],
    checkedOn: CHECKED_ON,
  },
  facebook: {
    links: [{ url: 'https://www.facebook.com/help/1380418588640631', label: 'howToReport' }],
    inApp: true,
    sources: [{ url: 'https://lookaside.fbsbx.com/help/1380418588640631', date: 'undated' }],
    checkedOn: CHECKED_ON,
  },
  instagram: {
    links: [{ url: 'https://help.instagram.com/517920941588885', label: 'under13' }],
    inApp: true,
    sources: [
      { url: 'https://about.instagram.com/blog/tips-and-tricks/safer-internet-day', date: '2024' },
      { url: 'https://help.instagram.com/517920941588885/', date: 'undated' },
    ],
    checkedOn: CHECKED_ON,
  },
  roblox: {
    links: [{ url: 'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations', label: 'howToReport' }],
    inApp: true,
    sources: [{ url: 'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations', date: 'undated' }],
    checkedOn: CHECKED_ON,
  },
  snapchat: {
    links: [{ url: 'https://values.snap.com/safety/safety-reporting', label: 'howToReport' }],
    inApp: true,
    sources: [{ url: 'https://values.snap.com/safety/safety-reporting', date: 'undated' }],
    checkedOn: CHECKED_ON,
  },
  tiktok: {
    links: [
      { url: 'https://support.tiktok.com/en/safety-hc/report-a-problem/report-cyberbullying', label: 'bullying', unconfirmed: true },
      { url: 'https://support.tiktok.com/en/safety-hc/report-a-problem/report-sexual-abuse', label: 'sexualAbuse', unconfirmed: true },
    ],
    inApp: true,
    sources: [{ url: 'https://support.tiktok.com/is/safety-hc/report-a-problem/report-cyberbullying', date: 'undated' }],
    checkedOn: CHECKED_ON,
  },
  x: {
    links: [{ url: 'https://help.twitter.com/en/safety-and-security/report-abusive-behavior', label: 'howToReport' }],
    inApp: true,
    sources: [{ url: 'https://help.twitter.com/en/safety-and-security/report-abusive-behavior', date: 'undated' }],
    checkedOn: CHECKED_ON,
  },
  youtube: {
    links: [{ url: 'https://support.google.com/youtube/answer/2802027', label: 'howToReport', unconfirmed: true }],
    inApp: true,
    sources: [{ url: 'https://support.google.com/youtube/answer/2802027', date: 'undated' }],
    checkedOn: CHECKED_ON,
  },
};
