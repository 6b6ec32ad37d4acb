// Each platform's official ways to report, keyed by platform id, for the popup's "Report this":
// one link per kind of problem the platform documents (harassment, impersonation, a child under
// the minimum age, sexual content involving a child, a hacked account), each with the passage of
// the platform's own help page that shows it, and where the Report button is when that page says.
// A link no official page confirmed keeps `unconfirmed` and the popup says so; a kind no page
// documents is simply not offered. Platforms without an entry fall back to the rule pack's
// `reportUrl` (utils/detection/platforms), then to the in-app advice alone.
import type { Evidence, FactKind } from '../../evidence';
import type { PlatformId } from '../../taxonomy';
import { CHECKED_ON } from './common';
import type { Source } from './types';

/** The problems a parent reports, in the order the popup lists them. */
export const REPORT_KINDS = ['harassment', 'impersonation', 'underage', 'childSexualContent', 'hacked', 'parents', 'general'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportLink {
  url: string;
  /** What this way to report is for; its words are `popup.report.kind.<kind>`. */
  kind: ReportKind;
  /** Locale key `platformReports.<platform>.<kind>` exists: where the Report button is, as the evidence says. */
  path?: boolean;
  /** Passages of the platform's own pages (OFFICIAL_DOMAINS) showing this way to report. */
  evidence: readonly Evidence[];
  /** No official page confirmed this address: the popup says so. */
  unconfirmed?: boolean;
}

export interface PlatformReport {
  /** Official reporting pages or forms, in REPORT_KINDS order (may be empty: report in the app). */
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

/** The day the passages below were read with the search tool. */
const READ = '2026-12-04';
/** A passage showing the way to report (`claim`) or where its button is (`path`). */
const quoted = (url: string, quote: string, lang: string, supports: readonly FactKind[] = ['claim'], note?: string): Evidence => ({
  url, quote, lang, read: READ, supports, ...(note ? { note } : {}),
});

export const PLATFORM_REPORTS: Readonly<Partial<Record<PlatformId, PlatformReport>>> = {
  discord: {
    links: [
      {
        url: 'https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord',
        kind: 'harassment',
        path: true,
        evidence: [
          quoted('https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord', 'If you encounter a violation of our Terms of Service or Community Guidelines, we ask that you report this behavior to us.', 'en'),
          quoted('https://discord.com/safety/360044103651-reporting-abusive-behavior-to-discord', 'Select the Message you wish to report. On mobile, hold down on the Message, and on desktop, “right-click.”', 'en', ['path']),
        ],
      },
      { url: 'https://support.discord.com/hc/en-us/articles/360000291932', kind: 'parents', evidence: [], unconfirmed: true },
    ],
    inApp: true,
    sources: [{ url: 'https://support.discord.com/hc/en-us/articles/360000291932-How-to-Contact-Discord-Safety-for-Parents-and-Guardians', date: 'undated' }],
    checkedOn: CHECKED_ON,
  },
  facebook: {
    links: [
      {
        url: 'https://www.facebook.com/help/contact/209046679279097',
        kind: 'underage',
        evidence: [
          quoted(
            'https://www.facebook.com/help/contact/209046679279097',
            'If you believe there is a child under the age of 13 using Facebook, please use this form to file a report.',
            'en',
            ['claim'],
            'Read from the page as stored at its http:// address.',
          ),
        ],
      },
      { url: 'https://www.facebook.com/help/1380418588640631', kind: 'general', evidence: [], unconfirmed: true },
    ],
    inApp: true,
    sources: [{ url: 'https://lookaside.fbsbx.com/help/1380418588640631', date: 'undated' }],
    checkedOn: CHECKED_ON,
  },
  instagram: {
    links: [
      {
        url: 'https://about.instagram.com/community/anti-bullying',
        kind: 'harassment',
        path: true,
        evidence: [
          quoted('https://about.instagram.com/community/anti-bullying', 'If you see something that violates our Community Guidelines, report it so our team can review it and take action. People aren’t notified when you report them.', 'en'),
          quoted(
            'https://help.instagram.com/519598734752872',
            'Para iulat ang account ng isang tao, pumunta sa kanilang profile at i-click ang sa tabi ng kanilang username. Piliin ang Iulat ang User (Report User).',
            'tl',
            ['path'],
            'The Tagalog version of the help page for reporting on the web; the menu item is named in English in it.',
          ),
        ],
      },
      {
        url: 'https://help.instagram.com/517920941588885',
        kind: 'underage',
        evidence: [
          quoted(
            'https://help.instagram.com/517920941588885',
            "If you'd like to report an account belonging to someone under 13 or if you believe someone is impersonating your child who's under 13, please fill out this form.",
            'en',
          ),
        ],
      },
    ],
    inApp: true,
    sources: [
      { url: 'https://about.instagram.com/blog/tips-and-tricks/safer-internet-day', date: '2024' },
      { url: 'https://help.instagram.com/517920941588885/', date: 'undated' },
    ],
    checkedOn: CHECKED_ON,
  },
  roblox: {
    links: [
      {
        url: 'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations-and-Block-a-User',
        kind: 'harassment',
        path: true,
        evidence: [
          quoted(
            'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations-and-Block-a-User',
            'If another player is breaking Roblox rules (see the Roblox Community Guidelines), please use the Report Abuse buttons located throughout the site and in the Report tab of every game menu.',
            'en',
            ['claim', 'path'],
          ),
          quoted(
            'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations-and-Block-a-User',
            'Remember: you must report the Chat, Private Message or other Content that violates Roblox rules.',
            'en',
            ['path'],
          ),
        ],
      },
    ],
    inApp: true,
    sources: [{ url: 'https://en.help.roblox.com/hc/en-us/articles/203312410-How-to-Report-Rule-Violations', date: 'undated' }],
    checkedOn: CHECKED_ON,
  },
  snapchat: {
    links: [
      {
        url: 'https://values.snap.com/safety/safety-reporting',
        kind: 'harassment',
        path: true,
        evidence: [
          quoted(
            'https://values.snap.com/safety/safety-reporting',
            'All you need to do is press and hold on the piece of content or the chat message and a menu will appear. Then, tap “Report” to see a list of options.',
            'en',
            ['claim', 'path'],
          ),
        ],
      },
    ],
    inApp: true,
    sources: [{ url: 'https://values.snap.com/safety/safety-reporting', date: 'undated' }],
    checkedOn: CHECKED_ON,
  },
  tiktok: {
    links: [
      { url: 'https://support.tiktok.com/en/safety-hc/report-a-problem/report-cyberbullying', kind: 'harassment', evidence: [], unconfirmed: true },
      {
        url: 'https://support.tiktok.com/en/safety-hc/report-a-problem/report-underage-accounts-on-tiktok',
        kind: 'underage',
        evidence: [
          quoted(
            'https://support.tiktok.com/vi/safety-hc/report-a-problem/report-underage-accounts-on-tiktok',
            'Nếu bạn cho rằng người nào đó trên TikTok dưới 13 tuổi hoặc sử dụng tài khoản không ở chế độ phù hợp với lứa tuổi (nếu ở Hoa Kỳ), vui lòng báo cáo cho chúng tôi.',
            'vi',
            ['claim'],
            'Read in the Vietnamese version of the same article; the English one was not in the stored pages.',
          ),
        ],
      },
      { url: 'https://support.tiktok.com/en/safety-hc/report-a-problem/report-sexual-abuse', kind: 'childSexualContent', evidence: [], unconfirmed: true },
      {
        url: 'https://support.tiktok.com/en/log-in-troubleshoot/log-in/my-account-has-been-hacked',
        kind: 'hacked',
        evidence: [
          quoted(
            'https://support.tiktok.com/id/log-in-troubleshoot/log-in/my-account-has-been-hacked',
            'Jika Anda khawatir akun Anda diretas, gunakan tip berikut untuk mengidentifikasi tanda-tanda akun diretas dan cara melindungi akun Anda.',
            'id',
            ['claim'],
            'Read in the Indonesian version of the same article; the English one was not in the stored pages.',
          ),
        ],
      },
    ],
    inApp: true,
    sources: [{ url: 'https://support.tiktok.com/is/safety-hc/report-a-problem/report-cyberbullying', date: 'undated' }],
    checkedOn: CHECKED_ON,
  },
  x: {
    links: [
      {
        url: 'https://help.x.com/en/safety-and-security/x-account-compromised',
        kind: 'hacked',
        evidence: [
          quoted('https://help.x.com/en/safety-and-security/x-account-compromised', "If your account has been compromised but you're still able to log in, this page will help you secure your account and stop unwanted behaviors.", 'en'),
        ],
      },
      { url: 'https://help.twitter.com/en/safety-and-security/report-abusive-behavior', kind: 'general', evidence: [], unconfirmed: true },
    ],
    inApp: true,
    sources: [{ url: 'https://help.twitter.com/en/safety-and-security/report-abusive-behavior', date: 'undated' }],
    checkedOn: CHECKED_ON,
  },
  youtube: {
    links: [
      {
        url: 'https://support.google.com/youtube/answer/2801920',
        kind: 'harassment',
        path: true,
        evidence: [
          quoted('https://support.google.com/youtube/answer/2801920?hl=en-GB', 'Flag the video: If you come across a video that contains harassment or bullying, flag the video.', 'en-GB', ['claim', 'path']),
          quoted(
            'https://support.google.com/youtube/answer/2801920?hl=en-GB',
            "File an abuse report: If you have found multiple videos, comments or a user's entire account that you wish to report, please visit our reporting centre, where you will be able to submit a more detailed complaint.",
            'en-GB',
            ['claim', 'path'],
          ),
        ],
      },
      { url: 'https://support.google.com/youtube/answer/2802027', kind: 'general', evidence: [], unconfirmed: true },
    ],
    inApp: true,
    sources: [{ url: 'https://support.google.com/youtube/answer/2802027', date: 'undated' }],
    checkedOn: CHECKED_ON,
  },
};
