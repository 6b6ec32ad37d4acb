// Shared by the hostile-page tests (tests/e2e/hostile-*.test.ts). The pages there break or spy on
// the page's own built-ins, so the test looks at the panel and the page from worlds the page
// cannot touch: the panel in its own frame (another origin, whose built-ins the page cannot reach),
// the host's closed root through the DevTools protocol in an isolated world of the test's own,
// the page's state through raw `Runtime.evaluate`, and the person's actions through the real
// mouse and keyboard.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Vigie } from './harness';
import { closedShadow, hostCount, type ClosedShadow } from './shadow';
import { databasePlace } from './vigie-database';
import { panelFrame, panelView as frameView, type PanelView as FrameView } from './panel-frame';
import { detectPage } from '../../utils/detection/detect';
import { checklistFor } from '../../utils/guide/checklists';
import { itemsFor } from '../../utils/guide/guide-view';
import type { Audience } from '../../utils/taxonomy';

// The hostile tests count hosts along with everything else they take from here.
export { hostCount };

export const SETTINGS = 'https://www.facebook.com/settings?tab=privacy';

/** The ids of the items a person sees on `url` for `audience`, from the checklists themselves. */
export function itemIds(url: string, audience: Audience = 'parent'): string[] {
  const match = detectPage(url);
  if (!match) throw new Error(`${url} is not a settings page for the current rule packs`);
  return itemsFor(checklistFor(match), audience).map((item) => item.id);
}

export interface PanelView extends FrameView {
  /** The host's shadow root mode, seen from an isolated world of the test's own. */
  mode: string;
  checked(selector: string): Promise<boolean | null>;
  focusedId(): Promise<string>;
}

/** The panel in its frame (exactly one host in the page: a copy of the page's own would be an error). */
export async function panelView(page: Page): Promise<PanelView> {
  const hosts = await hostCount(page);
  if (hosts !== 1) throw new Error(`expected one <vigie-panel>, found ${hosts}`);
  const shadow = await closedShadow(page, { hostile: true });
  const view = frameView(await panelFrame(page));
  return {
    ...view,
    mode: shadow?.mode ?? 'none',
    checked: (selector) => view.evaluate((r, s) => (r.querySelector(s) as HTMLInputElement | null)?.checked ?? null, selector),
    focusedId: () => view.evaluate((r) => r.activeElement?.id ?? ''),
  };
}

/** The panel once its guide is read (its audience switch or its collapsed count is drawn, not the preview drawn before the ticks). */
export async function settledPanel(page: Page): Promise<PanelView> {
  await page.locator('vigie-panel').waitFor({ state: 'attached' });
  const view = await panelView(page);
  await expect.poll(() => view.evaluate((r) => r.querySelector('[aria-busy="true"]') === null && r.querySelector('.audience, .opener .count') !== null)).toBe(true);
  return view;
}

/**
 * The audience the panel's last render shows (its picked segment) and the ids of the items it
 * lists. Polled after a switch, both together: a radio is checked the moment it is clicked,
 * before the background answers, and most items are on both the parent's and the carer's lists.
 */
export function shownList(panel: PanelView): Promise<{ audience: string | undefined; items: string[] }> {
  return panel.evaluate((root) => ({
    audience: root.querySelector<HTMLInputElement>('.segment.picked input')?.value,
    items: [...root.querySelectorAll<HTMLInputElement>('.items input[id^="vigie-item-"]')].map((input) => input.id.slice('vigie-item-'.length)),
  }));
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
export async function storedTicks(vigie: Vigie): Promise<Record<string, string[]>> {
  const place = await databasePlace(vigie.worker);
  // Opening a database that does not exist yet would create it empty, at version 1, under the background's feet.
  if (!place.exists) return {};
  return vigie.worker.evaluate(
    async (place) => {
      const buckets = (navigator as unknown as { storageBuckets: { open(name: string): Promise<{ indexedDB: IDBFactory }> } }).storageBuckets;
      const factory = place.bucket ? (await buckets.open(place.bucket)).indexedDB : indexedDB;
      return new Promise<Record<string, string[]>>((resolve, reject) => {
        const open = factory.open(place.name);
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
    place,
  );
}
