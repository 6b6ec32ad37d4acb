// The benchmark's browser: the tests' Chromium (tests/chromium-context.mjs: every host
// unresolvable, chosen URLs answered by fixture pages, every request recorded), launched with or
// without the built extension and otherwise identical.
import { EXTENSION_DIR, launchChromiumContext } from '../chromium-context.mjs';

export { EXTENSION_DIR, ROOT } from '../chromium-context.mjs';

/**
 * @param {{ withExtension: boolean, fixtures: Record<string, string>, extensionDir?: string, extraFlags?: string[] }} options
 *   fixtures: URL → file name in tests/fixtures/pages; a URL without a query also answers any query.
 *   extensionDir: another unpacked extension than the build (e.g. a copy with a bench-only page).
 *   extraFlags: more switches (e.g. third-party storage allowed, as in a browser that allows third-party cookies).
 */
export async function launchBenchBrowser({ withExtension, fixtures, extensionDir = EXTENSION_DIR, extraFlags = [] }) {
  const browser = await launchChromiumContext({
    extensionDir: withExtension ? extensionDir : undefined,
    lang: 'en-US',
    // Chromium ignores history.pushState beyond 200 calls in 10 s without this switch
    // (https://crbug.com/1038223); the per-navigation measure makes 1 000 in a row.
    extraFlags: ['--disable-ipc-flooding-protection', ...extraFlags],
    profilePrefix: 'vigie-bench-',
    fixtures,
  });
  const blank = browser.context.pages()[0] ?? (await browser.context.newPage());
  const session = await browser.context.newCDPSession(blank);
  const { product } = /** @type {{ product: string }} */ (await session.send('Browser.getVersion'));
  await session.detach();

  return {
    ...browser,
    /** e.g. "Chrome/156.0.8078.79" (Chromium names its product Chrome here). */
    version: product,
  };
}

/**
 * The page's main-thread counters from the Chrome DevTools Protocol, in milliseconds:
 * TaskDuration (all tasks: scripts of the page and of content scripts, style, layout, paint) and
 * ScriptDuration (JavaScript only). https://chromedevtools.github.io/devtools-protocol/tot/Performance/
 * @param {import('playwright-core').CDPSession} session a session with Performance enabled
 */
export async function mainThreadTime(session) {
  const { metrics } = /** @type {{ metrics: Array<{ name: string, value: number }> }} */ (await session.send('Performance.getMetrics'));
  /** @param {string} name */
  const seconds = (name) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return { task: seconds('TaskDuration') * 1000, script: seconds('ScriptDuration') * 1000 };
}

/** A new tab at `url` with a CDP session whose Performance domain counts thread time. */
export async function openMeasuredPage(browser, url) {
  const page = await browser.context.newPage();
  const session = await browser.context.newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  return { page, session };
}

/** Throws if the panel is on the page: measures meant for non-settings pages would be void. */
export async function assertNoPanel(page, where) {
  if (await page.$('vigie-panel')) throw new Error(`The panel appeared on ${where}, which is meant to be a non-settings page: the measure is void.`);
}
