// Where the extension's IndexedDB lives on disk, and how a whole copy of it is thrown away.
//
// Deleting rows does not remove their bytes from the browser's files: Chromium keeps every
// database of an origin in one LevelDB, which only appends (a deleted row, or a whole deleted
// database, stays in its log and table files until a compaction happens to rewrite them; measured
// with Chromium 156). A storage bucket (https://wicg.github.io/storage-buckets/) has a LevelDB of
// its own, and deleting the bucket removes its folder. Firefox keeps each database in a SQLite
// file of its own, deleted with the database. So the database lives in a numbered "place": in
// Chromium the bucket `vigie-<n>`, elsewhere the database `vigie` (0) or `vigie-<n>`; moving to
// the next place and deleting the previous one (db.ts, rewriteDatabase) leaves nothing behind.
// A first install of Chromium starts in a bucket; a passport written by an earlier version of
// Vigie stays in the origin's own LevelDB (place 0) until it moves, and what was deleted there
// may stay in that LevelDB's files until Chromium compacts it.

/** The part of the Storage Buckets API used here (not in TypeScript's DOM types yet). */
interface StorageBucketManager {
  open(name: string): Promise<{ indexedDB: IDBFactory }>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<void>;
}

export interface Place {
  generation: number;
  factory: IDBFactory;
  /** The bucket holding the database, in browsers that have buckets (never for place 0). */
  bucket?: string;
}

const BASE = 'vigie';

/** The setting a rewrite's copy carries: the generation it was copied from. */
export const COPIED_FROM = 'storage.copiedFrom';
const NUMBERED = /^vigie(?:-(\d{1,9}))?$/;

const buckets = (): StorageBucketManager | undefined =>
  (globalThis.navigator as (Navigator & { storageBuckets?: StorageBucketManager }) | undefined)?.storageBuckets;

const generationOf = (name: string): number | undefined => {
  const match = NUMBERED.exec(name);
  return match ? Number(match[1] ?? 0) : undefined;
};

/** The database's name inside its place. */
export const databaseName = (place: Place): string => (place.bucket || place.generation === 0 ? BASE : `${BASE}-${place.generation}`);

const bucketName = (generation: number) => `${BASE}-${generation}`;

async function placeAt(generation: number): Promise<Place> {
  const manager = buckets();
  if (manager && generation > 0) {
    const bucket = bucketName(generation);
    return { generation, bucket, factory: (await manager.open(bucket)).indexedDB };
  }
  return { generation, factory: indexedDB };
}

const holdsDatabase = async (factory: IDBFactory, name: string) => (await factory.databases()).some((info) => info.name === name);

/**
 * Every place that holds a Vigie database now, by generation. A bucket without its database (a
 * rewrite stopped before its copy was committed) does not count.
 */
async function existingGenerations(): Promise<number[]> {
  const manager = buckets();
  const inOrigin = (await indexedDB.databases()).map((info) => generationOf(info.name ?? '')).filter((g): g is number => g !== undefined);
  if (!manager) return inOrigin;
  const inBuckets: number[] = [];
  for (const generation of (await manager.keys()).map(generationOf)) {
    if (generation && (await holdsDatabase((await manager.open(bucketName(generation))).indexedDB, BASE))) inBuckets.push(generation);
  }
  return [...inOrigin.filter((g) => g === 0), ...inBuckets];
}

/** The newest place; a first install starts in a bucket where the browser has them. */
export async function currentPlace(): Promise<Place> {
  const generations = await existingGenerations();
  if (generations.length > 0) return placeAt(Math.max(...generations));
  return placeAt(buckets() ? 1 : 0);
}

export const nextPlace = (place: Place): Promise<Place> => placeAt(place.generation + 1);

/** Deletes a place's database, and its bucket with its files. */
export async function removePlace(place: Place): Promise<void> {
  const manager = buckets();
  if (place.bucket && manager) return manager.delete(place.bucket);
  const name = databaseName(place);
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

/**
 * Left behind when a rewrite stopped between its copy and its last step (the browser closed):
 * deleted once the current place is known to be a whole copy (db.ts writes COPIED_FROM in the
 * copy's own transaction).
 */
export async function removeOlderPlaces(current: Place): Promise<void> {
  for (const generation of await existingGenerations()) {
    if (generation < current.generation) await removePlace(await placeAt(generation));
  }
}
