// Helpers for the passport portability tests in real Chromium: a small household with texts that
// can be searched for, written into the extension's IndexedDB from the passport page, and a dump
// of every store of that database (bytes shown as text too, so plaintext stored as bytes would be
// found) to check what is left at rest.
import type { Page } from 'playwright-core';
import type { ChildRecord } from '../../utils/passport/types';
import { databasePlace } from './vigie-database';

type Buckets = { storageBuckets: { open(name: string): Promise<{ indexedDB: IDBFactory }> } };

const stamp = '2025-01-10T09:00:00.000Z';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** Texts that must never be found in IndexedDB while the lock is on (each long enough not to turn up by chance). */
export const SECRETS = {
  firstName: 'Zéphyrine',
  secondName: 'Octavius',
  words: 'Tablets sleep in the kitchen after nine',
  incident: 'A stranger in the game chat asked for a selfie',
  voice: 'I love drawing comics with my cousin',
  celebration: 'Won the school coding contest',
  adult: 'Bernadette Ouedraogo',
};

export function household(): ChildRecord[] {
  const first = 'zephyrine-0001';
  const second = 'octavius-0002';
  return [
    {
      child: {
        id: first, name: SECRETS.firstName, ageBand: '11-12',
        adults: [{ id: 'adult-1', name: SECRETS.adult, role: 'carer' }], voiceSharedWith: ['adult-1'],
        devices: ['tablet'], accounts: [{ id: 'account-1', platform: 'roblox', handle: 'zeph_builds', notes: '' }], appsAndGames: ['Minecraft'],
        voice: { likes: SECRETS.voice, dislikes: '', goingWell: '', notGoingWell: '', worries: '', learned: '', hopes: '', writtenBy: 'child', updatedAt: stamp },
        createdAt: stamp, updatedAt: stamp,
      },
      agreements: [{
        id: 'agreement-0001', childId: first, topic: 'time-online', words: SECRETS.words, agreedBy: [SECRETS.firstName, SECRETS.adult],
        agreedOn: daysAgo(10), reviewEveryDays: 30, reviews: [], createdAt: stamp, updatedAt: stamp,
      }],
      incidents: [{
        id: 'incident-0001', childId: first, occurredAt: '2025-01-08T18:30', platform: 'roblox', whatHappened: SECRETS.incident,
        whoWasTold: SECRETS.adult, reportedTo: ['platform'], outcome: 'Blocked.', followUp: '', evidence: [], createdAt: stamp, updatedAt: stamp,
      }],
      celebrations: [{ id: 'celebration-0001', childId: first, date: '2025-01-09', text: SECRETS.celebration, createdAt: stamp }],
      settingsReviews: [{
        id: 'settings-review-0001', childId: first, platform: 'instagram', pageId: 'privacy', audience: 'carer', checkedAt: stamp,
        completedAt: stamp, guidanceVersion: '2026-11', done: 2, total: 2, itemsLeft: [], createdAt: stamp, updatedAt: stamp,
      }],
    },
    {
      child: {
        id: second, name: SECRETS.secondName, ageBand: '8-10', adults: [], voiceSharedWith: [], devices: [], accounts: [], appsAndGames: [],
        voice: { likes: '', dislikes: '', goingWell: '', notGoingWell: '', worries: '', learned: '', hopes: '' },
        createdAt: stamp, updatedAt: stamp,
      },
      agreements: [], incidents: [], celebrations: [], settingsReviews: [],
    },
  ];
}

/** Writes records into the passport's stores in clear, from a passport page that has opened the database. */
export async function seed(page: Page, records: ChildRecord[]): Promise<void> {
  const place = await databasePlace(page);
  return page.evaluate(
    async ({ records, place }) => {
      const factory = place.bucket ? (await (navigator as unknown as Buckets).storageBuckets.open(place.bucket)).indexedDB : indexedDB;
      return new Promise<void>((resolve, reject) => {
        const open = factory.open(place.name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['children', 'agreements', 'incidents', 'celebrations', 'settingsReviews'], 'readwrite');
          for (const { child, agreements, incidents, celebrations, settingsReviews } of records) {
            tx.objectStore('children').put(child);
            for (const a of agreements) tx.objectStore('agreements').put(a);
            for (const i of incidents) tx.objectStore('incidents').put(i);
            for (const c of celebrations) tx.objectStore('celebrations').put(c);
            for (const r of settingsReviews) tx.objectStore('settingsReviews').put(r);
          }
          tx.oncomplete = () => { db.close(); resolve(); };
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    { records, place },
  );
}

export interface Dump {
  /** Every store's records, JSON, with each byte array also written out as Latin-1 and UTF-8 text. */
  text: string;
  counts: Record<string, number>;
  settings: Record<string, unknown>;
}

/** Reads every store of the extension's database from an extension page. */
export async function dumpDatabase(page: Page): Promise<Dump> {
  const place = await databasePlace(page);
  return page.evaluate(
    async (place) => {
      const factory = place.bucket ? (await (navigator as unknown as Buckets).storageBuckets.open(place.bucket)).indexedDB : indexedDB;
      return new Promise<Dump>((resolve, reject) => {
        const open = factory.open(place.name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const stores: Record<string, { keys: IDBValidKey[]; values: unknown[] }> = {};
          for (const name of names) {
            const keys = tx.objectStore(name).getAllKeys();
            const values = tx.objectStore(name).getAll();
            keys.onsuccess = () => (stores[name] = { keys: keys.result, values: stores[name]?.values ?? [] });
            values.onsuccess = () => (stores[name] = { keys: stores[name]?.keys ?? [], values: values.result });
          }
          tx.oncomplete = () => {
            db.close();
            const bytes = (value: unknown): unknown => {
              if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
                const array = value instanceof ArrayBuffer ? new Uint8Array(value) : value;
                return { latin1: Array.from(array, (b) => String.fromCharCode(b)).join(''), utf8: new TextDecoder().decode(array) };
              }
              if (Array.isArray(value)) return value.map(bytes);
              if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bytes(v)]));
              return value;
            };
            const settings = Object.fromEntries((stores.settings?.keys ?? []).map((key, i) => [String(key), stores.settings!.values[i]]));
            resolve({
              text: JSON.stringify(bytes(stores)),
              counts: Object.fromEntries(names.map((name) => [name, stores[name]?.values.length ?? 0])),
              settings,
            });
          };
        };
      });
    },
    place,
  );
}

/** The secrets found in a dump (should be none while the lock is on). */
export const leakedSecrets = (dump: Dump) => Object.values(SECRETS).filter((secret) => dump.text.includes(secret) || dump.text.includes(JSON.stringify(secret).slice(1, -1)));
