// The few WebDriver BiDi commands the Firefox tests send themselves, because puppeteer has no
// public API for them: navigating a tab to an extension page (puppeteer waits for navigation
// events that Firefox does not send for moz-extension: documents), reaching the panel's
// closed shadow root (BiDi serialises it when asked with includeShadowTree: "all", as no page
// script could), and saving downloads into a folder of the test's, knowing when each is saved
// (puppeteer sets the download behaviour only for a new browser context, and has no download event).
// Spec: https://w3c.github.io/webdriver-bidi/
import type { Browser, Page } from 'puppeteer-core';

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
  on(event: string, listener: (params: never) => void): unknown;
  off(event: string, listener: (params: never) => void): unknown;
}

interface RemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: RemoteValue;
  exceptionDetails?: { text: string };
}

/** puppeteer's BiDi browser exposes its connection as `connection` (internal, not in the typings). */
function connectionOf(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (typeof connection?.send !== 'function') throw new Error('This puppeteer browser has no WebDriver BiDi connection.');
  return connection;
}

/** The BiDi browsing context of the page's top frame (puppeteer's frame id is that context id). */
function contextOf(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: unknown })._id;
  if (typeof id !== 'string') throw new Error('Cannot find the BiDi browsing context of this page.');
  return id;
}

async function send<T>(page: Page, method: string, params: object): Promise<T> {
  const { result } = await connectionOf(page.browser()).send(method, params);
  return result as T;
}

function unwrap(outcome: EvaluateResult): RemoteValue {
  if (outcome.type === 'exception' || !outcome.result) throw new Error(outcome.exceptionDetails?.text ?? 'script failed');
  return outcome.result;
}

/** Loads an extension page (moz-extension://…) in the tab and waits until it has loaded. */
export async function navigateToExtensionPage(page: Page, url: string): Promise<void> {
  await send(page, 'browsingContext.navigate', { context: contextOf(page), url, wait: 'complete' });
}

export interface ClosedShadow {
  mode: string;
  /** Calls `fn` in the page with the shadow root as first argument; arguments and result go through JSON. */
  evaluate<R, A extends unknown[]>(fn: (root: ShadowRoot, ...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  text(): Promise<string>;
}

/** The shadow root of the first `<hostName>` element, open or closed, or undefined if none. */
export async function closedShadow(page: Page, hostName = 'vigie-panel'): Promise<ClosedShadow | undefined> {
  const context = contextOf(page);
  const host = unwrap(
    await send<EvaluateResult>(page, 'script.evaluate', {
      expression: `document.querySelector(${JSON.stringify(hostName)})`,
      target: { context },
      awaitPromise: false,
      serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
    }),
  );
  const root = (host.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
  if (host.type !== 'node' || !root?.sharedId) return undefined;
  const mode = String((root.value as { mode?: string } | undefined)?.mode ?? 'unknown');
  const rootRef = { sharedId: root.sharedId };
  const evaluate: ClosedShadow['evaluate'] = async (fn, ...args) => {
    const outcome = unwrap(
      await send<EvaluateResult>(page, 'script.callFunction', {
        functionDeclaration: `async (root, args) => JSON.stringify(await (${fn.toString()})(root, ...JSON.parse(args)) ?? null)`,
        arguments: [rootRef, { type: 'string', value: JSON.stringify(args) }],
        target: { context },
        awaitPromise: true,
        resultOwnership: 'none',
      }),
    );
    return JSON.parse(String(outcome.value));
  };
  return {
    mode,
    evaluate,
    // The text a person could read: every text node except those of <style> and <script>.
    text: () =>
      evaluate((shadowRoot) => {
        const walker = document.createTreeWalker(shadowRoot, NodeFilter.SHOW_TEXT);
        const parts: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.parentElement?.closest('style, script')) parts.push(node.textContent ?? '');
        }
        return parts.join(' ').replace(/\s+/g, ' ').trim();
      }),
  };
}

/** Every download of this Firefox goes into `folder`, without a dialog (browser.setDownloadBehavior). */
export async function saveDownloadsTo(browser: Browser, folder: string): Promise<void> {
  await connectionOf(browser).send('browser.setDownloadBehavior', { downloadBehavior: { type: 'allowed', destinationFolder: folder } });
}

export interface Download {
  /** The name the page gave (the <a download> attribute). */
  suggestedFilename: string;
  /** Where Firefox saved it. */
  filepath: string;
}

interface DownloadWillBegin {
  context: string;
  navigation: string | null;
  suggestedFilename: string;
}

type DownloadEnd = { context: string; navigation: string | null } & ({ status: 'complete'; filepath: string | null } | { status: 'canceled' });

/**
 * Runs `act`, which should start a download in `page`, and resolves once Firefox has saved it
 * (browsingContext.downloadWillBegin, then downloadEnd). Rejects if it was cancelled, or if no
 * download ended within `timeout` ms.
 */
export async function downloadFrom(page: Page, act: () => Promise<void>, timeout = 20_000): Promise<Download> {
  const connection = connectionOf(page.browser());
  const context = contextOf(page);
  let suggestedFilename: string | undefined;
  let onBegin: (event: DownloadWillBegin) => void = () => undefined;
  let onEnd: (event: DownloadEnd) => void = () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ended = new Promise<Download>((resolve, reject) => {
    onBegin = (event) => {
      if (event.context === context) suggestedFilename = event.suggestedFilename;
    };
    onEnd = (event) => {
      if (event.context !== context) return;
      if (event.status === 'canceled') reject(new Error(`Firefox cancelled the download of ${suggestedFilename ?? 'a file'}.`));
      else if (!event.filepath || suggestedFilename === undefined) reject(new Error('Firefox ended a download without saying where it saved it.'));
      else resolve({ suggestedFilename, filepath: event.filepath });
    };
    timer = setTimeout(() => reject(new Error(`No download ended within ${timeout} ms.`)), timeout);
  });
  // Not unhandled if `act` throws first.
  ended.catch(() => undefined);
  connection.on('browsingContext.downloadWillBegin', onBegin);
  connection.on('browsingContext.downloadEnd', onEnd);
  try {
    await act();
    return await ended;
  } finally {
    clearTimeout(timer);
    connection.off('browsingContext.downloadWillBegin', onBegin);
    connection.off('browsingContext.downloadEnd', onEnd);
  }
}
