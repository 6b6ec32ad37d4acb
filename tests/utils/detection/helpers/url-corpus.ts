// Reads the URL corpora (tab-separated: platform, context, url, source, notes) for the detector's
// tests. The shared corpus is copied into tests/fixtures/urls/ so the tests never depend on the
// shared folder; when that folder sits beside the repository (the lead's machine, CI), rows added
// there since the copy are read too.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Context } from '../../../../utils/taxonomy';

export const REPO_ROOT = resolve(import.meta.dirname, '../../../..');
export const SHARED_COPY = resolve(REPO_ROOT, 'tests/fixtures/urls/settings-urls.tsv');
export const SHARED_ORIGINAL = resolve(REPO_ROOT, '../shared/fixtures/settings-urls.tsv');
export const OWN_CORPUS = resolve(REPO_ROOT, 'tests/fixtures/urls/corpus.tsv');
/** Real URLs gathered after the packs were written and scored before any rule was fixed for them. */
export const HELDOUT_CORPUS = resolve(REPO_ROOT, 'tests/fixtures/urls/heldout.tsv');

/** The corpus's page kinds, as DESIGN.md's contexts (null: not a settings page). */
export const CONTEXT_OF_LABEL: Record<string, Context | null> = {
  'account-settings': 'account',
  'privacy-settings': 'privacy',
  'safety-settings': 'safety',
  'blocking-reporting': 'safety',
  'messaging-settings': 'messaging',
  'group-settings': 'group',
  'page-settings': 'page',
  'parental-supervision': 'supervision',
  'report-flow': 'report',
  'not-a-settings-page': null,
};

export interface CorpusRow {
  platform: string;
  label: string;
  context: Context | null;
  url: string;
  source: string;
  notes: string;
  file: string;
  line: number;
}

export function readCorpus(file: string): CorpusRow[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const header = lines[0]?.split('\t') ?? [];
  if (header.join(',') !== 'platform,context,url,source,notes') throw new Error(`${file}: unexpected header ${header.join(',')}`);
  const rows: CorpusRow[] = [];
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const [platform = '', label = '', url = '', source = '', notes = ''] = line.split('\t');
    if (!(label in CONTEXT_OF_LABEL)) throw new Error(`${file}:${index + 2}: unknown context label "${label}"`);
    rows.push({ platform, label, context: CONTEXT_OF_LABEL[label] ?? null, url, source, notes, file, line: index + 2 });
  });
  return rows;
}

/** The shared corpus: the copy, plus rows of the original (when present) that the copy lacks. */
export function readSharedCorpus(): CorpusRow[] {
  const copy = readCorpus(SHARED_COPY);
  if (!existsSync(SHARED_ORIGINAL)) return copy;
  const known = new Set(copy.map((row) => row.url));
  return [...copy, ...readCorpus(SHARED_ORIGINAL).filter((row) => !known.has(row.url))];
}
