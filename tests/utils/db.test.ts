import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB, openDB } from 'idb';
import { DB_VERSION, getSetting, onDatabaseReplaced, openVigieDB, resetConnection, setSetting, db, type VigieDB } from '../../utils/db';

let counter = 0;
const freshName = () => `vigie-db-test-${++counter}`;

afterEach(async () => {
  await resetConnection();
});

/** What a user's database holds at each version, written before upgrading from it. */
const seedAt: Record<number, (db: VigieDB) => Promise<void>> = {
  1: async (db) => {
    await db.put('settings', 'FR', 'country');
    await db.put('settings', { facebook: true }, 'panelCollapsed');
    await db.put('progress', { key: 'facebook/privacy/parent', ticked: { audience: '2024-05-01' }, reviewedAt: '2024-05-02' });
  },
};

/** What must still be there after upgrading from each version. */
const checkFrom: Record<number, (db: VigieDB) => Promise<void>> = {
  1: async (db) => {
    expect(await db.get('settings', 'country')).toBe('FR');
    expect(await db.get('settings', 'panelCollapsed')).toEqual({ facebook: true });
    expect(await db.get('progress', 'facebook/privacy/parent')).toEqual({ key: 'facebook/privacy/parent', ticked: { audience: '2024-05-01' }, reviewedAt: '2024-05-02' });
  },
};

describe('the extension database', () => {
  it('creates every store at the current version', async () => {
    const db = await openVigieDB(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['agreements', 'celebrations', 'children', 'drafts', 'incidents', 'progress', 'settings']);
    for (const store of ['agreements', 'incidents', 'celebrations', 'drafts'] as const) {
      expect([...db.transaction(store).store.indexNames]).toEqual(['byChild']);
    }
    db.close();
  });

  it('has a seed and a check for every earlier version (add them with each new migration)', () => {
    for (let v = 1; v < DB_VERSION; v++) {
      expect(seedAt[v], `seedAt[${v}] is missing`).toBeTypeOf('function');
      expect(checkFrom[v], `checkFrom[${v}] is missing`).toBeTypeOf('function');
    }
  });

  for (let from = 1; from < DB_VERSION; from++) {
    it(`upgrades a database with data in it from version ${from}, keeping the data`, async () => {
      const name = freshName();
      const old = await openVigieDB(name, from);
      expect(old.version).toBe(from);
      expect([...old.objectStoreNames]).not.toContain('children');
      await seedAt[from]!(old);
      old.close();

      const upgraded = await openVigieDB(name);
      expect(upgraded.version).toBe(DB_VERSION);
      await checkFrom[from]!(upgraded);
      // The new stores work straight away.
      await upgraded.put('children', { id: 'c1', name: 'Sam' } as never);
      expect(await upgraded.count('children')).toBe(1);
      upgraded.close();
    });
  }

  it('keeps settings through the shared connection', async () => {
    await setSetting('country', 'FR');
    expect(await getSetting('country')).toBe('FR');
    expect(await getSetting('missing')).toBeUndefined();
  });

  it('closes an old connection that blocks an upgrade instead of hanging', async () => {
    const name = freshName();
    const old = await openVigieDB(name, DB_VERSION);
    // A newer version opened elsewhere (a newer page after an update) must not wait forever.
    const newer = await openDB(name, DB_VERSION + 1, { upgrade() {} });
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(() => old.transaction('settings')).toThrow();
    newer.close();
  });

  it('tells the page when the shared connection gave way to a newer version, and reopens afterwards', async () => {
    let replaced = 0;
    const stop = onDatabaseReplaced(() => replaced++);
    await setSetting('before', 1);
    const shared = await db();
    // Another tab runs a newer Vigie: its open waits for ours to close, which `blocking` does.
    const newer = await openDB('vigie', DB_VERSION + 1, { upgrade() {} });
    expect(replaced).toBe(1);
    expect(() => shared.transaction('settings')).toThrow();
    newer.close();
    // This page is now too old to open the newer database: it says so rather than hanging.
    await expect(db()).rejects.toThrow();
    stop();
    await deleteDB('vigie');
    await setSetting('after', 2);
    expect(await getSetting('after')).toBe(2);
  });
});
