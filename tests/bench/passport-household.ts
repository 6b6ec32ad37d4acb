// Hooks for the passport benchmark (tests/bench/measures/passport.mjs): bundled with esbuild and
// run inside the passport page, so they use the page's real IndexedDB with the passport's own
// store and export code. seedHousehold writes a large household in one transaction;
// exportHousehold makes the export file exactly as the page's "Export the file" button does
// (read, build, serialise, read back with the importer's checks), without the download.
import { makeExportFile, type ExportFile } from '../../utils/passport/export-file';
import { writeChildRecords } from '../../utils/passport/store';
import { makeHousehold, type HouseholdSize } from '../fixtures/passport/household';

export async function seedHousehold(counts: HouseholdSize): Promise<void> {
  await writeChildRecords(makeHousehold(counts), 'replace-all');
}

export function exportHousehold(): Promise<ExportFile> {
  return makeExportFile();
}
