// The Firefox harness: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core, the
// built add-on (.output/firefox-mv3) installed as a temporary add-on, chosen URLs on the real
// hostnames answered by fixture pages, and two records of traffic: every request a page makes
// (puppeteer's request interception) and every connection Firefox attempts from any context —
// pages, extension pages, the background script, its own services — through a local proxy that
// refuses them all (recording-proxy.ts). A test fails on any request that is neither a fixture
// nor a file of the extension itself.
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { quietEnvironment, quietPreferences } from './quiet-profile';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';
import { navigateToExtensionPage } from './bidi';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = resolve(ROOT, process.env.VIGIE_OUT_DIR ?? '.output', 'firefox-mv3');
export const FIXTURES = resolve(ROOT, 'tests/fixtures/pages');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export type Fixture = string | (() => string);

export interface FirefoxVigie {
  browser: Browser;
  /** The add-on's internal UUID: its pages live at moz-extension://<uuid>/. */
  extensionUuid: string;
  /** Page requests that were not fixtures, then every connection Firefox attempted. */
  readonly strayRequests: string[];
  /** Uncaught errors and console errors of pages, extension pages and the background script. */
  pageErrors: string[];
  serve(url: string, fixture: Fixture): void;
  open(url: string): Promise<Page>;
  openExtensionPage(path: string): Promise<Page>;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

function fixtureBody(fixture: Fixture): string {
  return typeof fixture === 'function' ? fixture() : readFileSync(join(FIXTURES, fixture), 'utf8');
}

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** The add-on id the build declares (browser_specific_settings.gecko.id). */
function builtAddonId(): string {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${EXTENSION_DIR}/manifest.json declares no gecko id.`);
  return id;
}

/** Errors in Firefox's own output: "JavaScript error: <url>, line n: …" and "console.error: …". */
function watchBrowserOutput(browser: Browser, pageErrors: string[]): void {
  const child = browser.process();
  for (const stream of [child?.stdout, child?.stderr]) {
    let pending = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        // Errors of Firefox's own chrome code (chrome://, resource://) are not ours to judge.
        if (/^JavaScript error: (moz-extension|https?|data):/.test(line) || line.startsWith('console.error: ')) pageErrors.push(line);
      }
    });
  }
}

/**
 * `profile`: a folder for Firefox's profile, kept after close (tests that read what Firefox left
 * on disk); without it, a temporary profile that puppeteer deletes.
 */
export async function launchVigieInFirefox(options: { fixtures?: Record<string, Fixture>; profile?: string } = {}): Promise<FirefoxVigie> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${EXTENSION_DIR}: run "npm run build:firefox" first.`);
  }
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: install Debian's firefox-esr or set FIREFOX_PATH.`);
  const addonId = builtAddonId();
  const extensionUuid = randomUUID();
  const extensionOrigin = `moz-extension://${extensionUuid}/`;
  const proxy: RecordingProxy = await startRecordingProxy();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // Lets WebDriver BiDi load moz-extension: pages in a tab, as a person does from the toolbar.
      args: ['--remote-allow-system-access'],
      env: quietEnvironment(),
      extraPrefsFirefox: quietPreferences(proxy.port, addonId, extensionUuid),
      ...(options.profile ? { userDataDir: options.profile } : {}),
    });
  } catch (error) {
    await proxy.close();
    throw error;
  }

  const fixtures = new Map<string, Fixture>();
  for (const [url, fixture] of Object.entries(options.fixtures ?? {})) fixtures.set(withoutHash(url), fixture);
  const fixtureFor = (url: string) => {
    const exact = fixtures.get(withoutHash(url));
    if (exact) return exact;
    const parsed = new URL(url);
    parsed.search = '';
    parsed.hash = '';
    return fixtures.get(parsed.href);
  };
  const pageRequests: string[] = [];
  const pageErrors: string[] = [];
  watchBrowserOutput(browser, pageErrors);

  const answer = (request: HTTPRequest) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url) || url.startsWith(extensionOrigin)) return request.continue();
    const fixture = request.isNavigationRequest() ? fixtureFor(url) : undefined;
    if (fixture) return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureBody(fixture) });
    pageRequests.push(`${request.method()} ${url}`);
    // Let it go on to the recording proxy, which refuses it: the proxy's record is then checked
    // end to end by the harness's own tests.
    return request.continue();
  };
  const prepared = new Map<Page, Promise<void>>();
  const prepare = (page: Page) => {
    let ready = prepared.get(page);
    if (!ready) {
      page.on('request', (request) => void answer(request));
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error instanceof Error ? error.message : String(error)}`));
      page.on('console', (message) => {
        if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
      });
      ready = page.setRequestInterception(true);
      prepared.set(page, ready);
    }
    return ready;
  };
  browser.on('targetcreated', (target) => {
    // Over BiDi a frame inside a page (the panel's frame) is a target of type "page" too; Firefox
    // refuses to intercept a frame's requests apart from its tab's, whose intercept covers them.
    if (target.type() !== 'page') return;
    void target.page().then(async (page) => {
      if (page && (await browser.pages()).includes(page)) await prepare(page);
    });
  });

  try {
    const installedId = await browser.installExtension(EXTENSION_DIR);
    if (installedId !== addonId) throw new Error(`Firefox installed ${installedId}, expected ${addonId}.`);
  } catch (error) {
    await browser.close();
    await proxy.close();
    throw error;
  }

  const newPage = async () => {
    const page = await browser.newPage();
    await prepare(page);
    return page;
  };
  const extensionUrl = (path: string) => `${extensionOrigin}${path.replace(/^\//, '')}`;
  return {
    browser,
    extensionUuid,
    get strayRequests() {
      return [...pageRequests.map((r) => `page: ${r}`), ...proxy.attempts.map((a) => `network: ${a}`)];
    },
    pageErrors,
    serve: (url, fixture) => void fixtures.set(withoutHash(url), fixture),
    async open(url) {
      const page = await newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await newPage();
      await navigateToExtensionPage(page, extensionUrl(path));
      return page;
    },
    extensionUrl,
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
}
