/// <reference types="chrome" />
// The foundation: the built extension loads, its pages open and are accessible, the content
// script reaches a settings page on a real hostname, and nothing leaves the machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, launchVigie, type Vigie } from './harness';
import { closedShadow } from './shadow';

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
    expect(manifest.permissions?.sort()).toEqual(['activeTab', 'alarms', 'notifications', 'unlimitedStorage']);
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

  it('runs the content script on a settings page of the real hostname, inside a closed shadow root', async () => {
    const page = await vigie.open(SETTINGS);
    await page.locator('vigie-panel').waitFor({ state: 'attached' });
    expect(await page.evaluate(() => document.querySelector('vigie-panel')?.shadowRoot ?? null)).toBeNull();
    const shadow = await closedShadow(page);
    expect(shadow?.mode).toBe('closed');
    // The panel names the platform once the background has answered.
    await expect.poll(() => shadow!.text()).toContain('Facebook');
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
