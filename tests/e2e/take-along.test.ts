// Issue 15, point 7: the checklist to take to the phone. From the panel on a settings page, a
// person opens the list as an extension page in a new tab: the same items for the same audience,
// their ticks with the date, which ones are in the app only, a print button; nothing of it is drawn
// in the web page, and it works with no request. A fragment that names no page gets a clear message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations, fixturePage, launchVigie, type Vigie } from './harness';
import { panelFrame, panelView, type PanelView } from './panel-frame';
import { detectPage } from '../../utils/detection/detect';
import { checklistFor } from '../../utils/guide/checklists';
import { itemsFor } from '../../utils/guide/guide-view';
import enTikTok from '../../utils/i18n/locales/en/checklist-tiktok.json';
import enLabels from '../../utils/i18n/locales/en/panel-labels.json';
import enTakeAlong from '../../utils/i18n/locales/en/take-along.json';
import frTakeAlong from '../../utils/i18n/locales/fr/take-along.json';
import frTikTok from '../../utils/i18n/locales/fr/checklist-tiktok.json';

const TIKTOK_SAFETY = 'https://www.tiktok.com/setting/security';
const words: Record<string, string> = enTikTok;

function expectedItems(url: string) {
  const match = detectPage(url);
  if (!match) throw new Error(`${url} is not a settings page`);
  return itemsFor(checklistFor(match), 'parent').map((item) => ({ id: item.id, text: words[`checklist.tiktok.${item.id}.do`]!, appOnly: item.appOnly === true }));
}

async function settledPanel(page: Page): Promise<PanelView> {
  await page.locator('vigie-panel').waitFor({ state: 'attached' });
  const shadow = panelView(await panelFrame(page));
  // Settled: the card no longer busy reading the ticks (until then the review line's place is drawn).
  await expect.poll(() => shadow.exists('.card:not([aria-busy]) .review')).toBe(true);
  return shadow;
}

describe('the list to take to the phone', () => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ fixtures: { [TIKTOK_SAFETY]: () => fixturePage('TikTok', '<h1>Security</h1>') } });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('opens from the panel in a tab of its own, with the same items, the tick and its date, and the app-only paths', async () => {
    const items = expectedItems(TIKTOK_SAFETY);
    expect(items.some((item) => item.appOnly), 'this page has an app-only setting to carry').toBe(true);
    const page = await vigie.open(TIKTOK_SAFETY);
    const shadow = await settledPanel(page);
    await shadow.click(`#vigie-item-${items[0]!.id}`);
    await expect.poll(() => shadow.text()).toContain('Done on');

    const opened = vigie.context.waitForEvent('page');
    await shadow.click('.take-along a');
    const list = await opened;
    await list.waitForLoadState();
    expect(new URL(list.url()).protocol).toBe('chrome-extension:');
    await list.locator('.take-along .items').waitFor();
    expect(await list.evaluate(() => document.documentElement.lang)).toBe('en');
    const shown = await list.locator('.item .do strong').allTextContents();
    expect(shown).toEqual(items.map((item) => item.text));
    const first = list.locator('.item').first();
    expect(await first.locator('.status').textContent()).toBe(enTakeAlong['takeAlong.done']);
    expect(await first.textContent()).toContain('Done on');
    expect(await list.locator('.item').nth(1).locator('.status').textContent()).toBe(enTakeAlong['takeAlong.toDo']);
    const appOnlyCount = items.filter((item) => item.appOnly).length;
    expect(await list.locator('.path .label', { hasText: enLabels['panel.item.inApp'] }).count()).toBe(appOnlyCount);
    expect(await list.getByRole('button', { name: enTakeAlong['takeAlong.print'] }).isVisible()).toBe(true);
    expect(await list.title(), 'a generic title: history keeps titles').toBe(enTakeAlong['takeAlong.link']);
    expect(describeViolations(await axeViolations(list))).toBe('');
    // Nothing of the list is in the web page.
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(items[0]!.text);

    // French chosen in the toolbar popup: the open list speaks it at once, then English again.
    const popup = await vigie.openPopup();
    await popup.locator('#language').selectOption('fr');
    await expect.poll(() => list.locator('.item .do strong').first().textContent()).toBe((frTikTok as Record<string, string>)[`checklist.tiktok.${items[0]!.id}.do`]);
    expect(await list.locator('.item').first().locator('.status').textContent()).toBe(frTakeAlong['takeAlong.done']);
    expect(await list.evaluate(() => document.documentElement.lang)).toBe('fr');
    await popup.locator('#language').selectOption('browser');
    await expect.poll(() => list.locator('.item .do strong').first().textContent()).toBe(items[0]!.text);
    await popup.close();

    // Leave the tick as it was.
    await shadow.click(`#vigie-item-${items[0]!.id}`);
    await expect.poll(() => shadow.evaluate((root, id) => (root.querySelector(`#vigie-item-${id}`) as HTMLInputElement).checked, items[0]!.id)).toBe(false);
    await list.close();
    await page.close();
  });

  it('says so when its address names no settings page', async () => {
    const list = await vigie.open(vigie.extensionUrl('take-along.html#platform=tiktok&pageId=no-such-page'));
    await expect.poll(() => list.locator('[role="alert"]').textContent()).toBe(enTakeAlong['takeAlong.unknownPage']);
    await list.close();
  });

  it('made no request', () => {
    expect(vigie.strayRequests).toEqual([]);
    expect(vigie.pageErrors).toEqual([]);
  });
});
