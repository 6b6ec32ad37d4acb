// Making an export file of this browser's passport (one child or the whole household), in clear
// or encrypted with a passphrase. Runs in the passport page; the file is handed to the browser's
// downloads by utils/passport/download.ts, and the date is remembered by backup.ts.
//
// Every file is read back with the importer's own checks before it is offered: a file that this
// Vigie (or the other browser's build: the format is the same) could not import is never made.
import { buildExport, encryptExport, exportFileName, serializeExport } from './export-format';
import type { ImportProblem } from './import-problems';
import { readPassportText } from './import-validate';
import { PassportError, readAllChildRecords, readChildRecord } from './store';

/** The export would not import: names the first problem (a bug, or data saved by an older build). */
export class ExportCheckError extends Error {
  override readonly name = 'ExportCheckError';
  constructor(readonly problem: ImportProblem) {
    super(`export check failed: ${problem.code} at ${problem.path}`);
  }
}

export interface ExportFile {
  name: string;
  text: string;
  children: number;
}

/** `childId`: one child (else the household). `passphrase`: encrypt (PBKDF2 + AES-GCM, a second or so). */
export async function makeExportFile(options: { childId?: string; passphrase?: string } = {}, now: Date = new Date()): Promise<ExportFile> {
  let records;
  if (options.childId === undefined) {
    records = await readAllChildRecords();
  } else {
    const record = await readChildRecord(options.childId);
    if (!record) throw new PassportError('not-found');
    records = [record];
  }
  const plain = buildExport(records, now);
  const text = serializeExport(plain);
  const check = readPassportText(text);
  if (!check.ok) throw new ExportCheckError(check.problem);
  if (options.passphrase === undefined) return { name: exportFileName(plain, now), text, children: records.length };
  const envelope = await encryptExport(plain, options.passphrase);
  return { name: exportFileName(envelope, now), text: serializeExport(envelope), children: records.length };
}
