// Issue 16, as a person does it, in Chromium with the built extension: add a child aged 11–12 in
// the passport, open Instagram's account privacy settings (a fixture on the real hostname), pick
// the child in Vigie's panel, tick, and find the settings review in the child's passport. The page
// spies and searches all the while: the child's name and age band are drawn only in the panel's
// frame (the extension's origin), so window.find(), the selection and hit-testing give it nothing.
// Then the child is deleted while the panel is open: a clear message, and the ticks are kept.
import ageLabels from '../../utils/i18n/locales/en/panel-labels.json';
import instagramWords from '../../utils/i18n/locales/en/checklist-instagram.json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Vigie } from './harness';
import { inPage, settledPanel, storedTicks } from './hostile-kit';
import { axeFrame } from './panel-frame';
import { describeViolations } from './harness';
import { addChildInPassport, INSTAGRAM_PRIVACY as INSTAGRAM, launchWithInstagram, tick } from './review-kit';

const NAME = 'Zéphyrine';
const AGE = '11 to 12';

describe('a review for a child, from the panel to the passport', () => {
  let vigie: Vigie;
  let childId = '';
  beforeAll(async () => {
    vigie = await launchWithInstagram();
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('adds a child aged 11–12 in the passport', async () => {
    childId = await addChildInPassport(vigie, NAME, '11-12');
  });

  it('asks in the panel whom the review is for, remembers the child, and records each tick in the passport', async () => {
    const page = await vigie.open(INSTAGRAM);
    const panel = await settledPanel(page);
    await expect.poll(() => panel.text()).toContain('Whom is this review for?');
    expect(await panel.text()).toContain(`${NAME}, ${AGE}`);
    const asking = await axeFrame(panel.frame);
    expect(asking, describeViolations(asking)).toEqual([]);
    await panel.click('#vigie-for-whom-first');
    await expect.poll(() => panel.text()).toContain(`Review for ${NAME}, ${AGE}`);
    // Guided for an 11–12-year-old: the panel says so, and Instagram's minimum age comes first.
    await expect.poll(() => panel.text()).toContain(ageLabels['panel.age.guidingFor.11-12']);
    const labels = await panel.evaluate((root) => [...root.querySelectorAll('.item label')].map((l) => l.textContent));
    expect(labels[0]).toBe(instagramWords['checklist.instagram.under-minimum-age.do']);
    // The answer keeps the focus where the person is: on its Change button.
    await expect.poll(() => panel.evaluate((root) => root.activeElement?.id ?? '')).toBe('vigie-for-whom-change');
    const answered = await axeFrame(panel.frame);
    expect(answered, describeViolations(answered)).toEqual([]);
    const first = await panel.evaluate((root) => root.querySelector<HTMLInputElement>('.items input[type="checkbox"]')!.id);
    const itemId = await tick(panel, first);
    await expect.poll(() => storedTicks(vigie)).toEqual({ [`instagram/privacy/parent/child/${childId}`]: [itemId] });

    // The page around the panel: nothing of the child in its text, its searches, its selection or its hit tests.
    const [box] = await panel.pointsOf('.for-whom');
    const seen = await inPage<{ finds: boolean[]; text: string; selected: string; hits: string[] }>(
      page,
      `(() => {
        const selection = getSelection();
        const finds = ${JSON.stringify([NAME, AGE, `Review for ${NAME}`, 'Whom is this review for'])}.map((needle) => {
          selection.removeAllRanges();
          return window.find(needle, false, false, true);
        });
        selection.removeAllRanges();
        selection.selectAllChildren(document.documentElement);
        selection.modify('extend', 'forward', 'documentboundary');
        const selected = selection.toString();
        selection.removeAllRanges();
        return { finds, text: document.documentElement.innerText + document.documentElement.textContent, selected, hits: document.elementsFromPoint(${box!.x}, ${box!.y}).map((e) => e.localName) };
      })()`,
    );
    expect(seen.finds, 'window.find() never reaches the child named in the panel').toEqual([false, false, false, false]);
    for (const words of [seen.text, seen.selected]) {
      expect(words).not.toContain(NAME);
      expect(words).not.toContain(AGE);
    }
    expect(seen.hits[0]).toBe('vigie-panel');
    expect(seen.hits).not.toContain('button');

    // The answer is remembered for Instagram: the next page asks nothing.
    await page.reload();
    const again = await settledPanel(page);
    await expect.poll(() => again.text()).toContain(`Review for ${NAME}, ${AGE}`);
    expect(await again.checked(`#${first}`)).toBe(true);
    await page.close();

    const passport = await vigie.openPassport(`#child/${childId}`);
    await passport.getByRole('heading', { name: 'Settings reviews' }).waitFor();
    await passport.getByRole('heading', { name: 'Instagram: Account privacy' }).waitFor();
    expect(await passport.locator('.settings-reviews').textContent()).toMatch(/Last checked on .+ by a parent · 1 of \d+ done/);
    await passport.close();
  });

  it('the child deleted while the panel is open: the panel says so and keeps the ticks, not linked to a child', async () => {
    const page = await vigie.open(INSTAGRAM);
    const panel = await settledPanel(page);
    await expect.poll(() => panel.text()).toContain(`Review for ${NAME}`);
    const second = await panel.evaluate((root) => root.querySelectorAll<HTMLInputElement>('.items input[type="checkbox"]')[1]!.id);

    const passport = await vigie.openPassport(`#child/${childId}`);
    await passport.getByRole('button', { name: `Delete ${NAME}'s passport…` }).click();
    await passport.getByLabel(`To confirm, type the name “${NAME}”`).fill(NAME);
    await passport.getByRole('button', { name: `Delete ${NAME}'s passport`, exact: true }).click();
    await expect.poll(() => passport.getByRole('status').textContent()).toBe(`${NAME}'s passport was deleted from this browser.`);
    await passport.close();

    await page.bringToFront();
    await tick(panel, second);
    // No child left in the passport: the panel says where the ticks went, asks nothing, and keeps every tick.
    await expect.poll(() => panel.text()).toContain('The child this review was for is no longer in the passport. The ticks on this page are kept, not linked to a child.');
    expect(await panel.text()).not.toContain(NAME);
    const ticks = await storedTicks(vigie);
    expect(Object.keys(ticks)).toEqual(['instagram/privacy/parent']);
    expect(ticks['instagram/privacy/parent']).toHaveLength(2);
    await page.close();
  });

  it('made no request and no page error', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
