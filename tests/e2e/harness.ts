// The real-browser harness: Debian's Chromium with the built extension loaded, every host
// unresolvable, chosen URLs on the real hostnames answered by fixture pages, and every request of
// every context (pages, the service worker, extension pages) recorded. A test fails on any
// request that is neither a fixture nor a file of the extension itself.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { chromiumEnv, chromiumFlags } from '../chromium-flags.mjs';

// Playwright reports (and routes) a service worker's own requests only with this flag:
// https://playwright.dev/docs/service-workers-experimental
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = resolve(ROOT, process.env.VIGIE_OUT_DIR ?? '.output', 'chrome-mv3');
export const FIXTURES = resolve(ROOT, 'tests/fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** The browser's UI language, e.g. fr-FR, en-GB, en-US (default en-US). */
  lang?: string;
  /** URL → fixture: a file name in tests/fixtures/pages or a function returning HTML. */
  fixtures?: Record<string, string | (() => string)>;
}

export interface Vigie {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request that was neither a fixture nor an extension file. */
  strayRequests: string[];
  /** Console errors and uncaught exceptions in any page of the context. */
  pageErrors: string[];
  /** Answers another URL with a fixture, after launch. */
  serve(url: string, fixture: string | (() => string)): void;
  open(url: string): Promise<Page>;
  /** The page the toolbar button opens (action.getPopup), once the background has chosen it. */
  toolbarPopupUrl(): Promise<string>;
  /** Opens, in a tab, the page the toolbar button would open. */
  openPopup(page?: Page): Promise<Page>;
  openPassport(hash?: string): Promise<Page>;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** A fixture page must not make requests of its own (the icon link stops the favicon request). */
export function fixturePage(title: string, body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head><body>${body}</body></html>`;
}

function fixtureBody(fixture: string | (() => string)): string {
  if (typeof fixture === 'function') return fixture();
  return readFileSync(join(FIXTURES, fixture), 'utf8');
}

/** Without a query or hash, a fixture answers its URL with any query string or fragment. */
function normalise(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

export async function launchVigie(options: LaunchOptions = {}): Promise<Vigie> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install Debian's chromium or set CHROMIUM_PATH.`);
  const lang = options.lang ?? 'en-US';
  const profile = mkdtempSync(join(tmpdir(), 'vigie-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumFlags({ extensionDir: EXTENSION_DIR, lang }),
    env: chromiumEnv(lang),
  });

  const fixtures = new Map<string, string | (() => string)>();
  for (const [url, fixture] of Object.entries(options.fixtures ?? {})) fixtures.set(normalise(url), fixture);
  const strayRequests: string[] = [];
  const pageErrors: string[] = [];

  // Chromium names an unpacked extension after its folder: the first 32 hex digits of the path's
  // SHA-256, written with the letters a–p. Knowing the id before launch means the service
  // worker's very first requests for its own files are never mistaken for strays.
  const extensionId = unpackedExtensionId(EXTENSION_DIR);
  const isExtensionFile = (url: string) => url.startsWith(`chrome-extension://${extensionId}/`);
  const fixtureFor = (url: string) => {
    const exact = fixtures.get(normalise(url));
    if (exact) return exact;
    const parsed = new URL(url);
    parsed.search = '';
    parsed.hash = '';
    return fixtures.get(parsed.href);
  };

  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || isExtensionFile(url)) return;
    if (fixtureFor(url) && request.resourceType() === 'document') return;
    strayRequests.push(`${request.method()} ${url} (${request.resourceType()})`);
  });
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (isExtensionFile(request.url())) return route.continue();
    const fixture = fixtureFor(request.url());
    if (fixture && request.resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureBody(fixture) });
    } else {
      await route.abort('blockedbyclient');
    }
  });
  const watchErrors = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  };
  context.on('page', watchErrors);

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  if (new URL(worker.url()).host !== extensionId) throw new Error(`Unexpected extension id ${worker.url()}`);

  const extensionUrl = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  // The background points the toolbar at a prerendered page when the extension is installed, a
  // moment after launch; until then the manifest's popup.html is what it would open.
  const toolbarPopupUrl = async () => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const url = await worker.evaluate(() => chrome.action.getPopup({}));
      if (url.includes('/popup/')) return url;
      await new Promise((wait) => setTimeout(wait, 50));
    }
    throw new Error('The background never pointed the toolbar at a prerendered popup page.');
  };

  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    return page;
  };

  return {
    context,
    extensionId,
    worker,
    strayRequests,
    pageErrors,
    serve: (url, fixture) => void fixtures.set(normalise(url), fixture),
    open,
    extensionUrl,
    toolbarPopupUrl,
    async openPopup(page) {
      const popup = page ?? (await context.newPage());
      await popup.goto(await toolbarPopupUrl());
      // The first screen is in the page's HTML; the rest comes with the popup's script.
      await popup.locator('.situation').first().waitFor();
      return popup;
    },
    openPassport: (hash = '') => open(extensionUrl(`passport.html${hash}`)),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core on the page (WCAG 2.x A and AA, best practices) and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

/** A readable failure message for axe violations. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');
}
