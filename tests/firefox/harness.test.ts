// The Firefox harness's own nets, checked with a leaky page and a failing extension page: an
// empty record in core-path.test.ts means something only if these catch what they should.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchVigieInFirefox, type FirefoxVigie } from './harness';

const LEAKY = 'https://www.facebook.com/leaky';

describe('the Firefox harness itself', () => {
  let vigie: FirefoxVigie;
  beforeAll(async () => {
    vigie = await launchVigieInFirefox({
      fixtures: {
        [LEAKY]: () =>
          '<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><title>leak</title></head>' +
          '<body><img src="https://tracker.example/pixel.gif" alt=""><script>throw new Error("thrown by the leaky page")</script></body></html>',
      },
    });
  });
  afterAll(async () => {
    await vigie?.close();
  });

  it('records a page request, and the proxy sees the connection it leads to', async () => {
    const page = await vigie.open(LEAKY);
    await expect.poll(() => vigie.strayRequests).toEqual(
      expect.arrayContaining(['page: GET https://tracker.example/pixel.gif', 'network: CONNECT tracker.example:443']),
    );
    await expect.poll(() => vigie.pageErrors.join('\n')).toContain('thrown by the leaky page');
    await page.close();
  });

  it('records a connection attempted outside any page, e.g. by a worker', async () => {
    const page = await vigie.open(LEAKY);
    await page.evaluate(() => {
      const source = 'fetch("https://worker-beacon.example/ping").catch(() => {})';
      new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    });
    await expect.poll(() => vigie.strayRequests).toContain('network: CONNECT worker-beacon.example:443');
    await page.close();
  });

  it('records errors and console errors of extension pages, which WebDriver BiDi does not report', async () => {
    const page = await vigie.openExtensionPage('popup.html');
    await page.evaluate(() => {
      console.error('console error in the popup');
      setTimeout(() => {
        throw new Error('uncaught in the popup');
      });
    });
    await expect.poll(() => vigie.pageErrors.join('\n')).toContain('console error in the popup');
    await expect.poll(() => vigie.pageErrors.join('\n')).toMatch(new RegExp(`moz-extension://${vigie.extensionUuid}/popup.html.*uncaught in the popup`));
    await page.close();
  });
});
