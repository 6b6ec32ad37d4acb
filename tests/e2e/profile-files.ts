// Reading what a browser left in its profile folder: every file, recursively, all bytes, searched
// for strings written as UTF-8, Latin-1, UTF-16LE and UTF-16BE (Chromium's IndexedDB writes a
// short string as Latin-1 and a key as UTF-16BE; session files write titles as UTF-16LE).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

function encodings(text: string): Buffer[] {
  const utf16le = Buffer.from(text, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  const forms = [Buffer.from(text, 'utf8'), utf16le, utf16be];
  if ([...text].every((c) => c.charCodeAt(0) < 256)) forms.push(Buffer.from(text, 'latin1'));
  return forms;
}

/** Each needle found, with the files (relative to `dir`) that hold it. */
export function findInFiles(dir: string, needles: readonly string[], only: (path: string) => boolean = () => true): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const forms = needles.map((needle) => [needle, encodings(needle)] as const);
  for (const path of filesUnder(dir)) {
    if (!only(relative(dir, path))) continue;
    const bytes = readFileSync(path);
    for (const [needle, encoded] of forms) {
      if (encoded.some((form) => bytes.includes(form))) (found[needle] ??= []).push(relative(dir, path));
    }
  }
  return found;
}
