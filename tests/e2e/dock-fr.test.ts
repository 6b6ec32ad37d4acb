// The docked checklist in French (issue 15: axe on the side panel in each language): a browser in
// French docks the panel from its French button, and the side panel speaks French, with
// `lang="fr"`, axe clean. Chromium's real side panel (tests/e2e/side-panel.ts). No request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, launchVigie, type Vigie } from './harness';
import { panelFrame, panelView } from './panel-frame';
import { attachSidePanel, type SidePanel } from './side-panel';
import frPlace from '../../utils/i18n/locales/fr/panel-placement.json';
import frSide from '../../utils/i18n/locales/fr/side-panel.json';

const SETTINGS = 'https://www.facebook.com/settings?tab=privacy';

describe('le panneau latéral, en français', () => {
  let vigie: Vigie;
  let side: SidePanel | undefined;
  beforeAll(async () => {
    vigie = await launchVigie({ lang: 'fr-FR', fixtures: { [SETTINGS]: 'facebook-settings-switches.html' } });
  });
  afterAll(async () => {
    await side?.detach();
    await vigie?.close();
  });

  it('docks from its French button and speaks French in the side panel, axe clean', async () => {
    const page = await vigie.open(SETTINGS);
    await page.locator('vigie-panel').waitFor({ state: 'attached' });
    const shadow = panelView(await panelFrame(page));
    await expect.poll(() => shadow.exists('.card:not([aria-busy]) .review')).toBe(true);
    expect(await shadow.evaluate((root) => root.querySelector('#vigie-dock')?.textContent)).toBe(frPlace['panelPlace.dock']);
    await shadow.click('#vigie-dock');
    side = await attachSidePanel(vigie);
    await expect.poll(() => side!.exists('.item')).toBe(true);
    expect(await side.evaluate<string>('document.documentElement.lang')).toBe('fr');
    expect(await side.evaluate<string>(`document.querySelector('#vigie-undock').textContent`)).toBe(frSide['sidePanel.undock']);
    expect(await side.evaluate<string>('document.title')).toBe(frSide['sidePanel.title']);
    expect(describeViolations(await side.axe())).toBe('');
    await page.close();
  });

  it('made no request and had no error', () => {
    expect(vigie.strayRequests).toEqual([]);
    expect(vigie.pageErrors).toEqual([]);
    expect(side?.strayRequests).toEqual([]);
    expect(side?.errors).toEqual([]);
  });
});
