// The import's view of the real passport store (utils/passport/import.ts, PassportStore): each
// method is ONE transaction through writeChildRecords, in clear or under the lock alike. Runs in
// the passport page (and in the fake-indexeddb tests).
import type { PassportStore } from './import';
import { readAllChildRecords, writeChildRecords } from './store';

export const passportStore: PassportStore = {
  readAll: readAllChildRecords,
  replaceAll: (records) => writeChildRecords(records, 'replace-all'),
  // The plan gives each merged child's complete state, a superset of what it read: putting it
  // (`merge`) also keeps an item another tab added since, where `replace` would delete it.
  merge: (records) => writeChildRecords(records, 'merge'),
};
