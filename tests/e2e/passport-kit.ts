// What the passport page's tests share: counting the extension's IndexedDB stores, axe on a
// state, the focused element's text, a date some days ago.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, describeViolations } from './harness';
import { databasePlace } from './vigie-database';

/** What the extension's IndexedDB holds, store by store, read from an extension page. */
export async function storeCounts(page: Page) {
  const place = await databasePlace(page);
  return page.evaluate(
    async (place) => {
      const factory = place.bucket ? (await (navigator as unknown as { storageBuckets: { open(name: string): Promise<{ indexedDB: IDBFactory }> } }).storageBuckets.open(place.bucket)).indexedDB : indexedDB;
      return new Promise<Record<string, number>>((resolve, reject) => {
        const open = factory.open(place.name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['children', 'agreements', 'incidents', 'celebrations', 'drafts'];
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
        };
      });
    },
    place,
  );
}

/** axe-core finds nothing, and no sentence shows a {placeholder} left unfilled. */
export async function expectAccessible(page: Page, state: string) {
  const violations = await axeViolations(page);
  expect(violations, `${state}:\n${describeViolations(violations)}`).toEqual([]);
  expect(await page.locator('body').innerText(), state).not.toMatch(/\{\w+\}/);
}

export const focusedText = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim() ?? ''}`);
export const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
