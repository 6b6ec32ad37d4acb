import { beforeAll, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { toBase64 } from '../../../utils/storage/base64';
import { WrongSecretError } from '../../../utils/storage/crypto';
import { createLock, unlockWithRecoveryCode } from '../../../utils/storage/crypto-lock';
import { openRecord, sealRecord, type SealedRecord } from '../../../utils/passport/sealed-record';
import type { ChildRecord } from '../../../utils/passport/types';
import { makeHousehold } from '../../fixtures/passport/household';
import { childRecord } from './passport-fixtures';

const records = makeHousehold({ children: 3, agreements: 9, incidents: 6, seed: 21 });

/** Every text value in a record (6 characters or more, so random bytes practically cannot match by chance). */
function plaintextValues(record: ChildRecord): string[] {
  const values: string[] = [];
  const walk = (node: unknown) => {
    if (typeof node === 'string') { if (node.length >= 6) values.push(node); }
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(record);
  return [...new Set(values)];
}

/** The sealed record as bytes could be read by anyone looking at the database. */
function views(sealed: SealedRecord): string[] {
  const bytes = [...sealed.iv, ...sealed.ciphertext];
  return [String.fromCharCode(...bytes), new TextDecoder().decode(new Uint8Array(bytes)), toBase64(new Uint8Array(bytes)), JSON.stringify({ ...sealed, iv: null, ciphertext: null })];
}

describe('sealed records (the lock at rest)', () => {
  let key: CryptoKey;
  let recoveryCode: string;
  let header: Awaited<ReturnType<typeof createLock>>['header'];
  beforeAll(async () => {
    ({ dataKey: key, recoveryCode, header } = await createLock('lock passphrase'));
  }, 60_000);

  it('keeps nothing but the id in clear', async () => {
    for (const record of records) {
      const sealed = await sealRecord(key, record);
      expect(Object.keys(sealed).sort()).toEqual(['ciphertext', 'id', 'iv', 'v']);
      expect(sealed.id).toBe(record.child.id);
      expect(sealed.iv).toHaveLength(12);
      const leaked = plaintextValues(record).filter((value) => value !== record.child.id && views(sealed).some((view) => view.includes(value)));
      expect(leaked).toEqual([]);
    }
  });

  it('opens what it sealed, with the key unlocked later by the recovery code', async () => {
    const sealed = await Promise.all(records.map((r) => sealRecord(key, r)));
    const unlocked = await unlockWithRecoveryCode(header, recoveryCode);
    expect(await Promise.all(sealed.map((s) => openRecord(unlocked, s)))).toEqual(records);
  }, 60_000);

  it('pads to a size bucket: a short and a long record seal to the same size; more text, the next power of two', async () => {
    const short = childRecord('Al');
    const long = childRecord('Maximilienne');
    long.child.voice.worries = 'w'.repeat(2000);
    const sizes = await Promise.all([short, long].map(async (r) => (await sealRecord(key, r)).ciphertext.length));
    expect(sizes[0]).toBe(4096 + 16); // the GCM tag
    expect(sizes[1]).toBe(sizes[0]);
    long.child.voice.worries = 'w'.repeat(5000);
    expect((await sealRecord(key, long)).ciphertext.length).toBe(8192 + 16);
    expect(await openRecord(key, await sealRecord(key, long))).toEqual(long);
  });

  it('uses a fresh IV each time', async () => {
    const a = await sealRecord(key, records[0]!);
    const b = await sealRecord(key, records[0]!);
    expect(a.iv).not.toEqual(b.iv);
    expect(a.ciphertext).not.toEqual(b.ciphertext);
  });

  it('refuses another key, and a ciphertext moved under another child\'s id', async () => {
    const sealed = await sealRecord(key, records[0]!);
    const otherKey = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    await expect(openRecord(otherKey, sealed)).rejects.toBeInstanceOf(WrongSecretError);
    await expect(openRecord(key, { ...sealed, id: records[1]!.child.id })).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('leaves no plaintext in IndexedDB when sealed first and written in one transaction', async () => {
    const db = await openDB('sealed-pattern-test', 1, { upgrade: (d) => { d.createObjectStore('children', { keyPath: 'id' }); } });
    // The pattern: all crypto first, then one transaction that awaits nothing but IndexedDB.
    const sealed = await Promise.all(records.map((r) => sealRecord(key, r)));
    const tx = db.transaction('children', 'readwrite');
    await Promise.all([...sealed.map((s) => tx.store.put(s)), tx.done]);
    const stored = (await db.getAll('children')) as SealedRecord[];
    expect(stored).toHaveLength(records.length);
    for (const [i, record] of records.entries()) {
      const row = stored.find((s) => s.id === record.child.id)!;
      expect(plaintextValues(record).filter((v) => v !== record.child.id && views(row).some((view) => view.includes(v)))).toEqual([]);
      expect(await openRecord(key, row)).toEqual(records[i]);
    }
    db.close();
  });
});
