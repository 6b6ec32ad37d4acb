// The real-browser harness: the tests' Chromium (tests/chromium-context.mjs: the built extension,
// every host unresolvable, chosen URLs answered by fixture pages, every request recorded), plus
// what the tests need of it: page errors watched, and the extension's own pages opened. A test
// fails on any request that is neither a fixture nor a file of the extension itself.
import type { Page, Worker } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { EXTENSION_DIR, launchChromiumContext, type ChromiumContext, type Fixture } from '../chromium-context.mjs';

export { EXTENSION_DIR, ROOT } from '../chromium-context.mjs';

export interface LaunchOptions {
  /** The browser's UI language, e.g. fr-FR, en-GB, en-US (default en-US). */
  lang?: string;
  /** URL → fixture: a file name in tests/fixtures/pages or a function returning HTML. */
  fixtures?: Record<string, Fixture>;
  /** The clock's IANA time zone in every page, e.g. UTC (default: the machine's). */
  timezoneId?: string;
  /** navigator.languages, when it must differ from what Chromium derives from `lang` (e.g. "de", with no region). */
  acceptLanguages?: string;
}

export interface Vigie extends ChromiumContext<Worker> {
  /** Console errors and uncaught exceptions in any page of the context. */
  pageErrors: string[];
  open(url: string): Promise<Page>;
  /** The page the toolbar button opens (action.getPopup), once the background has chosen it. */
  toolbarPopupUrl(): Promise<string>;
  /** Opens, in a tab, the page the toolbar button would open. */
  openPopup(page?: Page): Promise<Page>;
  openPassport(hash?: string): Promise<Page>;
}

/** A fixture page must not make requests of its own (the icon link stops the favicon request). */
export function fixturePage(title: string, body: string, lang = 'en'): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title></head><body>${body}</body></html>`;
}

export async function launchVigie(options: LaunchOptions = {}): Promise<Vigie> {
  const browser = await launchChromiumContext({
    extensionDir: EXTENSION_DIR,
    lang: options.lang ?? 'en-US',
    profilePrefix: 'vigie-profile-',
    fixtures: options.fixtures,
    timezoneId: options.timezoneId,
    extraFlags: options.acceptLanguages ? [`--accept-lang=${options.acceptLanguages}`] : [],
  });
  const { context, worker, extensionUrl } = browser;

  const pageErrors: string[] = [];
  const watchErrors = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  };
  context.on('page', watchErrors);

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
    ...browser,
    pageErrors,
    open,
    toolbarPopupUrl,
    async openPopup(page) {
      const popup = page ?? (await context.newPage());
      await popup.goto(await toolbarPopupUrl());
      // The first screen is in the page's HTML; the rest comes with the popup's script.
      await popup.locator('.situation').first().waitFor();
      return popup;
    },
    openPassport: (hash = '') => open(extensionUrl(`passport.html${hash}`)),
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
