import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB, openDB } from 'idb';
import { DB_VERSION, getSetting, onDatabaseReplaced, openVigieDB, resetConnection, setSetting, db, type VigieDB } from '../../../utils/storage/db';

let counter = 0;
const freshName = () => `vigie-db-test-${++counter}`;

afterEach(async () => {
  await resetConnection();
});

const child = {
  id: 'c1', name: 'Sam', ageBand: '11-12', adults: [], voiceSharedWith: [], devices: [], accounts: [], appsAndGames: [],
  voice: { likes: 'Minecraft', dislikes: '', goingWell: '', notGoingWell: '', worries: '', learned: '', hopes: '' },
  createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z',
} as const;
const agreement = {
  id: 'a1', childId: 'c1', topic: 'time-online', words: 'Phones downstairs at 9.', agreedBy: ['Sam'], agreedOn: '2025-01-01',
  reviewEveryDays: 30, reviews: [], createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z',
} as const;
const draft = { key: 'voice/c1', childId: 'c1', form: { likes: 'half-written' }, savedAt: '2025-01-02T00:00:00.000Z' };

/** What a user's database holds at each version, written before upgrading from it. */
const seedAt: Record<number, (db: VigieDB) => Promise<void>> = {
  1: async (db) => {
    await db.put('settings', 'FR', 'country');
    await db.put('settings', { facebook: true }, 'panelCollapsed');
    await db.put('progress', { key: 'facebook/privacy/parent', ticked: { audience: '2024-05-01' }, reviewedAt: '2024-05-02' });
  },
  2: async (db) => {
    await seedAt[1]!(db);
    await db.put('children', structuredClone(child) as never);
    await db.put('agreements', structuredClone(agreement) as never);
    await db.put('drafts', structuredClone(draft));
  },
  3: async (db) => {
    await seedAt[2]!(db);
    await db.put('vault', { id: 'c9', v: 1, iv: new Uint8Array(12).fill(7), ciphertext: new Uint8Array(32).fill(9), reviewsDue: [{ agreementId: 'a9', due: '2025-02-01' }] });
  },
};

/** What must still be there after upgrading from each version. */
const checkFrom: Record<number, (db: VigieDB) => Promise<void>> = {
  1: async (db) => {
    expect(await db.get('settings', 'country')).toBe('FR');
    expect(await db.get('settings', 'panelCollapsed')).toEqual({ facebook: true });
    expect(await db.get('progress', 'facebook/privacy/parent')).toEqual({ key: 'facebook/privacy/parent', ticked: { audience: '2024-05-01' }, reviewedAt: '2024-05-02' });
  },
  2: async (db) => {
    await checkPassportOf2(db);
    // The lock's store is new and empty: an upgrade never turns the lock on by itself.
    expect(await db.count('vault')).toBe(0);
  },
  3: async (db) => {
    await checkPassportOf2(db);
    expect(await db.get('vault', 'c9')).toEqual({ id: 'c9', v: 1, iv: new Uint8Array(12).fill(7), ciphertext: new Uint8Array(32).fill(9), reviewsDue: [{ agreementId: 'a9', due: '2025-02-01' }] });
    // Settings reviews are new and empty; the ticks kept before stay under their key, not linked to a child.
    expect(await db.count('settingsReviews')).toBe(0);
    expect(await db.get('progress', 'facebook/privacy/parent')).toBeDefined();
  },
};

/** The settings, progress and passport in clear written at version 2, still there. */
async function checkPassportOf2(db: VigieDB): Promise<void> {
    await checkFrom[1]!(db);
    expect(await db.get('children', 'c1')).toEqual(child);
    expect(await db.get('agreements', 'a1')).toEqual(agreement);
    expect(await db.transaction('agreements').store.index('byChild').getAllKeys('c1')).toEqual(['a1']);
    expect(await db.get('drafts', 'voice/c1')).toEqual(draft);
}

/** The stores each version adds: a database opened at an older version must not have them yet. */
const newStoreAt: Record<number, string> = { 2: 'children', 3: 'vault', 4: 'settingsReviews' };

describe('the extension database', () => {
  it('creates every store at the current version', async () => {
    const db = await openVigieDB(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['agreements', 'celebrations', 'children', 'drafts', 'incidents', 'progress', 'settings', 'settingsReviews', 'vault']);
    for (const store of ['agreements', 'incidents', 'celebrations', 'settingsReviews', 'drafts'] as const) {
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
      expect([...old.objectStoreNames]).not.toContain(newStoreAt[from + 1]);
      await seedAt[from]!(old);
      old.close();

      const upgraded = await openVigieDB(name);
      expect(upgraded.version).toBe(DB_VERSION);
      await checkFrom[from]!(upgraded);
      // The new stores work straight away.
      await upgraded.put('children', { id: 'c2', name: 'Robin' } as never);
      await upgraded.put('vault', { id: 'c3', v: 1, iv: new Uint8Array(12), ciphertext: new Uint8Array(16), reviewsDue: [] });
      expect(await upgraded.get('vault', 'c3')).toBeDefined();
      await upgraded.put('settingsReviews', { id: 'r1', childId: 'c2' } as never);
      expect(await upgraded.transaction('settingsReviews').store.index('byChild').getAllKeys('c2')).toEqual(['r1']);
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
