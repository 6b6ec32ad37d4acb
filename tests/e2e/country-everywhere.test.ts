// The country everywhere: under the United Kingdom, the United States, Canada, the Netherlands and
// Austria (chosen in the popup of an English browser), no screen names a French number or service — the popup (every situation open), the panel's help box, the
// passport's incident form, a child's page and the print view. France is walked the same way as
// the control: there, the same checks find 17, 119 and Pharos, so the walk can fail. An incident
// recorded before the directory named the services ('3018') still shows as it was written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { childLineFor, emergencyFor, mainHelpline } from '../../utils/help/helplines';
import { incidentHelp } from '../../utils/help/incident-help';
import type { ChildRecord } from '../../utils/passport/types';
import { launchVigie, type Vigie } from './harness';
import { seed } from './portability-helpers';
import { panelFrame, panelView } from './panel-frame';

const SETTINGS = 'https://www.facebook.com/settings?tab=privacy';
const stamp = '2026-11-30T09:00:00.000Z';

function household(reportedTo: ChildRecord['incidents'][number]['reportedTo']): ChildRecord[] {
  const id = 'walk-child-0001';
  return [{
    child: {
      id, name: 'Robin', ageBand: '11-12', adults: [], voiceSharedWith: [], devices: [], accounts: [], appsAndGames: [],
      voice: { likes: '', dislikes: '', goingWell: '', notGoingWell: '', worries: '', learned: '', hopes: '' },
      createdAt: stamp, updatedAt: stamp,
    },
    agreements: [],
    incidents: [{
      id: 'walk-incident-0001', childId: id, occurredAt: '2026-11-29T18:30', platform: 'roblox', whatHappened: 'A stranger asked for photos.',
      whoWasTold: '', reportedTo, outcome: '', followUp: '', evidence: [], createdAt: stamp, updatedAt: stamp,
    }],
    celebrations: [],
    settingsReviews: [],
  }];
}

/** What a screen says and links to. */
interface Seen {
  text: string;
  hrefs: string[];
}

async function seenOn(page: Page, scope = 'body'): Promise<Seen> {
  return page.locator(scope).evaluate((el) => ({
    text: el.textContent ?? '',
    hrefs: [...el.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
  }));
}

/** France's numbers and services, as they would appear if a screen took them from the wrong directory. */
function frenchFound({ text, hrefs }: Seen): string[] {
  const found = hrefs.filter((href) => /^(tel|sms):(17|119|3018|114)$/.test(href) || href.includes('internet-signalement.gouv.fr') || href.includes('3018.fr'));
  for (const [name, pattern] of [
    ['3018', /\b3018\b/], ['119', /\b119\b/], ['Pharos', /Pharos/], ['e-Enfance', /e-Enfance/], ['gendarmerie', /gendarmerie/i],
    ['17', /(call|appelez le|dial) 17\b|\b17 (or|ou)\b/i],
  ] as const) {
    if (pattern.test(text)) found.push(name);
  }
  return found;
}

/** Waits for `check` to hold (expect.poll is for tests, and the walk runs before them). */
async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await check()) return;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error(`Gave up waiting: ${what}`);
}

async function walk(vigie: Vigie, country: string): Promise<Record<string, Seen>> {
  const screens: Record<string, Seen> = {};
  // The popup, every situation open. The country is chosen there, as a person would (Chromium
  // has no Canadian English of its own: an en-CA browser reports en-GB, and so starts on the UK).
  const popup = await vigie.context.newPage();
  await popup.goto(await vigie.toolbarPopupUrl());
  await popup.locator('.situation').first().waitFor();
  if ((await popup.locator('select#country').inputValue()) !== country) {
    await popup.locator('select#country').selectOption(country);
    await until(async () => (await popup.locator('select#country').inputValue()) === country, 'the chosen country');
    // Give IndexedDB its write before the popup goes away, as a real popup closing would.
    await popup.waitForTimeout(300);
  }
  await popup.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  screens.popup = await seenOn(popup);
  await popup.close();

  // The panel's help box on a settings page.
  const settings = await vigie.open(SETTINGS);
  await settings.locator('vigie-panel').waitFor({ state: 'attached' });
  // The panel is an extension page in a frame inside the host (entrypoints/panel-frame/).
  const panel = panelView(await panelFrame(settings));
  await until(() => panel.exists('#vigie-help-toggle:not([disabled])'), 'the panel’s help button, ready');
  // The frame draws its card a moment before the host is fitted to it: click once it has settled.
  await until(() => panel.evaluate((root) => root.querySelector('[aria-busy="true"]') === null && root.querySelector('.review, .audience, .opener .count') !== null), 'the panel settled');
  await panel.click('#vigie-help-toggle');
  await until(() => panel.evaluate((root) => (root.querySelector('#vigie-help') as HTMLElement | null)?.hidden === false), 'the panel’s help box');
  screens.panel = await panel.evaluate((root) => ({
    text: root.body.textContent ?? '',
    hrefs: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
  }));
  await settings.close();

  // The passport: the incident form, a child's page with an incident, and the print view.
  const passport = await vigie.openPassport();
  await passport.locator('h1').waitFor();
  await seed(passport, household(['platform']));
  await passport.goto(vigie.extensionUrl('passport.html#child/walk-child-0001/incident/new'));
  await passport.locator('.danger-line').waitFor();
  screens.incidentForm = await seenOn(passport, 'main');
  await passport.goto(vigie.extensionUrl('passport.html#child/walk-child-0001'));
  await passport.getByText('A stranger asked for photos.').waitFor();
  screens.childPage = await seenOn(passport, 'main');
  await passport.goto(vigie.extensionUrl('passport.html#print'));
  await passport.getByText('A stranger asked for photos.').first().waitFor();
  screens.printView = await seenOn(passport, 'main');
  await passport.close();
  return screens;
}

describe.each([
  { lang: 'en-GB', country: 'GB', calls: ['tel:999', 'tel:08088005000', 'tel:08001111'] },
  { lang: 'en-US', country: 'US', calls: ['tel:911', 'tel:18008435678'] },
  { lang: 'en-CA', country: 'CA', calls: ['tel:911'] },
  // The new languages' countries (issue 17.6), written out so that a directory that lost them fails.
  { lang: 'en-GB', country: 'NL', calls: ['tel:112', 'tel:0202615275', 'tel:08000432', 'tel:08002000'] },
  { lang: 'en-GB', country: 'AT', calls: ['tel:133', 'tel:112', 'tel:144', 'tel:147'] },
] as const)('every screen in a $lang browser ($country)', ({ lang, country, calls }) => {
  let vigie: Vigie;
  let screens: Record<string, Seen>;
  beforeAll(async () => {
    vigie = await launchVigie({ lang, fixtures: { [SETTINGS]: 'facebook-settings-privacy.html' } });
    screens = await walk(vigie, country);
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it.each(['popup', 'panel', 'incidentForm', 'childPage', 'printView'])('%s names no French number or service', (screen) => {
    expect(frenchFound(screens[screen]!)).toEqual([]);
  });

  it('walked the country’s own screens: its emergency numbers and child’s line in the popup, its main line in the panel', () => {
    for (const service of emergencyFor(country)) if (service.phone) expect(screens.popup!.hrefs).toContain(service.phone.tel);
    const childLine = childLineFor(country);
    if (childLine?.phone) expect(screens.popup!.hrefs).toContain(childLine.phone.tel);
    for (const tel of calls) expect(screens.popup!.hrefs, tel).toContain(tel);
    expect(screens.panel!.text).toContain(mainHelpline(country).name);
  });

  it('tells the carer the country’s own emergency number and lines in the incident form', () => {
    const help = incidentHelp(country);
    const form = screens.incidentForm!.text;
    for (const number of help.emergencyNumbers) expect(form).toContain(number);
    if (help.childAtRisk) expect(form).toContain(help.childAtRisk.name);
    for (const service of help.reportServices) expect(form).toContain(service.name);
  });

  it('has no page error and makes no request', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});

describe('the same walk in a fr-FR browser (France): the control', () => {
  let vigie: Vigie;
  let screens: Record<string, Seen>;
  beforeAll(async () => {
    vigie = await launchVigie({ lang: 'fr-FR', fixtures: { [SETTINGS]: 'facebook-settings-privacy.html' } });
    screens = await walk(vigie, 'FR');
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('finds France’s numbers where France is chosen, so the walk can fail', () => {
    expect(frenchFound(screens.popup!)).toEqual(expect.arrayContaining(['3018', '119', 'Pharos']));
    const form = frenchFound(screens.incidentForm!);
    expect(form).toEqual(expect.arrayContaining(['119', 'Pharos', '17']));
    expect(screens.incidentForm!.text).toContain('appelez le 17 ou 112');
  });

  it('still shows and ticks an incident recorded as "3018" before the directory named the services', async () => {
    const passport = await vigie.openPassport();
    await passport.locator('h1').waitFor();
    await seed(passport, household(['3018', 'platform']));
    await passport.goto(vigie.extensionUrl('passport.html#child/walk-child-0001'));
    await passport.getByText('3018 (e-Enfance), La plateforme').waitFor();
    await passport.goto(vigie.extensionUrl('passport.html#incident/walk-incident-0001'));
    await passport.locator('.danger-line').waitFor();
    // The old value is now the directory's 3018, ticked once, with the platform.
    expect(await passport.getByLabel('3018 (e-Enfance)', { exact: true }).isChecked()).toBe(true);
    expect(await passport.getByLabel('3018 (e-Enfance)', { exact: true }).count(), 'one box, not the old value beside the new').toBe(1);
    expect(await passport.getByLabel('La plateforme').isChecked()).toBe(true);
    await passport.close();
  });

  it('has no page error and makes no request', () => {
    expect(vigie.pageErrors).toEqual([]);
    expect(vigie.strayRequests).toEqual([]);
  });
});
