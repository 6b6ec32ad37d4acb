// The benchmark's browser: Debian's Chromium, launched with or without the built extension and
// otherwise identical, every host unresolvable, chosen URLs on the real hostnames answered by
// fixture pages, and every request of every context recorded (as in tests/e2e/harness.ts).
import { chromium } from 'playwright-core';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumEnv, chromiumFlags } from '../chromium-flags.mjs';

// Playwright reports (and routes) a service worker's own requests only with this flag:
// https://playwright.dev/docs/service-workers-experimental
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = resolve(ROOT, process.env.VIGIE_OUT_DIR ?? '.output', 'chrome-mv3');
export const FIXTURES = resolve(ROOT, 'tests/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** @param {string} url */
function withoutHash(url) {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/**
 * The id Chromium gives an unpacked extension: the SHA-256 of its absolute path, first 32 hex
 * digits written with the letters a to p. Known before launch, so the service worker's first
 * requests (made before it can be asked its URL) are recognised as the extension's own files.
 * @param {string} path
 */
function unpackedExtensionId(path) {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/**
 * @param {{ withExtension: boolean, fixtures: Record<string, string>, extensionDir?: string }} options
 *   fixtures: URL → file name in tests/fixtures/pages; a URL without a query also answers any query.
 *   extensionDir: another unpacked extension than the build (e.g. a copy with a bench-only page).
 */
export async function launchBenchBrowser({ withExtension, fixtures, extensionDir = EXTENSION_DIR }) {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium or set CHROMIUM_PATH.`);
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No build at ${extensionDir}: run "npm run build" first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'vigie-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...chromiumFlags({ extensionDir: withExtension ? extensionDir : undefined, lang: 'en-US' }),
      // Chromium ignores history.pushState beyond 200 calls in 10 s without this switch
      // (https://crbug.com/1038223); the per-navigation measure makes 1 000 in a row.
      '--disable-ipc-flooding-protection',
    ],
    env: chromiumEnv('en-US'),
  });

  const bodies = new Map(Object.entries(fixtures).map(([url, file]) => [withoutHash(url), readFileSync(join(FIXTURES, file), 'utf8')]));
  /** @param {string} url */
  const fixtureFor = (url) => {
    const exact = bodies.get(withoutHash(url));
    if (exact !== undefined) return exact;
    const parsed = new URL(url);
    parsed.search = '';
    parsed.hash = '';
    return bodies.get(parsed.href);
  };
  /** @type {string[]} */
  const strayRequests = [];
  const extensionId = withExtension ? unpackedExtensionId(extensionDir) : '';
  /** @param {string} url */
  const isExtensionFile = (url) => extensionId !== '' && url.startsWith(`chrome-extension://${extensionId}/`);

  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || isExtensionFile(url)) return;
    if (fixtureFor(url) !== undefined && request.resourceType() === 'document') return;
    strayRequests.push(`${request.method()} ${url} (${request.resourceType()})`);
  });
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (isExtensionFile(request.url())) return route.continue();
    const body = fixtureFor(request.url());
    if (body !== undefined && request.resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    } else {
      await route.abort('blockedbyclient');
    }
  });

  if (withExtension) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const running = new URL(worker.url()).host;
    if (running !== extensionId) throw new Error(`The extension runs as ${running}, not ${extensionId} as computed from its path.`);
  }
  const blank = context.pages()[0] ?? (await context.newPage());
  const session = await context.newCDPSession(blank);
  const { product } = /** @type {{ product: string }} */ (await session.send('Browser.getVersion'));
  await session.detach();

  return {
    context,
    extensionId,
    /** e.g. "Chrome/156.0.8078.79" (Chromium names its product Chrome here). */
    version: product,
    strayRequests,
    /** @param {string} path */
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
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
