// Issue 16, point 7, a race as a person makes it: two tabs on Instagram's account privacy page
// (a fixture on the real hostname), the same child picked in both panels, then ticks made in one
// tab and the other in turn, each while the other tab's last tick may still be on its way. The
// child's review in the passport must count every tick, and list as left only the item not ticked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Vigie } from './harness';
import { settledPanel, storedTicks, type PanelView } from './hostile-kit';
import { addChildInPassport, boxIds, INSTAGRAM_PRIVACY, launchWithInstagram, pickFirstChild, tick } from './review-kit';

const NAME = 'Zéphyrine';

describe('two tabs reviewing the same child', () => {
  let vigie: Vigie;
  let childId = '';
  const tabs: Array<{ page: Page; panel: PanelView }> = [];
  let boxes: string[] = [];
  const ticked: string[] = [];

  beforeAll(async () => {
    vigie = await launchWithInstagram();
  });
  afterAll(() => vigie?.close());

  it('adds a child aged 11–12 in the passport', async () => {
    childId = await addChildInPassport(vigie, NAME, '11-12');
  });

  it('both tabs ask whom the review is for, and each is answered with the same child', async () => {
    // Both open before either is answered: the second tab still shows the question when the first has its answer.
    for (let i = 0; i < 2; i++) {
      const page = await vigie.open(INSTAGRAM_PRIVACY);
      tabs.push({ page, panel: await settledPanel(page) });
    }
    for (const { page, panel } of tabs) {
      await page.bringToFront();
      await pickFirstChild(panel, NAME);
    }
    boxes = await boxIds(tabs[0]!.panel);
    expect(await boxIds(tabs[1]!.panel)).toEqual(boxes);
    expect(boxes.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps every tick made in one tab and the other in turn', async () => {
    // Every item but the last: one left to show in the passport's list.
    for (const [i, box] of boxes.slice(0, -1).entries()) {
      const { page, panel } = tabs[i % 2]!;
      await page.bringToFront();
      ticked.push(await tick(panel, box));
    }
    await expect.poll(() => storedTicks(vigie)).toEqual({ [`instagram/privacy/parent/child/${childId}`]: [...ticked].sort() });
    // Each tab, drawn again, shows the other tab's ticks as well as its own.
    for (const tab of tabs) {
      await tab.page.reload();
      const panel = (tab.panel = await settledPanel(tab.page));
      await expect.poll(() => panel.text()).toContain(`Review for ${NAME}`);
      for (const box of boxes) expect(await panel.checked(`#${box}`), box).toBe(ticked.includes(box.slice('vigie-item-'.length)));
    }
  });

  it("the child's review in the passport counts every tick and lists only the item not ticked as left", async () => {
    const labels = await tabs[0]!.panel.evaluate((root) =>
      Object.fromEntries([...root.querySelectorAll<HTMLInputElement>('.items input[type="checkbox"]')].map((box) => [box.id, root.querySelector(`label[for="${box.id}"]`)?.textContent ?? ''])),
    );
    const passport = await vigie.openPassport(`#child/${childId}`);
    const review = passport.locator('.settings-reviews');
    await passport.getByRole('heading', { name: 'Instagram: Account privacy' }).waitFor();
    expect(await review.textContent()).toContain(`by a parent · ${ticked.length} of ${boxes.length} done`);
    await passport.getByText('The item left').click();
    expect(await review.locator('.items-left li').allTextContents()).toEqual([labels[boxes.at(-1)!]]);
    await passport.close();
  });

  it('made no request and no page error', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
