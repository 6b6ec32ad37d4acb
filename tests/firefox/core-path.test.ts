/// <reference types="chrome" />
// The core path in Firefox ESR: the built add-on installs, the panel appears on a settings page of
// the real hostname (and on in-page navigation to one), the popup and the passport page load, and
// nothing leaves the machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVigieInFirefox, type FirefoxVigie } from './harness';
import { closedShadow } from './bidi';

const SETTINGS = 'https://www.facebook.com/settings?tab=privacy';
const HOME = 'https://www.facebook.com/';

describe('the built add-on in Firefox ESR', () => {
  let vigie: FirefoxVigie;
  beforeAll(async () => {
    vigie = await launchVigieInFirefox({
      fixtures: { [SETTINGS]: 'facebook-settings-privacy.html', [HOME]: 'firefox-home.html' },
    });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('installs with the manifest we built: no host permissions, no data collection', async () => {
    const page = await vigie.openExtensionPage('popup.html');
    const manifest = await page.evaluate(() => {
      const { permissions, host_permissions, browser_specific_settings } = chrome.runtime.getManifest() as chrome.runtime.ManifestV3 & {
        browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: unknown } };
      };
      return { permissions, host_permissions, gecko: browser_specific_settings?.gecko };
    });
    expect(manifest.permissions?.sort()).toEqual(['activeTab', 'alarms', 'notifications', 'storage', 'unlimitedStorage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.gecko?.id).toBe('vigie@vigie.invalid');
    expect(manifest.gecko?.data_collection_permissions).toMatchObject({ required: ['none'], optional: [] });
    await page.close();
  });

  it('shows the panel on a settings page of the real hostname: a closed shadow root holding only its frame', async () => {
    const page = await vigie.open(SETTINGS);
    await page.waitForSelector('vigie-panel');
    expect(await page.evaluate(() => document.querySelector('vigie-panel')?.shadowRoot ?? null)).toBeNull();
    const shadow = await closedShadow(page);
    expect(shadow?.mode).toBe('closed');
    // The checklist is in the frame (tests/firefox/panel-frame.test.ts), none of its words in the page.
    expect(await shadow!.evaluate((root) => [...root.querySelectorAll('body > *')].map((node) => node.localName))).toEqual(['iframe']);
    expect(await shadow!.text()).toBe('');
    await page.close();
  });

  it('shows no panel on the news feed, then shows it after an in-page move to the settings and removes it on the way back', async () => {
    const page = await vigie.open(HOME);
    expect(await page.$('vigie-panel')).toBeNull();
    await page.evaluate(() => history.pushState({}, '', '/settings?tab=privacy'));
    await page.waitForSelector('vigie-panel');
    await page.evaluate(() => history.back());
    await page.waitForSelector('vigie-panel', { hidden: true });
    expect(await page.evaluate(() => location.pathname)).toBe('/');
    await page.close();
  });

  it('opens the popup and the passport page, in English, with a heading', async () => {
    for (const path of ['popup.html', 'passport.html']) {
      const page = await vigie.openExtensionPage(path);
      await page.waitForFunction(() => document.querySelector('h1')?.textContent?.trim());
      const { lang, title, origin } = await page.evaluate(() => ({ lang: document.documentElement.lang, title: document.title, origin: location.origin }));
      expect(origin).toBe(`moz-extension://${vigie.extensionUuid}`);
      expect(lang).toBe('en');
      expect(title).not.toBe('');
      await page.close();
    }
  });

  it('opens from the toolbar the popup page prerendered for English and the United States, styled, then completed by its script', async () => {
    const page = await vigie.openExtensionPage('popup.html');
    // The background chooses the page when the add-on is installed, a moment after launch.
    await page.waitForFunction(async () => (await chrome.action.getPopup({})).includes('/popup/'), { polling: 50 });
    const toolbarPage = await page.evaluate(() => chrome.action.getPopup({}));
    expect(toolbarPage).toBe(`moz-extension://${vigie.extensionUuid}/popup/en-US.html`);
    await page.close();

    const popup = await vigie.openExtensionPage('popup/en-US.html');
    await popup.waitForSelector('.situation');
    const shown = await popup.evaluate(() => ({
      danger: [...document.querySelectorAll('.danger-list a')].map((a) => a.getAttribute('href')),
      // The inline stylesheet applies: Firefox's CSP allows it by its hash (the danger block's red edge).
      edge: getComputedStyle(document.querySelector('.danger')!).borderLeftWidth,
    }));
    expect(shown).toEqual({ danger: ['tel:911'], edge: '6px' });
    await popup.close();
  });

  it('has no errors in any page and sends no request anywhere', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
