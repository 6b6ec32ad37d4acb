// The panel in Firefox ESR, where a closed shadow root alone gave a page everything: after one
// window.find() of a public checklist phrase, the page took the text node out of its selection,
// climbed to the root, read every tick and date and ticked an item with .click() (security audit
// 2026-12, probe 7a). Now the root holds only a frame of the add-on's own page: window.find()
// finds nothing of the panel, the selection never lands inside it, and an untrusted click()
// ticks nothing. The person's own click still ticks, and the tick outlives a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVigieInFirefox, type FirefoxVigie } from './harness';
import { closedShadow } from './bidi';
import { checkedIds, clickInPanel, panelFrame } from './panel-kit';

const SETTINGS = 'https://www.facebook.com/settings?tab=privacy';

describe('the panel in Firefox ESR', () => {
  let vigie: FirefoxVigie;
  beforeAll(async () => {
    vigie = await launchVigieInFirefox({ fixtures: { [SETTINGS]: 'facebook-settings-privacy.html' } });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('draws the checklist in a frame of the add-on’s origin inside the closed root', async () => {
    const page = await vigie.open(SETTINGS);
    await page.waitForSelector('vigie-panel');
    const shadow = await closedShadow(page);
    expect(shadow?.mode).toBe('closed');
    expect(await shadow!.text()).toBe('');
    const frame = await panelFrame(page);
    expect(await frame.evaluate(() => location.origin)).toBe(`moz-extension://${vigie.extensionUuid}`);
    expect(await frame.evaluate(() => document.body.textContent)).toMatch(/facebook/i);
    await page.close();
  });

  it('gives a page no selection, no text and no tick through window.find() and click()', async () => {
    const page = await vigie.open(SETTINGS);
    const frame = await panelFrame(page);
    const labels = await frame.evaluate(() => [...document.querySelectorAll('.item label')].map((label) => label.textContent ?? ''));
    const before = await checkedIds(frame);
    const attack = await page.evaluate((needles: string[]) => {
      const outcome = { finds: [] as boolean[], ranges: [] as string[], clicked: 0, text: '' };
      for (const needle of [...needles.map((label) => label.slice(0, 20)), 'Done on', 'Done: ']) {
        getSelection()!.removeAllRanges();
        // window.find() is non-standard (no DOM typing) but in every browser this test runs.
        const found = (window as unknown as { find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean }).find(needle, true, false, true);
        outcome.finds.push(found);
        const selection = getSelection()!;
        for (let i = 0; i < selection.rangeCount; i++) {
          const root = selection.getRangeAt(i).startContainer.getRootNode();
          outcome.ranges.push(root === document ? 'document' : String(root));
          // What probe 7a did with the root it climbed to.
          if (root !== document) {
            outcome.text += (root as ShadowRoot).textContent ?? '';
            for (const box of (root as ShadowRoot).querySelectorAll('input')) { box.click(); outcome.clicked++; }
          }
        }
      }
      // And every untrusted click the page can make on what it can reach: the host, and what hit-testing finds.
      const host = document.querySelector('vigie-panel') as HTMLElement;
      const box = host.getBoundingClientRect();
      for (let y = box.top + 5; y < box.bottom; y += 20) {
        const hit = document.elementFromPoint(box.left + 20, y) as HTMLElement | null;
        hit?.click();
        if (hit) outcome.clicked++;
      }
      host.click();
      return outcome;
    }, labels);
    expect(attack.finds, 'window.find() does not cross into the frame').toEqual(attack.finds.map(() => false));
    expect(attack.ranges.filter((root) => root !== 'document')).toEqual([]);
    expect(attack.text).toBe('');
    await new Promise((wait) => setTimeout(wait, 500));
    expect(await checkedIds(frame)).toEqual(before);
    await page.close();
  });

  it('draws its first box where it stays: nothing above it moves when the ticks are read', async () => {
    const page = await vigie.open(SETTINGS);
    const firstBox = () => document.querySelector('.item input[type="checkbox"]')?.getBoundingClientRect().y ?? null;
    let drawnAt: number | null = null;
    for (let attempt = 0; attempt < 400 && drawnAt === null; attempt++) {
      for (const frame of page.frames().slice(1)) drawnAt ??= await frame.evaluate(firstBox).catch(() => null);
      if (drawnAt === null) await new Promise((wait) => setTimeout(wait, 5));
    }
    const settled = await panelFrame(page);
    expect(drawnAt).not.toBeNull();
    expect(await settled.evaluate(firstBox)).toBe(drawnAt);
    await page.close();
  });

  it('takes the person’s own click, and keeps the tick across a reload', async () => {
    const page = await vigie.open(SETTINGS);
    let frame = await panelFrame(page);
    const first = await frame.evaluate(() => document.querySelector('.item input[type="checkbox"]')!.id);
    const wasTicked = (await checkedIds(frame)).includes(first);
    await clickInPanel(page, frame, `#${first}`);
    await frame.waitForFunction((id: string, was: boolean) => (document.getElementById(id) as HTMLInputElement).checked !== was, {}, first, wasTicked);
    await page.reload();
    await page.waitForSelector('vigie-panel');
    frame = await panelFrame(page);
    expect((await checkedIds(frame)).includes(first)).toBe(!wasTicked);
    await clickInPanel(page, frame, `#${first}`);
    await frame.waitForFunction((id: string, was: boolean) => (document.getElementById(id) as HTMLInputElement).checked === was, {}, first, wasTicked);
    await page.close();
  });

  it('has no errors in any page and sends no request anywhere', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
