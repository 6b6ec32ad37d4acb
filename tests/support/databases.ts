// Between tests: every IndexedDB database of the fake origin deleted, whatever place (name) the
// storage layer moved to (utils/storage/places.ts).
import { deleteDB } from 'idb';

export async function deleteEveryDatabase(): Promise<void> {
  for (const { name } of await indexedDB.databases()) if (name) await deleteDB(name);
}
