// ── utils/storage: what is kept, and how it is sealed ──────────────────────────────────────────
// Owns the extension's IndexedDB (this file: connection, migrations, settings), the cryptography
// (crypto.ts, crypto-lock.ts) and base64.ts. Imports nothing of Vigie's: each part declares the
// records it keeps (guide/progress-record.ts, passport/schema.ts). Imported by guide, help and
// passport; never by a content script.
//
// The extension's IndexedDB: opened only in the extension's origin (background, popup, passport
// page). A content script must never import this module: its IndexedDB would be the web page's.
// One lazily opened connection, to the database in its current place (places.ts: a numbered
// storage bucket in Chromium, a numbered database elsewhere), which rewriteDatabase moves to the
// next place; each schema version has one migration step, tested from every earlier version in
// tests/utils/storage/db.test.ts. Nothing but IndexedDB is awaited inside a
// transaction (no crypto, no messaging): a transaction auto-commits as soon as it is idle.
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { COPIED_FROM, currentPlace, databaseName, nextPlace, removeOlderPlaces, removePlace } from './places';

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
  // 4: settings reviews in the passport, by child. Progress made for a child is kept under keys of
  // its own (utils/guide/progress-record.ts); the progress kept before stays as it was, the
  // ticks "not linked to a child".
  (db) => {
    db.createObjectStore('settingsReviews', { keyPath: 'id' }).createIndex('byChild', 'childId');
  },
];

export const DB_VERSION = migrations.length;

let connection: Promise<VigieDB> | undefined;
/** The database `connection` resolved to, so that its own events can tell it is the shared one. */
let shared: VigieDB | undefined;
const replacedListeners = new Set<() => void>();

/**
 * Called when a newer version of Vigie (another tab, after an update) needs this page's
 * connection closed: the page should ask for a reload rather than keep writing. Not called in the
 * page that rewrites the database itself (rewriteDatabase).
 */
export function onDatabaseReplaced(listener: () => void): () => void {
  replacedListeners.add(listener);
  return () => replacedListeners.delete(listener);
}

type Upgrade = IDBPTransaction<VigieSchema, VigieStore[], 'versionchange'>;

/**
 * Opens a database of `factory` (the origin's, or a storage bucket's, see places.ts) at
 * `version`, running the migrations; `fill` runs last inside the same upgrade transaction.
 */
function openIn(factory: IDBFactory, name: string, version: number, fill?: (tx: Upgrade) => void): Promise<VigieDB> {
  const request = factory.open(name, version);
  request.onupgradeneeded = (event) => {
    const db = wrap(request.result) as unknown as VigieDB;
    const tx = wrap(request.transaction!) as unknown as Upgrade;
    for (let v = event.oldVersion; v < version; v++) migrations[v]?.(db, tx);
    fill?.(tx);
  };
  const opening = (wrap(request) as unknown as Promise<VigieDB>).then((db) => {
    // An old connection is told to close when a newer version opens or the database is deleted;
    // this open waits until it does.
    db.addEventListener('versionchange', () => {
      db.close();
      if (forget(db)) for (const listener of replacedListeners) listener();
    });
    // Closed by the browser (its storage deleted, a bucket removed): open again on next use.
    db.addEventListener('close', () => void forget(db));
    return db;
  });
  return opening;
}

/** Forgets the shared connection if it is `db`; true if it was. */
function forget(db: VigieDB): boolean {
  if (shared !== db) return false;
  shared = undefined;
  connection = undefined;
  return true;
}

/** Opens a database of the origin's own storage by name (for migrations' tests). */
export function openVigieDB(name = DB_NAME, version = DB_VERSION): Promise<VigieDB> {
  return openIn(indexedDB, name, version);
}

/** The shared connection, opened on first use, in the current place (places.ts). */
export function db(): Promise<VigieDB> {
  if (!connection) {
    const opening = currentPlace().then(async (place) => {
      const opened = await openIn(place.factory, databaseName(place), DB_VERSION);
      if (connection === opening) shared = opened;
      if ((await opened.get('settings', COPIED_FROM)) !== undefined) void removeOlderPlaces(place).catch(() => undefined);
      return opened;
    });
    connection = opening;
    // A failed open (e.g. a newer version is installed) must not poison later attempts.
    opening.catch(() => {
      if (connection === opening) connection = undefined;
    });
  }
  return connection;
}

/**
 * Copies everything into a new place, then deletes the old one with its files, so that what was
 * deleted from the database (rows in clear, before the lock was turned on) does not stay in the
 * browser's files until it happens to compact them. The copy is made in the new database's
 * upgrade transaction: it exists whole or not at all. A write made by another page between the
 * copy and the deletion (a tick in the background, within a few milliseconds) is lost.
 */
export async function rewriteDatabase(): Promise<void> {
  const from = await currentPlace();
  const old = await db();
  const names = [...old.objectStoreNames];
  const tx = old.transaction(names, 'readonly');
  const copies = await Promise.all(names.map(async (name) => {
    const store = tx.objectStore(name);
    const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()]);
    return { name, inline: store.keyPath !== null, keys, values };
  }));
  await tx.done;
  const to = await nextPlace(from);
  const opening = openIn(to.factory, databaseName(to), DB_VERSION, (upgrade) => {
    for (const { name, inline, keys, values } of copies) {
      const store = upgrade.objectStore(name as VigieStore);
      values.forEach((value, i) => void (inline ? store.put(value) : store.put(value, keys[i] as never)));
    }
    void upgrade.objectStore('settings').put(from.generation, COPIED_FROM);
  });
  shared = await opening;
  connection = opening;
  old.close();
  await removePlace(from);
}

/** For tests: forget the shared connection (after closing it). */
export async function resetConnection(): Promise<void> {
  const open = connection;
  connection = undefined;
  shared = undefined;
  if (open) (await open.catch(() => undefined))?.close();
}

export async function getSetting<T>(key: string): Promise<T | undefined> {
  return (await (await db()).get('settings', key)) as T | undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await (await db()).put('settings', value, key);
}
