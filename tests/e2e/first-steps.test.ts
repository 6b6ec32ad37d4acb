// "What to do first" in the real popup, in English (UK) and French (France): every situation opens
// with its steps, in their order, before the services; each step names its official source; a step
// a service does links it only when the country's directory has that service. And the hours under
// a clock that is not the service's: both clocks are given, through Playwright's time-zone emulation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FIRST_STEPS, GUIDANCE_DOMAINS, serviceIn } from '../../utils/help/first-steps';
import { onDomains } from '../../utils/evidence';
import english from '../../utils/i18n/locales/en/first-steps.json';
import french from '../../utils/i18n/locales/fr/first-steps.json';
import { launchVigie, type Vigie } from './harness';

async function openPopup(vigie: Vigie): Promise<Page> {
  const page = await vigie.context.newPage();
  await page.setViewportSize({ width: 430, height: 600 });
  await page.goto(await vigie.toolbarPopupUrl());
  await page.locator('.situation').first().waitFor();
  return page;
}

const browsers = [
  { lang: 'en-GB', country: 'GB', words: english as Record<string, string> },
  { lang: 'fr-FR', country: 'FR', words: french as Record<string, string> },
] as const;

describe.each(browsers)('first steps in a $lang browser', ({ lang, country, words }) => {
  let vigie: Vigie;
  let popup: Page;
  beforeAll(async () => {
    vigie = await launchVigie({ lang });
    popup = await openPopup(vigie);
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it.each(Object.keys(FIRST_STEPS))('opens "%s" with its steps, in order, before any service', async (situation) => {
    const section = popup.locator(`[data-situation="${situation}"]`);
    await section.locator('summary').click();
    const steps = section.locator('.first-steps li');
    await expect.poll(() => steps.first().isVisible()).toBe(true);
    const expected = FIRST_STEPS[situation as keyof typeof FIRST_STEPS];
    expect(await steps.evaluateAll((items) => items.map((li) => li.getAttribute('data-step')))).toEqual(expected.map((s) => s.id));
    for (const [i, step] of expected.entries()) {
      const item = steps.nth(i);
      expect(await item.textContent()).toContain(words[`firstSteps.${situation}.${step.id}`]);
      // Each step says where its advice comes from, and every source is official guidance.
      const sources = await item.locator('.step-sources a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      expect(sources.length, step.id).toBeGreaterThan(0);
      for (const href of sources) expect(onDomains(href, GUIDANCE_DOMAINS), href).toBe(true);
      // A service link only where the country's directory has the service (or it works anywhere).
      const service = step.services ? serviceIn(country, step.services) : undefined;
      const links = await item.locator('a.step-service').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
      expect(links, step.id).toEqual(service?.url ? [service.url] : []);
    }
    // The steps come before the first service card of the situation.
    const before = await section.evaluate((el) => {
      const steps = el.querySelector('.first-steps');
      const card = el.querySelector('.service');
      return !!steps && (!card || (steps.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
    });
    expect(before).toBe(true);
  });

  it('keeps the general question without first steps', async () => {
    expect(await popup.locator('[data-situation="parent-question"] .first-steps').count()).toBe(0);
  });

  it('has no page error and makes no request', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});

describe.each([
  { lang: 'fr-FR', yours: 'à votre heure', zone: 'heure d’Europe centrale', everyDay: 'tous les jours, 08:00–22:00 à votre heure' },
  { lang: 'en-GB', yours: 'your time', zone: 'Central European Time', everyDay: 'every day, 08:00–22:00 your time' },
])('3018’s hours under a UTC clock, in $lang', ({ lang, yours, zone, everyDay }) => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ lang, timezoneId: 'UTC' });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('says whose clock each time is on', async () => {
    const popup = await openPopup(vigie);
    if (lang !== 'fr-FR') {
      await popup.locator('select#country').selectOption('FR');
      await popup.locator('.main-line a[href="tel:3018"]').waitFor();
    }
    expect(await popup.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('UTC');
    const status = popup.locator('.main-line .status');
    await expect.poll(() => status.textContent()).toContain(yours);
    expect(await status.textContent()).toContain(zone);
    // The card in the full list gives the week on both clocks (Paris is one or two hours ahead of UTC).
    const card = popup.locator('.all article[aria-label="3018 (e-Enfance)"]');
    const text = (await card.textContent()) ?? '';
    const now = new Date();
    const parisAhead = (Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: 'numeric', hourCycle: 'h23' }).format(now)) - now.getUTCHours() + 24) % 24;
    const pad = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
    expect(text).toContain(everyDay.replace('08:00–22:00', `${pad(9 - parisAhead)}–${pad(23 - parisAhead)}`));
    await popup.close();
  });

  it('has no page error and makes no request', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});

describe('3018’s hours on a Paris clock', () => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ lang: 'fr-FR', timezoneId: 'Europe/Paris' });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('gives one clock when the computer’s is the service’s', async () => {
    const popup = await openPopup(vigie);
    const status = popup.locator('.main-line .status');
    await expect.poll(() => status.textContent()).toMatch(/\d/);
    expect(await status.textContent()).not.toContain('à votre heure');
    expect(await popup.locator('main').textContent()).not.toContain('à votre heure');
    await popup.close();
  });
});
