// Issue 15, point 4: the checklist docked in the browser's side panel. "Dock in the side panel",
// clicked in the page's panel, opens Chromium's real side panel (chrome.sidePanel.open, called
// from the click in the panel's frame: an extension page, with the click's user activation) and
// takes the panel out of the page; the side panel shows the same checklist with the same ticks,
// follows the window's active tab and its in-page navigation, and "Undock" (or the browser
// closing the side panel) brings the page's panel back with the ticks made in the side panel.
// The side panel is reached over the DevTools protocol (tests/e2e/side-panel.ts), since Playwright
// lists only tabs; its requests are recorded there. No request, axe clean, no error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeViolations, fixturePage, launchVigie, type Vigie } from './harness';
import { axeFrame, panelFrame, panelView, type PanelView } from './panel-frame';
import { attachSidePanel, type SidePanel } from './side-panel';
import { detectPage } from '../../utils/detection/detect';
import enPages from '../../utils/i18n/locales/en/pages.json';
import enPlace from '../../utils/i18n/locales/en/panel-placement.json';
import enSide from '../../utils/i18n/locales/en/side-panel.json';
import frSide from '../../utils/i18n/locales/fr/side-panel.json';
import frPages from '../../utils/i18n/locales/fr/pages.json';

const SETTINGS = 'https://www.facebook.com/settings?tab=privacy';
const X_PRIVACY = 'https://x.com/settings/privacy_and_safety';
const X_ACCOUNT = '/settings/account';
const X_HOME = 'https://x.com/home';

/** The page's name as the panel's title shows it (pages.json), from what detection makes of the URL. */
function pageName(url: string, names: Record<string, string> = enPages): string {
  const match = detectPage(url);
  if (!match) throw new Error(`${url} is no settings page`);
  return names[`pages.${match.platform}.${match.pageId}`]!;
}

async function settledPanel(page: Page): Promise<PanelView> {
  await page.locator('vigie-panel').waitFor({ state: 'attached' });
  const shadow = panelView(await panelFrame(page));
  // Settled: the card no longer busy reading the ticks (until then the review line's place is drawn).
  await expect.poll(() => shadow.exists('.card:not([aria-busy]) .review')).toBe(true);
  return shadow;
}

const checkedInFrame = (shadow: PanelView) =>
  shadow.evaluate((root) => [...root.querySelectorAll<HTMLInputElement>('.item input[type="checkbox"]')].filter((box) => box.checked).map((box) => box.id));
const checkedInSidePanel = (side: SidePanel) =>
  side.evaluate<string[]>(`[...document.querySelectorAll('.item input[type="checkbox"]')].filter((box) => box.checked).map((box) => box.id)`);
const sideTitle = (side: SidePanel) => side.evaluate<string | null>(`document.querySelector('#vigie-title')?.textContent ?? null`);
const docked = (vigie: Vigie) => vigie.worker.evaluate(async () => ((await chrome.storage.local.get('panelPlacement')).panelPlacement as { docked?: boolean } | undefined)?.docked === true);

describe('the checklist docked in the side panel', () => {
  let vigie: Vigie;
  const sidePanels: SidePanel[] = [];
  beforeAll(async () => {
    vigie = await launchVigie({
      fixtures: {
        [SETTINGS]: 'facebook-settings-switches.html',
        [X_PRIVACY]: () => fixturePage('X', '<h1>Privacy and safety</h1>'),
        [X_HOME]: () => fixturePage('X', '<h1>Home</h1>'),
      },
    });
  });
  afterAll(async () => {
    for (const side of sidePanels) await side.detach();
    await vigie?.close();
  });

  it('keeps the ticks: ticked on the page, seen in the side panel; ticked there, seen on the page again', async () => {
    const page = await vigie.open(SETTINGS);
    const shadow = await settledPanel(page);
    const ids = await shadow.evaluate((root) => [...root.querySelectorAll('.item input[type="checkbox"]')].map((box) => box.id));
    expect(ids.length).toBeGreaterThan(1);
    const [first, second] = ids as [string, string];
    await shadow.click(`#${first}`);
    await expect.poll(() => checkedInFrame(shadow)).toEqual([first]);
    expect(await shadow.text()).toContain(enPlace['panelPlace.dock']);

    await shadow.click('#vigie-dock');
    await expect.poll(() => page.locator('vigie-panel').count(), { message: 'no panel in the page while docked' }).toBe(0);
    expect(await docked(vigie)).toBe(true);

    const side = await attachSidePanel(vigie);
    sidePanels.push(side);
    await expect.poll(() => sideTitle(side)).toBe(pageName(SETTINGS));
    await expect.poll(() => checkedInSidePanel(side)).toEqual([first]);
    expect(await side.text()).toContain('Done on');
    expect(describeViolations(await side.axe())).toBe('');

    await side.click(`#${second}`);
    await expect.poll(() => checkedInSidePanel(side)).toEqual([first, second]);
    // The side panel was reloaded when the test attached to it: docked again, no panel in the page.
    expect(await page.locator('vigie-panel').count()).toBe(0);

    await side.click('#vigie-undock');
    await expect.poll(() => side.isOpen(), { message: 'Undock closes the side panel' }).toBe(false);
    const back = await settledPanel(page);
    await expect.poll(() => checkedInFrame(back)).toEqual([first, second]);
    expect(describeViolations(await axeFrame(back.frame))).toBe('');
    expect(await docked(vigie)).toBe(false);
    await page.close();
  });

  it('follows the active tab and its in-page navigation, and comes back to the page when the browser closes it', async () => {
    expect(new Set([pageName(SETTINGS), pageName(X_PRIVACY), pageName(`https://x.com${X_ACCOUNT}`)]).size, 'three different titles').toBe(3);
    const facebook = await vigie.open(SETTINGS);
    await (await settledPanel(facebook)).click('#vigie-dock');
    const side = await attachSidePanel(vigie);
    sidePanels.push(side);
    await expect.poll(() => sideTitle(side)).toBe(pageName(SETTINGS));

    const x = await vigie.open(X_PRIVACY);
    await x.bringToFront();
    await expect.poll(() => sideTitle(side), { message: 'a tab switch' }).toBe(pageName(X_PRIVACY));
    expect(await x.locator('vigie-panel').count()).toBe(0);
    await x.evaluate((path) => history.pushState({}, '', path), X_ACCOUNT);
    await expect.poll(() => sideTitle(side), { message: 'an in-page navigation' }).toBe(pageName(`https://x.com${X_ACCOUNT}`));
    await x.evaluate(() => history.pushState({}, '', '/explore'));
    await expect.poll(() => side.text(), { message: 'a page that is not a settings page' }).toContain(enSide['sidePanel.noPage']);
    expect(describeViolations(await side.axe())).toBe('');
    await x.goto(X_HOME);
    await x.goto(X_PRIVACY);
    await expect.poll(() => sideTitle(side), { message: 'a full load' }).toBe(pageName(X_PRIVACY));

    // French chosen in the toolbar popup: the open side panel speaks it at once, then English again.
    const heading = () => side.evaluate<string | null>(`document.querySelector('#side-heading')?.textContent ?? null`);
    const popup = await vigie.openPopup();
    await popup.locator('#language').selectOption('fr');
    await expect.poll(heading, { message: 'the heading in French' }).toBe(frSide['sidePanel.heading']);
    await x.bringToFront();
    await expect.poll(() => sideTitle(side), { message: 'the checklist in French' }).toBe(pageName(X_PRIVACY, frPages));
    expect(await side.evaluate<string>(`document.documentElement.lang`)).toBe('fr');
    await popup.bringToFront();
    await popup.locator('#language').selectOption('browser');
    await expect.poll(heading, { message: 'back in English' }).toBe(enSide['sidePanel.heading']);
    await popup.close();

    await facebook.bringToFront();
    await expect.poll(() => sideTitle(side), { message: 'back to the first tab' }).toBe(pageName(SETTINGS));

    await side.closeFromBrowser();
    await settledPanel(facebook);
    await settledPanel(x);
    await Promise.all([x.close(), facebook.close()]);
  });

  it('made no request and had no error, in the pages or the side panel', () => {
    expect(vigie.strayRequests).toEqual([]);
    expect(vigie.pageErrors).toEqual([]);
    for (const side of sidePanels) {
      expect(side.strayRequests).toEqual([]);
      expect(side.errors).toEqual([]);
    }
  });
});
