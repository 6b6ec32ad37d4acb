// The extension's IndexedDB: opened only in the extension's origin (background, popup, passport
// page). A content script must never import this module: its IndexedDB would be the web page's.
// One lazily opened connection; each schema version has one migration step, tested from every
// earlier version in tests/utils/db.test.ts.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

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

export interface VigieSchema extends DBSchema {
  /** Small preferences: country, language, panel collapsed per platform, last export date… */
  settings: { key: string; value: unknown };
  progress: { key: string; value: ProgressRecord };
}

export type VigieDB = IDBPDatabase<VigieSchema>;

/** Migration steps, index = the version they upgrade to, minus one. */
type Migration = (db: IDBPDatabase<VigieSchema>) => void;
const migrations: Migration[] = [
  (db) => {
    db.createObjectStore('settings');
    db.createObjectStore('progress', { keyPath: 'key' });
  },
];

export const DB_VERSION = migrations.length;

let connection: Promise<VigieDB> | undefined;

export function openVigieDB(name = DB_NAME, version = DB_VERSION): Promise<VigieDB> {
  return openDB<VigieSchema>(name, version, {
    upgrade(db, oldVersion, newVersion) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) migrations[v]?.(db);
    },
    // Another tab (an old passport page) holds the database open at an older version: it is told
    // to close (`blocking` below), so this open waits only until it does.
    blocked() {},
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
      connection = undefined;
    },
    terminated() {
      connection = undefined;
    },
  });
}

/** The shared connection, opened on first use. */
export function db(): Promise<VigieDB> {
  connection ??= openVigieDB();
  return connection;
}

/** For tests: forget the shared connection (after closing it). */
export async function resetConnection(): Promise<void> {
  const open = connection;
  connection = undefined;
  if (open) (await open).close();
}

export async function getSetting<T>(key: string): Promise<T | undefined> {
  return (await (await db()).get('settings', key)) as T | undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await (await db()).put('settings', value, key);
}
