// Where the extension's database is, for tests that read or seed it from an extension page or
// the background: the newest place of utils/storage/places.ts (a storage bucket `vigie-<n>` in
// Chromium, else the database `vigie` or `vigie-<n>`). Each evaluate then opens
// `place.bucket ? (await navigator.storageBuckets.open(place.bucket)).indexedDB : indexedDB`.
import type { Page, Worker } from 'playwright-core';

export interface DatabasePlace {
  /** The storage bucket holding the database, if any. */
  bucket?: string;
  name: string;
  /** False when no place holds a database yet (opening it would create it). */
  exists: boolean;
}

export function databasePlace(target: Page | Worker): Promise<DatabasePlace> {
  return target.evaluate(async (): Promise<DatabasePlace> => {
    const generation = (name: string) => /^vigie(?:-(\d+))?$/.exec(name) && Number(/^vigie(?:-(\d+))?$/.exec(name)![1] ?? 0);
    const buckets = (navigator as unknown as { storageBuckets?: { keys(): Promise<string[]>; open(name: string): Promise<{ indexedDB: IDBFactory }> } }).storageBuckets;
    if (buckets) {
      const numbered = (await buckets.keys()).filter((key) => generation(key)).sort((a, b) => generation(b)! - generation(a)!);
      for (const bucket of numbered) {
        if ((await (await buckets.open(bucket)).indexedDB.databases()).some((info) => info.name === 'vigie')) return { bucket, name: 'vigie', exists: true };
      }
    }
    const names = (await indexedDB.databases()).map((info) => info.name ?? '').filter((name) => generation(name) !== null && (!buckets || name === 'vigie'));
    const newest = names.sort((a, b) => generation(b)! - generation(a)!)[0];
    if (newest) return { name: newest, exists: true };
    return buckets ? { bucket: 'vigie-1', name: 'vigie', exists: false } : { name: 'vigie', exists: false };
  });
}
