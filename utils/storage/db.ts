// ── utils/storage: what is kept, and how it is sealed ──────────────────────────────────────────
// Owns the extension's IndexedDB (this file: connection, migrations, settings), the cryptography
// (crypto.ts, crypto-lock.ts) and base64.ts. Imports nothing of Vigie's: each part declares the
// records it keeps (guide/progress-record.ts, passport/schema.ts). Imported by guide, help and
// passport; never by a content script.
//
// The extension's IndexedDB: opened only in the extension's origin (background, popup, passport
// page). A content script must never import this module: its IndexedDB would be the web page's.
// One lazily opened connection; each schema version has one migration step, tested from every
// earlier version in tests/utils/storage/db.test.ts. Nothing but IndexedDB is awaited inside a
// transaction (no crypto, no messaging): a transaction auto-commits as soon as it is idle.
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';

export const DB_NAME = 'vigie';

/**
 * The stores, by name. Each part of Vigie declares the stores it owns by augmenting this interface
 * (`declare module '../storage/db'`), as the messages do with `Protocol`: guidance progress in
 * utils/guide/progress-record.ts, the family passport in utils/passport/schema.ts. So this layer
 * knows the layout on disk (the migrations below) but none of the parts' record types.
 */
export interface VigieSchema extends DBSchema {
  /** Small preferences: country, language, panel collapsed per platform, last export date… */
  settings: { key: string; value: unknown };
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
