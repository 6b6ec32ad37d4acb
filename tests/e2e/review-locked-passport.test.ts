// Issue 16, point 7: a settings review while the passport is locked, as a person meets it. A child
// aged 11–12 is reviewed on Instagram (a fixture on the real hostname), then the lock is turned on
// through the passport page and that tab closed (the key goes with it). The panel never holds the
// lock's key: it must say clearly that the passport is locked, keep the ticks made meanwhile, and
// lose nothing once the passport is unlocked, or the lock turned off.
import panelLabels from '../../utils/i18n/locales/en/panel-labels.json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, type Vigie } from './harness';
import { axeFrame } from './panel-frame';
import { settledPanel, storedTicks } from './hostile-kit';
import { PASSPHRASE, turnLockOn, unlockPassport } from './portability-kit';
import { addChildInPassport, boxIds, INSTAGRAM_PRIVACY, launchWithInstagram, pickFirstChild, tick } from './review-kit';

const NAME = 'Zéphyrine';
const LOCKED = panelLabels['panel.forWhom.locked'];

describe('a settings review while the passport is locked', () => {
  let vigie: Vigie;
  let childId = '';
  let boxes: string[] = [];
  let beforeLock = '';
  let whileLocked = '';
  const childKey = () => `instagram/privacy/parent/child/${childId}`;

  beforeAll(async () => {
    vigie = await launchWithInstagram();
  });
  afterAll(() => vigie?.close());

  it('reviews Instagram for a child aged 11–12, then turns the lock on in the passport page', async () => {
    childId = await addChildInPassport(vigie, NAME, '11-12');
    const page = await vigie.open(INSTAGRAM_PRIVACY);
    const panel = await settledPanel(page);
    await pickFirstChild(panel, NAME);
    boxes = await boxIds(panel);
    beforeLock = await tick(panel, boxes[0]!);
    await expect.poll(() => storedTicks(vigie)).toEqual({ [childKey()]: [beforeLock] });
    await page.close();

    const passport = await vigie.openPassport();
    await turnLockOn(passport);
    // Closing the tab forgets the key: every page opened from now on finds the passport locked.
    await passport.close();
  });

  it('the panel says the passport is locked, names no child, and keeps a tick made meanwhile', async () => {
    const page = await vigie.open(INSTAGRAM_PRIVACY);
    const panel = await settledPanel(page);
    await expect.poll(() => panel.evaluate((root) => root.querySelector('[role="status"].for-whom-locked')?.textContent ?? '')).toBe(LOCKED);
    expect(await panel.text()).not.toContain(NAME);
    const violations = await axeFrame(panel.frame);
    expect(violations, describeViolations(violations)).toEqual([]);
    whileLocked = await tick(panel, boxes[1]!);
    // The tick is kept, not linked to a child; the child's own tick from before the lock is kept as it was.
    await expect.poll(() => storedTicks(vigie)).toEqual({ [childKey()]: [beforeLock], 'instagram/privacy/parent': [whileLocked] });
    await page.reload();
    const again = await settledPanel(page);
    await expect.poll(() => again.checked(`#${boxes[1]}`)).toBe(true);
    expect(await again.text()).toContain(LOCKED);
    await page.close();
  });

  it("once unlocked, the passport still has the child's review; the panel still says why it does not link", async () => {
    const passport = await vigie.openPassport(`#child/${childId}`);
    await unlockPassport(passport, PASSPHRASE);
    await passport.getByRole('heading', { name: NAME, level: 1 }).waitFor();
    await passport.getByRole('heading', { name: 'Instagram: Account privacy' }).waitFor();
    expect(await passport.locator('.settings-reviews').textContent()).toContain(`by a parent · 1 of ${boxes.length} done`);

    // The passport open in a tab does not give the panel its key: the panel's words must not promise otherwise.
    const page = await vigie.open(INSTAGRAM_PRIVACY);
    const panel = await settledPanel(page);
    await expect.poll(() => panel.text()).toContain(LOCKED);
    expect(await panel.checked(`#${boxes[1]}`)).toBe(true);
    await page.close();

    // The lock turned off: the panel is back on the child's review, with the tick from before the lock.
    await passport.goto(vigie.extensionUrl('passport.html#lock'));
    await passport.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await passport.getByRole('button', { name: 'Turn the lock off' }).click();
    await expect.poll(() => passport.getByRole('status').textContent(), { timeout: 20_000 }).toBe('The lock is off: the passport is stored unencrypted in this browser again.');
    await passport.close();
    const unlocked = await vigie.open(INSTAGRAM_PRIVACY);
    const linked = await settledPanel(unlocked);
    await expect.poll(() => linked.text()).toContain(`Review for ${NAME}`);
    expect(await linked.checked(`#${boxes[0]}`)).toBe(true);
    expect(await storedTicks(vigie)).toEqual({ [childKey()]: [beforeLock], 'instagram/privacy/parent': [whileLocked] });
    await unlocked.close();
  });

  it('made no request and no page error', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
