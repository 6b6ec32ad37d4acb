// Benchmark hooks, bundled by tests/bench/measures/passport.mjs (esbuild, IIFE `vigieBenchHousehold`)
// and evaluated inside the extension's passport page, so they use that page's IndexedDB and the
// passport's own code, never a back door:
// - seedHousehold: the deterministic test household written by the store's writeChildRecords
//   (the function an import uses), replacing the whole passport;
// - exportHousehold: what the page's "Export" does with a plain file — read every record with
//   the store, build and serialise the file with export-format.ts, hand a Blob to the browser as
//   a download — and returns the file's name and size.
// Bench-only: nothing in the product imports this module.
import { makeHousehold, type HouseholdSize } from '../fixtures/passport/household';
import { buildExport, exportFileName, serializeExport } from '../../utils/passport/export-format';
import { readAllChildRecords, writeChildRecords } from '../../utils/passport/store';

export async function seedHousehold(size: HouseholdSize): Promise<{ children: number }> {
  const records = makeHousehold(size);
  await writeChildRecords(records, 'replace-all');
  return { children: records.length };
}

export async function exportHousehold(): Promise<{ name: string; bytes: number }> {
  const now = new Date();
  const file = buildExport(await readAllChildRecords(), now);
  const blob = new Blob([serializeExport(file)], { type: 'application/json' });
  const name = exportFileName(file, now);
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
  } finally {
    // The download has taken its own reference by now; the page's is no longer needed.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
  return { name, bytes: blob.size };
}
