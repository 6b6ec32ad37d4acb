// The panel's newer controls in Firefox ESR (issue 15, points 4 and 7), as a person uses them with
// the mouse: moved to the left edge (and still there after a reload), turned off on this site
// (still off after a reload) and turned back on from the popup, the open page following at once;
// docked while the sidebar's page is open and back when it goes away, and docked from the popup's
// button (Firefox's panel frame has no sidebarAction); and the list to take to the
// phone, opened from the panel in a tab of its own with the tick just made. No request, no error.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVigieInFirefox, type FirefoxVigie } from './harness';
import { checkedIds, clickInPanel, panelFrame } from './panel-kit';
import { byText } from './by-text';
import enPlace from '../../utils/i18n/locales/en/panel-placement.json';
import enTakeAlong from '../../utils/i18n/locales/en/take-along.json';
import enSide from '../../utils/i18n/locales/en/side-panel.json';

const SETTINGS = 'https://www.facebook.com/settings?tab=privacy';

const hostLeft = (page: Page) => page.evaluate(() => document.querySelector('vigie-panel')?.getBoundingClientRect().left ?? null);
const panelCount = (page: Page) => page.evaluate(() => document.querySelectorAll('vigie-panel').length);

async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await check().catch(() => false)) return;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error(`Never: ${what}`);
}

/**
 * The tab showing `url`, as the popup is told it in the tests (?tab=<id>): Vigie may not read tab
 * addresses, so each tab's content script is asked its page (entrypoints/content/tab-query.ts).
 */
async function tabIdOf(vigie: FirefoxVigie, url: string): Promise<number> {
  const helper = await vigie.openExtensionPage('passport.html');
  const id = await helper.evaluate(async (wanted: string) => {
    for (const tab of await chrome.tabs.query({})) {
      const answer = (await chrome.tabs.sendMessage(tab.id!, { type: 'page.current' }).catch(() => undefined)) as { url?: string } | undefined;
      if (answer?.url === wanted) return tab.id;
    }
    return undefined;
  }, url);
  await helper.close();
  if (id === undefined) throw new Error(`No tab shows ${url}`);
  return id;
}

/** Opens the panel's card if it is folded, and returns its frame. */
async function openCard(page: Page) {
  await page.waitForSelector('vigie-panel');
  let frame = await panelFrame(page);
  if (await frame.evaluate(() => document.querySelector('.opener') !== null)) {
    await clickInPanel(page, frame, '.opener');
    await until('the card opened', () => frame.evaluate(() => document.querySelector('.card') !== null));
    frame = await panelFrame(page);
  }
  return frame;
}

describe('the panel out of the way, in Firefox ESR', () => {
  let vigie: FirefoxVigie;
  beforeAll(async () => {
    vigie = await launchVigieInFirefox({ fixtures: { [SETTINGS]: 'facebook-settings-privacy.html' } });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('moves to the left edge and stays there across a reload', async () => {
    const page = await vigie.open(SETTINGS);
    const frame = await openCard(page);
    const width = await page.evaluate(() => innerWidth);
    expect(await hostLeft(page)).toBeGreaterThan(width / 2);
    await clickInPanel(page, frame, '#vigie-move');
    await until('the panel at the left edge', async () => (await hostLeft(page))! < 100);
    await page.reload();
    await page.waitForSelector('vigie-panel');
    await until('still at the left edge', async () => (await hostLeft(page))! < 100);
    const again = await openCard(page);
    expect(await again.evaluate(() => document.querySelector('#vigie-move')?.textContent)).toBe(enPlace['panelPlace.moveTo.right']);
    await clickInPanel(page, again, '#vigie-move');
    await until('back at the right edge', async () => (await hostLeft(page))! > width / 2);
    await page.close();
  });

  it('turned off on this site, stays off across a reload, and the popup turns it back on', async () => {
    const page = await vigie.open(SETTINGS);
    const frame = await openCard(page);
    const tabId = await tabIdOf(vigie, SETTINGS);
    await clickInPanel(page, frame, '#vigie-off-here');
    await until('no panel', async () => (await panelCount(page)) === 0);
    await page.reload();
    await new Promise((wait) => setTimeout(wait, 1500));
    expect(await panelCount(page)).toBe(0);

    const popup = await vigie.openExtensionPage(`popup/en-US.html?tab=${tabId}`);
    const button = await byText(popup, '.panel-off button', enPlace['panelPlace.popup.turnBackOn']);
    expect(await popup.$eval('.panel-off', (notice) => notice.textContent)).toContain('facebook.com');
    await button.click();
    await until('the notice gone', async () => (await popup.$('.panel-off')) === null);
    await popup.close();
    await page.bringToFront();
    await until('the panel back in the open page', async () => (await panelCount(page)) === 1);
    await page.close();
  });

  it('docks while Vigie’s sidebar page is open, and comes back when it goes away', async () => {
    const page = await vigie.open(SETTINGS);
    const frame = await openCard(page);
    // Firefox gives the add-on's frame inside a page no sidebarAction (nor tabs): no Dock button there
    // (entrypoints/panel-frame/dock.ts). The person opens Vigie's sidebar with Firefox's own controls.
    expect(await frame.evaluate(() => document.querySelector('#vigie-dock') === null)).toBe(true);
    // Its page, opened as a tab, docks the checklist as it does in the sidebar; closed, it undocks.
    const side = await vigie.openExtensionPage('sidepanel.html');
    await byText(side, '#vigie-undock', enSide['sidePanel.undock']);
    await page.bringToFront();
    await until('no panel while docked', async () => (await panelCount(page)) === 0);
    await side.close();
    await until('the panel back in the page', async () => (await panelCount(page)) === 1);
    await page.close();
  });

  it('opens the list to take to the phone from the panel, with the tick just made', async () => {
    const page = await vigie.open(SETTINGS);
    const frame = await openCard(page);
    const first = await frame.evaluate(() => document.querySelector('.item input[type="checkbox"]')!.id);
    if (!(await checkedIds(frame)).includes(first)) await clickInPanel(page, frame, `#${first}`);
    await frame.waitForFunction((id: string) => (document.getElementById(id) as HTMLInputElement).checked, {}, first);
    const before = new Set(await vigie.browser.pages());
    await clickInPanel(page, frame, '.take-along a');
    // Over BiDi a tab's URL can stay the about:blank it opened with (moz-extension: loads send no
    // navigation events): each new tab is asked its own address.
    let list: Page | undefined;
    await until('the take-along tab', async () => {
      for (const tab of await vigie.browser.pages()) {
        if (!before.has(tab) && (await tab.evaluate(() => location.pathname).catch(() => '')) === '/take-along.html') list = tab;
      }
      return list !== undefined;
    });
    if (!list) throw new Error('unreachable');
    await list.waitForSelector('.take-along .items');
    expect(await list.$eval('.item .status', (status) => status.textContent)).toBe(enTakeAlong['takeAlong.done']);
    expect(await list.evaluate(() => location.protocol)).toBe('moz-extension:');
    await byText(list, 'button', enTakeAlong['takeAlong.print']);
    await list.close();
    await page.close();
  });

  it('docks from the toolbar popup, whose button opens Vigie’s sidebar (last: the sidebar stays open)', async () => {
    const page = await vigie.open(SETTINGS);
    await openCard(page);
    const tabId = await tabIdOf(vigie, SETTINGS);
    const popup = await vigie.openExtensionPage(`popup/en-US.html?tab=${tabId}`);
    // The person's click (WebDriver BiDi's real input): Firefox opens a sidebar only while handling one.
    await (await byText(popup, '.dock button', enPlace['panelPlace.dock'])).click();
    await page.bringToFront();
    await until('no panel once the sidebar docked it', async () => (await panelCount(page)) === 0);
    await popup.close().catch(() => undefined);
    await page.close();
  });

  it('has no errors in any page and sends no request anywhere', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
