// "Report this" in the real popup, opened from a tab of each platform Vigie has reviewed, in English
// and French: each way to report that the platform documents, in order, with its link, where the
// Report button is when the platform says so, and "not confirmed" where no official page showed it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PLATFORM_REPORTS } from '../../utils/help/helplines/platform-reports';
import englishPaths from '../../utils/i18n/locales/en/platform-reports.json';
import frenchPaths from '../../utils/i18n/locales/fr/platform-reports.json';
import englishPopup from '../../utils/i18n/locales/en/popup.json';
import frenchPopup from '../../utils/i18n/locales/fr/popup.json';
import type { PlatformId } from '../../utils/taxonomy';
import { fixturePage, launchVigie, type Vigie } from './harness';

/** A page of each reviewed platform that is not a settings page (the popup works on any page). */
const PAGES: Partial<Record<PlatformId, string>> = {
  discord: 'https://discord.com/channels/@me',
  facebook: 'https://www.facebook.com/some.profile',
  instagram: 'https://www.instagram.com/some.profile/',
  roblox: 'https://www.roblox.com/home',
  snapchat: 'https://www.snapchat.com/add/someone',
  tiktok: 'https://www.tiktok.com/@someone',
  x: 'https://x.com/someone',
  youtube: 'https://www.youtube.com/watch?v=abc',
};

const fixtures = Object.fromEntries(Object.values(PAGES).map((url) => [url, () => fixturePage('A page', '<h1>A page</h1>')]));

describe.each([
  { lang: 'en-GB', paths: englishPaths as Record<string, string>, words: englishPopup as Record<string, string> },
  { lang: 'fr-FR', paths: frenchPaths as Record<string, string>, words: frenchPopup as Record<string, string> },
])('report choices in a $lang browser', ({ lang, paths, words }) => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ lang, fixtures });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  async function popupFor(url: string): Promise<{ popup: Page; tab: Page }> {
    const tab = await vigie.open(url);
    const tabId = await vigie.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    const popup = await vigie.context.newPage();
    await popup.goto(`${await vigie.toolbarPopupUrl()}?tab=${tabId}`);
    await popup.locator('.report .report-links, .report p').first().waitFor();
    return { popup, tab };
  }

  it.each(Object.keys(PAGES))('%s: every way to report it documents', async (platform) => {
    const report = PLATFORM_REPORTS[platform as PlatformId]!;
    const { popup, tab } = await popupFor(PAGES[platform as PlatformId]!);
    const items = popup.locator('.report .report-links li');
    await expect.poll(() => items.count()).toBe(report.links.length);
    for (const [i, link] of report.links.entries()) {
      const item = items.nth(i);
      expect(await item.getAttribute('data-kind')).toBe(link.kind);
      expect(await item.locator('a.report-link').getAttribute('href')).toBe(link.url);
      expect(await item.locator('a.report-link').textContent()).toContain(words[`popup.report.kind.${link.kind}`]);
      const path = item.locator('.report-path');
      if (link.path) expect(await path.textContent()).toBe(paths[`platformReports.${platform}.${link.kind}`]);
      else expect(await path.count()).toBe(0);
      expect(await item.locator('.unconfirmed').count()).toBe(link.unconfirmed ? 1 : 0);
    }
    await Promise.all([popup.close(), tab.close()]);
  });

  it('has no page error and makes no request', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
