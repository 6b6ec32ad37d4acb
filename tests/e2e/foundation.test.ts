/// <reference types="chrome" />
// The foundation: the built extension loads, its pages open and are accessible, the content
// script reaches a settings page on a real hostname, and nothing leaves the machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, launchVigie, type Vigie } from './harness';
import { closedShadow } from './shadow';
import { panelFrame, panelView } from './panel-frame';

const SETTINGS = 'https://www.facebook.com/settings?tab=privacy';

describe('the built extension in Chromium', () => {
  let vigie: Vigie;
  beforeAll(async () => {
    vigie = await launchVigie({ fixtures: { [SETTINGS]: 'facebook-settings-privacy.html' } });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('loads, with a running service worker and the manifest we built', async () => {
    expect(vigie.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await vigie.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions?.sort()).toEqual(['activeTab', 'alarms', 'notifications', 'sidePanel', 'storage', 'unlimitedStorage']);
    // One web-accessible file, the panel's frame, for the content script's hosts only, at a per-session URL.
    const resources = manifest.web_accessible_resources as Array<{ resources: string[]; matches: string[]; use_dynamic_url?: boolean }>;
    expect(resources.map((entry) => entry.resources)).toEqual([['panel-frame.html']]);
    expect([...resources[0]!.matches].sort()).toEqual([...manifest.content_scripts![0]!.matches!].sort());
    expect(resources[0]!.use_dynamic_url).toBe(true);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('opens the popup and the passport page, with no errors and no axe violations', async () => {
    for (const openPage of [() => vigie.openPopup(), () => vigie.openPassport()]) {
      const page = await openPage();
      await page.locator('h1').first().waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await page.close();
    }
    expect(vigie.pageErrors).toEqual([]);
  });

  it('runs the content script on a settings page of the real hostname: a closed shadow root holding the panel frame', async () => {
    const page = await vigie.open(SETTINGS);
    await page.locator('vigie-panel').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.querySelector('vigie-panel')?.shadowRoot ?? null)).toBeNull();
    const shadow = await closedShadow(page);
    expect(shadow?.mode).toBe('closed');
    // The root holds the frame and its box's style, no text of the panel.
    expect(await shadow!.evaluate((root) => [...root.querySelectorAll('body > *')].map((node) => node.localName))).toEqual(['iframe']);
    // The panel names the platform once its guide is read.
    const panel = panelView(await panelFrame(page));
    await expect.poll(() => panel.text()).toContain('Facebook');
    await page.close();
  });

  it('sends no request anywhere', () => {
    expect(vigie.strayRequests).toEqual([]);
  });
});

describe('the harness itself', () => {
  it('catches a request made by a page', async () => {
    const vigie = await launchVigie({
      fixtures: { 'https://www.facebook.com/leaky': () => '<!doctype html><title>leak</title><img src="https://tracker.example/pixel.gif" alt="">' },
    });
    try {
      const page = await vigie.open('https://www.facebook.com/leaky');
      await expect.poll(() => vigie.strayRequests.join('\n')).toContain('https://tracker.example/pixel.gif');
      await page.close();
    } finally {
      await vigie.close();
    }
  });

  it('sees the service worker refused any connection by the extension CSP', async () => {
    const vigie = await launchVigie();
    try {
      const outcome = await vigie.worker.evaluate(() =>
        fetch('https://telemetry.example/collect').then(
          () => 'sent',
          (error: unknown) => `refused: ${String(error)}`,
        ),
      );
      expect(outcome).toMatch(/^refused/);
    } finally {
      await vigie.close();
    }
  });
});
