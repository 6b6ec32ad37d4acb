// Where the database lives, on fake-indexeddb: a rewrite copies every store (keys in and out of
// line) to the next place and deletes the previous one; with storage buckets (faked here with
// one fake-indexeddb factory per bucket, as each real bucket has its own files) a first install
// starts in a bucket, and a passport of an earlier version moves out of the origin's own storage.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { db, DB_VERSION, openVigieDB, resetConnection, rewriteDatabase, getSetting, setSetting } from '../../../utils/storage/db';
import { deleteEveryDatabase } from '../../support/databases';

const names = async (factory: IDBFactory | globalThis.IDBFactory = indexedDB) => (await factory.databases()).map((info) => info.name).sort();

/** A Storage Buckets API over separate in-memory factories: deleting a bucket drops its factory. */
function fakeBuckets() {
  const factories = new Map<string, IDBFactory>();
  const manager = {
    open: async (name: string) => {
      if (!factories.has(name)) factories.set(name, new IDBFactory());
      return { indexedDB: factories.get(name)! };
    },
    keys: async () => [...factories.keys()],
    delete: async (name: string) => void factories.delete(name),
  };
  vi.stubGlobal('navigator', { ...navigator, storageBuckets: manager });
  return factories;
}

afterEach(async () => {
  await resetConnection();
  vi.unstubAllGlobals();
  await deleteEveryDatabase();
});

describe('the database rewrite', () => {
  it('keeps everything, in a new database, and deletes the old one', async () => {
    await setSetting('country', 'fr');
    await (await db()).put('children', { id: 'c1', name: 'Sam' } as never);
    expect(await names()).toEqual(['vigie']);
    await rewriteDatabase();
    expect(await names()).toEqual(['vigie-1']);
    expect(await getSetting('country')).toBe('fr');
    expect(await (await db()).get('children', 'c1')).toEqual({ id: 'c1', name: 'Sam' });
    await rewriteDatabase();
    expect(await names()).toEqual(['vigie-2']);
    // A page opened afterwards finds the new place by itself.
    await resetConnection();
    expect(await getSetting('country')).toBe('fr');
  });

  it('tells other pages to let go of the old database, and they open the new one', async () => {
    const other = await openVigieDB();
    const closed = new Promise((resolve) => other.addEventListener('versionchange', () => resolve(other.close())));
    await rewriteDatabase();
    await closed;
    expect(await names()).toEqual(['vigie-1']);
  });

  it('deletes a place a stopped rewrite left behind, only once the newer copy is whole', async () => {
    await setSetting('country', 'be');
    await rewriteDatabase();
    await resetConnection();
    // As if the browser had closed between the copy and the deletion.
    (await openVigieDB('vigie', DB_VERSION)).close();
    expect(await names()).toEqual(['vigie', 'vigie-1']);
    expect(await getSetting('country')).toBe('be');
    await vi.waitFor(async () => expect(await names()).toEqual(['vigie-1']));
  });
});

describe('with storage buckets', () => {
  it('starts a first install in a bucket, and the rewrite deletes that bucket', async () => {
    const buckets = fakeBuckets();
    await setSetting('country', 'gb');
    expect([...buckets.keys()]).toEqual(['vigie-1']);
    expect(await names()).toEqual([]);
    await rewriteDatabase();
    expect([...buckets.keys()]).toEqual(['vigie-2']);
    expect(await names(buckets.get('vigie-2'))).toEqual(['vigie']);
    expect(await getSetting('country')).toBe('gb');
  });

  it("moves a passport of an earlier version out of the origin's own storage", async () => {
    const legacy = await openVigieDB();
    await legacy.put('settings', 'ie', 'country');
    legacy.close();
    const buckets = fakeBuckets();
    expect(await getSetting('country')).toBe('ie');
    expect([...buckets.keys()]).toEqual([]);
    await rewriteDatabase();
    expect(await names()).toEqual([]);
    expect([...buckets.keys()]).toEqual(['vigie-1']);
    expect(await getSetting('country')).toBe('ie');
  });

  it('ignores a bucket whose copy was never committed', async () => {
    const buckets = fakeBuckets();
    await setSetting('country', 'ch');
    await resetConnection();
    await openBucket('vigie-2');
    expect(await getSetting('country')).toBe('ch');
    expect(await names(buckets.get('vigie-1'))).toEqual(['vigie']);
  });
});

const openBucket = (name: string) => (navigator as unknown as { storageBuckets: { open(name: string): Promise<unknown> } }).storageBuckets.open(name);
