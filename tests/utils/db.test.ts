import { afterEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, getSetting, openVigieDB, resetConnection, setSetting } from '../../utils/db';

let counter = 0;
const freshName = () => `vigie-test-${++counter}`;

afterEach(async () => {
  await resetConnection();
});

describe('the extension database', () => {
  it('creates every store at the current version', async () => {
    const db = await openVigieDB(freshName());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['settings', 'progress']));
    db.close();
  });

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
});
