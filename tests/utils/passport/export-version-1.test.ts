// Export format 2 added each child's settings reviews. A file of format 1 — here the real file
// Chromium exported on 2026-11-21 (tests/fixtures/passport/README.md) — still imports, losing
// nothing: every child and item exactly as in the file, with no settings reviews.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExport, decryptExport, PASSPORT_VERSION, serializeExport, type EncryptedExport } from '../../../utils/passport/export-format';
import { importPassport, readPassportFile } from '../../../utils/passport/import';
import { memoryStore } from '../../fixtures/passport/memory-store';
import { childRecord } from './passport-fixtures';

const FIXTURE = join(import.meta.dirname, '../../fixtures/passport/chromium-export.encrypted.json');
const PASSPHRASE = 'seven quiet lanterns glow';
const SLOW = 60_000;

type Json = Record<string, unknown>;

describe('a file of export format 1', () => {
  it('is what the fixture holds: format 1, children without settings reviews', async () => {
    const inner = JSON.parse(await decryptExport(JSON.parse(readFileSync(FIXTURE, 'utf8')) as EncryptedExport, PASSPHRASE)) as Json;
    expect(inner.version).toBe(1);
    const children = inner.children as Json[];
    expect(children.length).toBeGreaterThan(0);
    for (const record of children) expect(Object.keys(record).sort()).toEqual(['agreements', 'celebrations', 'child', 'incidents']);
  }, SLOW);

  it('imports losslessly: every child and item as in the file, each child with no settings reviews', async () => {
    const text = readFileSync(FIXTURE, 'utf8');
    const inner = JSON.parse(await decryptExport(JSON.parse(text) as EncryptedExport, PASSPHRASE)) as { children: Json[] };
    const read = await readPassportFile(text, PASSPHRASE);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.version).toBe(PASSPORT_VERSION);
    expect(read.value.children).toEqual(inner.children.map((record) => ({ ...record, settingsReviews: [] })));

    const store = memoryStore();
    const imported = await importPassport(text, store, { passphrase: PASSPHRASE, strategy: 'merge' });
    expect(imported.status).toBe('imported');
    expect(await store.readAll()).toEqual(read.value.children);
  }, SLOW);

  it('reads a plain file of format 1 the same way', async () => {
    const record = childRecord('Léa');
    const { settingsReviews: _dropped, ...version1Record } = record;
    const file = { format: 'vigie-passport', version: 1, exportedAt: '2025-02-01T00:00:00.000Z', children: [version1Record] };
    const read = await readPassportFile(JSON.stringify(file));
    expect(read.ok && read.value.children).toEqual([{ ...record, settingsReviews: [] }]);
  });
});

describe('a file of export format 2', () => {
  it('carries each child\'s settings reviews and reads them back', async () => {
    const record = childRecord('Léa');
    expect(record.settingsReviews.length).toBe(1);
    const read = await readPassportFile(serializeExport(buildExport([record], new Date('2025-02-01T00:00:00Z'))));
    expect(read.ok && read.value.children[0]!.settingsReviews).toEqual(record.settingsReviews);
  });

  it('refuses a child without settingsReviews, naming the place', async () => {
    const { settingsReviews: _dropped, ...withoutReviews } = childRecord('Léa');
    const file = { format: 'vigie-passport', version: 2, exportedAt: '2025-02-01T00:00:00.000Z', children: [withoutReviews] };
    const read = await readPassportFile(JSON.stringify(file));
    expect(read.ok ? undefined : read.problem).toEqual({ code: 'missingField', path: 'children[0].settingsReviews' });
  });

  it('refuses a review whose count of done items is more than its total', async () => {
    const record = childRecord('Léa');
    record.settingsReviews[0]!.done = record.settingsReviews[0]!.total + 1;
    const read = await readPassportFile(serializeExport(buildExport([record], new Date('2025-02-01T00:00:00Z'))));
    expect(read.ok ? undefined : read.problem.path).toBe('children[0].settingsReviews[0].done');
  });
});
