// "Report this" per platform: each way to report is on the platform's own pages, shown by a quoted
// passage read within the year (or marked not confirmed), listed in a fixed order of problems,
// with where the Report button is only when a passage says so; never one under-13 form alone.
import { describe, expect, it } from 'vitest';
import { OFFICIAL_DOMAINS } from '../../../utils/guide/checklists/official-domains';
import { PLATFORM_REPORTS, REPORT_KINDS } from '../../../utils/help/helplines/platform-reports';
import { reportTargetFor } from '../../../utils/help/report-links';
import { isStale, onDomains } from '../../../utils/evidence';
import englishPaths from '../../../utils/i18n/locales/en/platform-reports.json';
import frenchPaths from '../../../utils/i18n/locales/fr/platform-reports.json';
import type { PlatformId } from '../../../utils/taxonomy';

const TODAY = '2026-12-04';
const reports = Object.entries(PLATFORM_REPORTS) as Array<[PlatformId, NonNullable<(typeof PLATFORM_REPORTS)[PlatformId]>]>;

describe.each(reports)('%s: its ways to report', (platform, report) => {
  it('links only the platform’s own pages, each shown by a quoted passage or marked not confirmed', () => {
    for (const link of report.links) {
      expect(onDomains(link.url, OFFICIAL_DOMAINS[platform]), link.url).toBe(true);
      if (link.unconfirmed) expect(link.evidence, link.url).toEqual([]);
      else expect(link.evidence.length, link.url).toBeGreaterThan(0);
      for (const e of link.evidence) {
        expect(onDomains(e.url, OFFICIAL_DOMAINS[platform]), e.url).toBe(true);
        expect(isStale(e.read, TODAY), e.url).toBe(false);
        expect(e.quote.length, e.url).toBeGreaterThan(20);
        expect(e.quote.length, e.url).toBeLessThan(300);
      }
    }
  });

  it('lists one link per kind of problem, in the popup’s order', () => {
    const kinds = report.links.map((l) => l.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect([...kinds].sort((a, b) => REPORT_KINDS.indexOf(a) - REPORT_KINDS.indexOf(b))).toEqual(kinds);
  });

  it('says where the Report button is only when a passage shows it, in English and French', () => {
    for (const link of report.links) {
      const key = `platformReports.${platform}.${link.kind}`;
      if (link.path) {
        expect(link.evidence.some((e) => e.supports.includes('path')), key).toBe(true);
        expect(Object.keys(englishPaths)).toContain(key);
        expect(Object.keys(frenchPaths)).toContain(key);
      }
    }
  });

  it('never offers an under-13 form as the only way to report', () => {
    if (report.links.some((l) => l.kind === 'underage')) expect(report.links.length).toBeGreaterThan(1);
  });
});

describe('the words of the paths', () => {
  it('belong to a link that has a path, and exist in both languages', () => {
    const withPath = reports.flatMap(([platform, report]) => report.links.filter((l) => l.path).map((l) => `platformReports.${platform}.${l.kind}`));
    expect(Object.keys(englishPaths).sort()).toEqual([...withPath].sort());
    expect(Object.keys(frenchPaths).sort()).toEqual([...withPath].sort());
  });
});

describe('what the main platforms offer', () => {
  it('Instagram: harassment in the app and the under-13 form', () => {
    expect(reportTargetFor('https://www.instagram.com/accounts/privacy_and_security/')?.links.map((l) => l.kind)).toEqual(['harassment', 'underage']);
  });

  it('TikTok: harassment, a child under the minimum age, sexual content involving a child, a hacked account', () => {
    expect(PLATFORM_REPORTS.tiktok!.links.map((l) => l.kind)).toEqual(['harassment', 'underage', 'childSexualContent', 'hacked']);
  });

  it('a platform with no reviewed entry falls back to its rule pack’s page, marked not confirmed', () => {
    for (const url of ['https://www.twitch.tv/settings/security', 'https://www.pinterest.com/settings/privacy']) {
      const target = reportTargetFor(url);
      for (const link of target?.links ?? []) expect(link).toMatchObject({ kind: 'general', unconfirmed: true });
    }
  });
});
