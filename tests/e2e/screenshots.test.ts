// The README's pictures, made by the real extension in Chromium and written to docs/screenshots/:
// the popup in English and in French, the panel on a settings page, and a child's passport
// overview. Part of `npm test` (and `npm run screenshots` runs it alone), so the pictures follow
// the product. The clock of the pages is fixed, so the dates and "open now" lines in them do not
// change from one run to the next. Each picture is checked to be a real one: a PNG of the
// expected size, with the many colours of a drawn page rather than a blank or error screen.
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, launchVigie, type Vigie } from './harness';
import { SETTINGS, settledPanel } from './hostile-kit';

const FOLDER = join(ROOT, 'docs/screenshots');
const NOW = new Date('2026-03-10T10:30:00');
const POPUP = { width: 400, height: 600 };
const PAGE = { width: 1280, height: 800 };

/** Width and height from the PNG header, and how many distinct colours a sample of its pixels has. */
async function describePng(page: Page, file: string): Promise<{ width: number; height: number; colours: number }> {
  const png = readFileSync(file);
  expect(png.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const colours = await page.evaluate(async (source) => {
    const image = new Image();
    image.src = source;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return seen.size;
  }, `data:image/png;base64,${png.toString('base64')}`);
  return { width, height, colours };
}

async function shoot(page: Page, name: string, size: { width: number; height: number }): Promise<void> {
  const file = join(FOLDER, `${name}.png`);
  rmSync(file, { force: true });
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  expect(statSync(file).size, name).toBeGreaterThan(10_000);
  const picture = await describePng(page, file);
  expect(picture, name).toMatchObject(size);
  expect(picture.colours, `${name}: a drawn page, not a blank one`).toBeGreaterThan(40);
}

async function popupIn(vigie: Vigie): Promise<Page> {
  const page = await vigie.context.newPage();
  await page.clock.setFixedTime(NOW);
  await page.setViewportSize(POPUP);
  await vigie.openPopup(page);
  return page;
}

beforeAll(() => mkdirSync(FOLDER, { recursive: true }));

describe('screenshots in English', () => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ lang: 'en-GB', fixtures: { [SETTINGS]: 'facebook-settings-privacy.html' } });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('the popup', async () => {
    const page = await popupIn(vigie);
    expect(await page.locator('#danger-heading').textContent()).toBe('In danger now?');
    await shoot(page, 'popup-en', POPUP);
    await page.close();
  });

  it('the panel on a settings page', async () => {
    const page = await vigie.context.newPage();
    await page.setViewportSize(PAGE);
    await page.goto(SETTINGS);
    const panel = await settledPanel(page);
    expect(await panel.evaluate((root) => root.querySelectorAll('.item').length)).toBeGreaterThan(2);
    await shoot(page, 'panel-en', PAGE);
    await page.close();
  });

  it("a child's passport overview", async () => {
    const page = await vigie.context.newPage();
    await page.clock.setFixedTime(NOW);
    await page.setViewportSize(PAGE);
    await page.goto(vigie.extensionUrl('passport.html'));
    await page.getByRole('link', { name: "Start a child's passport" }).click();
    await page.getByLabel('First name or nickname').fill('Sam');
    await page.getByLabel('Age', { exact: true }).selectOption('11-12');
    await page.getByRole('button', { name: 'Add an adult' }).click();
    await page.locator('#child-form-adults-0-name').fill('Alex');
    await page.getByLabel('Role').selectOption('carer');
    await page.getByRole('button', { name: 'Start the passport' }).click();
    await page.locator('h1', { hasText: 'Sam' }).waitFor();
    await page.getByRole('link', { name: 'Make a new agreement' }).click();
    await page.getByLabel('What is it about?').selectOption('time-online');
    await page.getByLabel('What you agreed').fill('Phones stay downstairs after 9 pm on school nights.');
    await page.getByLabel('Alex', { exact: true }).check();
    await page.getByRole('button', { name: 'Save the agreement' }).click();
    await page.locator('blockquote.agreed-words').waitFor();
    await page.getByRole('link', { name: 'Sam' }).click();
    await page.locator('h1', { hasText: 'Sam' }).waitFor();
    await page.locator('.item').first().waitFor();
    // The "saved" message is about the last action, not what the overview shows.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await shoot(page, 'passport-en', PAGE);
    await page.close();
  });

  it('made no request and raised no error in any page', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});

describe('screenshots in French', () => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ lang: 'fr-FR' });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('the popup', async () => {
    const page = await popupIn(vigie);
    expect(await page.locator('#danger-heading').textContent()).toBe('En danger maintenant ?');
    await shoot(page, 'popup-fr', POPUP);
    await page.close();
  });

  it('made no request and raised no error in any page', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
