// Types of chromium-context.mjs, for the TypeScript tests that import it.
import type { BrowserContext, Worker } from 'playwright-core';

export const ROOT: string;
export const EXTENSION_DIR: string;
export const FIXTURES: string;
export const CHROMIUM: string;

/** A file name in tests/fixtures/pages, or a function returning HTML. */
export type Fixture = string | (() => string);

export interface ChromiumContextOptions {
  /** The unpacked extension to load; without it, none. */
  extensionDir?: string;
  /** The browser's UI language, e.g. en-US, fr-FR. */
  lang: string;
  /** Switches beyond the shared ones of chromium-flags.mjs. */
  extraFlags?: string[];
  /** The start of the temporary profile folder's name. */
  profilePrefix: string;
  /** URL → fixture; a URL without a query also answers any query, and the hash never counts. */
  fixtures?: Record<string, Fixture>;
  /** The clock's IANA time zone for every page (Playwright's emulation); default the machine's. */
  timezoneId?: string;
}

export interface ChromiumContext<W extends Worker | undefined = Worker | undefined> {
  context: BrowserContext;
  /** The extension's id, or '' without one. */
  extensionId: string;
  /** The extension's service worker, running under the id computed from its path. */
  worker: W;
  /** Every request that was neither a fixture nor an extension file. */
  strayRequests: string[];
  /** Answers another URL with a fixture, after launch. */
  serve(url: string, fixture: Fixture): void;
  extensionUrl(path: string): string;
  /** The profile folder, for tests that read what the browser left on disk. */
  profile: string;
  /** Closes the browser and keeps its profile (until close). */
  closeBrowser(): Promise<void>;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

export function launchChromiumContext(options: ChromiumContextOptions & { extensionDir: string }): Promise<ChromiumContext<Worker>>;
export function launchChromiumContext(options: ChromiumContextOptions): Promise<ChromiumContext>;
