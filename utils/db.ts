// The extension's IndexedDB: opened only in the extension's origin (background, popup, passport
// page). A content script must never import this module: its IndexedDB would be the web page's.
// One lazily opened connection; each schema version has one migration step, tested from every
// earlier version in tests/utils/db.test.ts. Nothing but IndexedDB is awaited inside a
// transaction (no crypto, no messaging): a transaction auto-commits as soon as it is idle.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Bytes } from './base64';
import type { Agreement, Celebration, Child, Incident } from './passport/types';

export const DB_NAME = 'vigie';

/** A ticked checklist item, keyed by `${platform}/${pageKey}/${audience}`. */
export interface ProgressRecord {
  key: string;
  /** item id → ISO date it was ticked */
  ticked: Record<string, string>;
  /** ISO date of the last full review of this page, if every item was ticked */
  reviewedAt?: string;
  /** the rule pack guidance version the review was made against */
  guidanceVersion?: string;
}

/** A form being written in the passport page, kept so that a reload loses nothing. */
export interface DraftRecord {
  /** Which form, e.g. "agreement-new/<childId>" or "incident/<incidentId>". */
  key: string;
  /** The child the draft is about (absent for a new child), so deleting a child deletes its drafts. */
  childId?: string;
  /** The form as typed; absent while the passport is locked (then `sealed` holds it). */
  form?: unknown;
  /** With the lock on: the form, encrypted with the data key (utils/passport/lock-drafts.ts). */
  sealed?: { iv: Bytes; ciphertext: Bytes };
  savedAt: string;
}

/**
 * With the lock on, one child's whole record, encrypted (utils/passport/sealed-record.ts). In
 * clear: the child's random id, and the review schedule (agreement ids and due days, nothing
 * else) so the background can set review reminders without the passphrase.
 */
export interface VaultRecord {
  id: string;
  /** Format of the sealed payload (SEALED_RECORD_VERSION). */
  v: 1;
  iv: Bytes;
  ciphertext: Bytes;
  reviewsDue: Array<{ agreementId: string; due: string }>;
}

export interface VigieSchema extends DBSchema {
  /** Small preferences: country, language, panel collapsed per platform, last export date… */
  settings: { key: string; value: unknown };
  progress: { key: string; value: ProgressRecord };
  /** Since version 2: the family passport, one record per child and per child's item. */
  children: { key: string; value: Child };
  agreements: { key: string; value: Agreement; indexes: { byChild: string } };
  incidents: { key: string; value: Incident; indexes: { byChild: string } };
  celebrations: { key: string; value: Celebration; indexes: { byChild: string } };
  drafts: { key: string; value: DraftRecord; indexes: { byChild: string } };
  /** Since version 3: the children's records while the passport is locked (empty otherwise). */
  vault: { key: string; value: VaultRecord };
}

export type VigieDB = IDBPDatabase<VigieSchema>;
export type VigieStore = StoreNames<VigieSchema>;

/** Migration steps, index = the version they upgrade to, minus one. Never edit a shipped step. */
type Migration = (db: VigieDB, tx: IDBPTransaction<VigieSchema, VigieStore[], 'versionchange'>) => void;
const migrations: Migration[] = [
  // 1: settings and checklist progress.
  (db) => {
    db.createObjectStore('settings');
    db.createObjectStore('progress', { keyPath: 'key' });
  },
  // 2: the family passport. Items are indexed by child so that a child's record is read, and
  // deleted, in one transaction.
  (db) => {
    db.createObjectStore('children', { keyPath: 'id' });
    db.createObjectStore('agreements', { keyPath: 'id' }).createIndex('byChild', 'childId');
    db.createObjectStore('incidents', { keyPath: 'id' }).createIndex('byChild', 'childId');
    db.createObjectStore('celebrations', { keyPath: 'id' }).createIndex('byChild', 'childId');
    db.createObjectStore('drafts', { keyPath: 'key' }).createIndex('byChild', 'childId');
  },
  // 3: the lock at rest. While it is on, the four record stores above are empty and each child's
  // record is sealed here; the lock's header is a setting (utils/passport/lock-state.ts).
  (db) => {
    db.createObjectStore('vault', { keyPath: 'id' });
  },
];

export const DB_VERSION = migrations.length;

/** The passport's stores in clear, in the order a whole-passport transaction names them. */
export const PASSPORT_STORES = ['children', 'agreements', 'incidents', 'celebrations', 'drafts'] as const;
/** Every store that can hold something about a child (what the lock must keep free of plaintext). */
export const ALL_PASSPORT_STORES = [...PASSPORT_STORES, 'vault'] as const;

let connection: Promise<VigieDB> | undefined;
const replacedListeners = new Set<() => void>();

/**
 * Called when a newer version of Vigie (another tab, after an update) needs this page's
 * connection closed: the page should ask for a reload rather than keep writing.
 */
export function onDatabaseReplaced(listener: () => void): () => void {
  replacedListeners.add(listener);
  return () => replacedListeners.delete(listener);
}

export function openVigieDB(name = DB_NAME, version = DB_VERSION): Promise<VigieDB> {
  const opening: Promise<VigieDB> = openDB<VigieSchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) migrations[v]?.(db, tx);
    },
    // An old connection elsewhere is told to close (`blocking` below), so this open waits only
    // until it does; nothing to do here.
    blocked() {},
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      if (connection === opening) {
        connection = undefined;
        for (const listener of replacedListeners) listener();
      }
    },
    terminated() {
      if (connection === opening) connection = undefined;
    },
  });
  return opening;
}

/** The shared connection, opened on first use. */
export function db(): Promise<VigieDB> {
  if (!connection) {
    const opening = openVigieDB();
    connection = opening;
    // A failed open (e.g. a newer version is installed) must not poison later attempts.
    opening.catch(() => {
      if (connection === opening) connection = undefined;
    });
  }
  return connection;
}

/** For tests: forget the shared connection (after closing it). */
export async function resetConnection(): Promise<void> {
  const open = connection;
  connection = undefined;
  if (open) (await open.catch(() => undefined))?.close();
}

export async function getSetting<T>(key: string): Promise<T | undefined> {
  return (await (await db()).get('settings', key)) as T | undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await (await db()).put('settings', value, key);
}
