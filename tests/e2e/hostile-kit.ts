// Shared by the hostile-page tests (tests/e2e/hostile-*.test.ts). The pages there break or spy on
// the page's own built-ins, so the test looks at the panel and the page from worlds the page
// cannot touch: the panel's closed root through the DevTools protocol in an isolated world of
// the test's own, the page's state through raw `Runtime.evaluate`, and the person's actions
// through the real mouse and keyboard.
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Vigie } from './harness';
import { detectPage } from '../../utils/detect';
import { checklistFor } from '../../utils/checklists';
import { itemsFor } from '../../utils/guide-view';
import type { Audience } from '../../utils/taxonomy';

export const SETTINGS = 'https://www.facebook.com/settings?tab=privacy';

/** The ids of the items a person sees on `url` for `audience`, from the checklists themselves. */
export function itemIds(url: string, audience: Audience = 'parent'): string[] {
  const match = detectPage(url);
  if (!match) throw new Error(`${url} is not a settings page for the current rule packs`);
  return itemsFor(checklistFor(match), audience).map((item) => item.id);
}

interface DomNode {
  localName?: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: Array<{ backendNodeId: number; shadowRootType?: string }>;
}

function findAll(node: DomNode, name: string, found: DomNode[] = []): DomNode[] {
  if (node.localName === name) found.push(node);
  for (const child of [...(node.children ?? []), ...((node.shadowRoots ?? []) as DomNode[])]) findAll(child, name, found);
  return found;
}

export interface PanelView {
  mode: string;
  /** Runs `fn` with the closed root, in the test's own isolated world (the page's overrides do not reach it). */
  evaluate<R, A extends unknown[]>(fn: (root: ShadowRoot, ...args: A) => R, ...args: A): Promise<R>;
  /** Clicks the element with the real mouse, at its position on screen. */
  click(selector: string): Promise<void>;
  checked(selector: string): Promise<boolean | null>;
  focusedId(): Promise<string>;
  text(): Promise<string>;
}

/** How many `<vigie-panel>` hosts the page holds (light DOM), counted by the protocol. */
export async function hostCount(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    return findAll(root, 'vigie-panel').length;
  } finally {
    await cdp.detach();
  }
}

/** The panel's closed root, seen from an isolated world made for the test. */
export async function panelView(page: Page): Promise<PanelView> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'vigie-test' });
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const hosts = findAll(root, 'vigie-panel');
  const shadow = hosts[0]?.shadowRoots?.[0];
  if (hosts.length !== 1 || !shadow) throw new Error(`expected one <vigie-panel> with a shadow root, found ${hosts.length}`);
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId });
  const evaluate: PanelView['evaluate'] = async (fn, ...args) => {
    const result = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function(...args) { return (${fn.toString()})(this, ...args); }`,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value;
  };
  return {
    mode: shadow.shadowRootType ?? 'unknown',
    evaluate,
    async click(selector) {
      const box = await evaluate((r, s) => {
        const element = r.querySelector(s);
        if (!element) return null;
        element.scrollIntoView({ block: 'center' });
        const rect = element.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }, selector);
      if (!box) throw new Error(`Nothing matches ${selector} in the closed shadow root`);
      await page.mouse.click(box.x, box.y);
    },
    checked: (selector) => evaluate((r, s) => (r.querySelector(s) as HTMLInputElement | null)?.checked ?? null, selector),
    focusedId: () => evaluate((r) => r.activeElement?.id ?? ''),
    text: () => evaluate((r) => r.textContent ?? ''),
  };
}

/** The panel once the background has answered (its audience switch or its collapsed count is drawn). */
export async function settledPanel(page: Page): Promise<PanelView> {
  await page.locator('vigie-panel').waitFor({ state: 'attached' });
  const view = await panelView(page);
  await expect.poll(() => view.evaluate((r) => r.querySelector('.audience, .opener .count') !== null)).toBe(true);
  return view;
}

/** Evaluates `expression` in the page's main world over the raw protocol (no helper script of Playwright's, which the page's overrides could break). */
export async function inPage<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const result = await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** What the page can see of its own storage, and whether it can reach an extension API. */
export function pageReach(page: Page) {
  return inPage<{ databases: number; localStorage: number; sessionStorage: number; cookie: string; runtime: string }>(
    page,
    `indexedDB.databases().then((all) => ({
      databases: all.length,
      localStorage: localStorage.length,
      sessionStorage: sessionStorage.length,
      cookie: document.cookie,
      runtime: typeof (window.chrome && window.chrome.runtime && window.chrome.runtime.sendMessage),
    }))`,
  );
}

export const NOTHING_REACHABLE = { databases: 0, localStorage: 0, sessionStorage: 0, cookie: '', runtime: 'undefined' };

/** The ticks the background keeps, read from the extension's IndexedDB: key → ticked item ids. */
export function storedTicks(vigie: Vigie): Promise<Record<string, string[]>> {
  return vigie.worker.evaluate(
    async () => {
      // Opening a database that does not exist yet would create it empty, at version 1, under the background's feet.
      if (!(await indexedDB.databases()).some((info) => info.name === 'vigie')) return {};
      return new Promise<Record<string, string[]>>((resolve, reject) => {
        const open = indexedDB.open('vigie');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('progress')) {
            db.close();
            return resolve({});
          }
          const all = db.transaction('progress').objectStore('progress').getAll();
          all.onsuccess = () => {
            db.close();
            const records = all.result as Array<{ key: string; ticked: Record<string, string> }>;
            resolve(Object.fromEntries(records.map((record) => [record.key, Object.keys(record.ticked).sort()])));
          };
        };
      });
    },
  );
}
