// Issue 16.2 in Firefox ESR, where a closed root alone once gave a page the panel's text: a child
// added in the passport, picked in the panel on Instagram's privacy page (a fixture on the real
// hostname). The child's name and age band are drawn only in the add-on's frame: the page's
// window.find() finds neither, its selection never lands in the panel, its text holds neither.
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVigieInFirefox, type FirefoxVigie } from './harness';
import { byLabel, byText, waitForText } from './by-text';

const INSTAGRAM = 'https://www.instagram.com/accounts/settings/v2/account_privacy/';
const NAME = 'Léonore';
const AGE = '11 to 12';
const FIXTURE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Account privacy • Instagram</title></head><body><main><h1>Account privacy</h1><p>Private account</p></main></body></html>';

/** The panel's frame once it asks, or says, whom the review is for. */
async function forWhomFrame(page: Page): Promise<Frame> {
  for (let attempt = 0; attempt < 200; attempt++) {
    for (const frame of page.frames().slice(1)) {
      const drawn = await frame.evaluate(() => location.pathname === '/panel-frame.html' && document.querySelector('.for-whom') !== null).catch(() => false);
      if (drawn) return frame;
    }
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error('no panel frame asking whom the review is for');
}

/** A person's click: the real mouse at the element's place (the host's box plus the element's box in the frame). */
async function clickInPanel(page: Page, frame: Frame, selector: string): Promise<void> {
  const host = await page.evaluate(() => {
    const box = document.querySelector('vigie-panel')!.getBoundingClientRect();
    return { x: box.x, y: box.y };
  });
  const inner = await frame.evaluate((s: string) => {
    const box = document.querySelector(s)!.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }, selector);
  await page.mouse.click(host.x + inner.x, host.y + inner.y);
}

describe('a review for a child, in Firefox ESR', () => {
  let vigie: FirefoxVigie;
  beforeAll(async () => {
    vigie = await launchVigieInFirefox({ fixtures: { [INSTAGRAM]: () => FIXTURE } });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('draws the child only in the add-on\'s frame: the page finds, selects and reads nothing of it', async () => {
    const passport = await vigie.openExtensionPage('passport.html');
    await (await byText(passport, 'a', "Start a child's passport")).click();
    const name = (await byLabel(passport, 'First name or nickname')) as ElementHandle<HTMLInputElement>;
    await name.click();
    await name.type(NAME);
    await (await byLabel(passport, 'Age')).select('11-12');
    await (await byText(passport, 'button', 'Start the passport')).click();
    await waitForText(passport, `${NAME}'s passport has started.`);
    await passport.close();

    const page = await vigie.open(INSTAGRAM);
    const frame = await forWhomFrame(page);
    expect(await frame.evaluate(() => document.body.textContent ?? '')).toContain(`${NAME}, ${AGE}`);
    await clickInPanel(page, frame, '#vigie-for-whom-first');
    for (let attempt = 0; attempt < 100 && !(await frame.evaluate(() => document.body.textContent ?? '')).includes('Review for'); attempt++) {
      await new Promise((wait) => setTimeout(wait, 50));
    }
    expect(await frame.evaluate(() => document.body.textContent ?? '')).toContain(`Review for ${NAME}, ${AGE}`);

    const seen = await page.evaluate((needles: string[]) => {
      const find = (window as unknown as { find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }).find;
      const ranges: string[] = [];
      const finds = needles.map((needle) => {
        getSelection()!.removeAllRanges();
        const found = find.call(window, needle, false, false, true);
        const selection = getSelection()!;
        for (let i = 0; i < selection.rangeCount; i++) {
          const root = selection.getRangeAt(i).startContainer.getRootNode();
          ranges.push(root === document ? 'document' : String(root));
        }
        return found;
      });
      getSelection()!.selectAllChildren(document.documentElement);
      const selected = getSelection()!.toString();
      getSelection()!.removeAllRanges();
      return { finds, ranges, selected, text: document.documentElement.textContent ?? '' };
    }, [NAME, AGE, `Review for ${NAME}`, 'Whom is this review for']);
    expect(seen.finds).toEqual([false, false, false, false]);
    expect(seen.ranges.every((root) => root === 'document')).toBe(true);
    for (const words of [seen.selected, seen.text]) {
      expect(words).not.toContain(NAME);
      expect(words).not.toContain(AGE);
    }
    await page.close();
  }, 90_000);

  it('made no request and no page error', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
