// The JSON Schema shipped in the build (public/passport-export.schema.json) and the importer must
// agree: both accept every valid file; both refuse every file broken in a way a schema can
// express; and the few problems only the importer can see are listed here explicitly.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import schema from '../../../public/passport-export.schema.json';
import { KDF_ITERATIONS, MAX_KDF_ITERATIONS } from '../../../utils/storage/crypto';
import { buildExport, encryptExport, serializeExport } from '../../../utils/passport/export-format';
import { IMPORT_LIMITS, TEXT_RULES } from '../../../utils/passport/import-validate-record';
import { readPassportText } from '../../../utils/passport/import-validate';
import { ADULT_ROLES, AGE_BANDS, AGREEMENT_TOPICS, REPORT_TARGETS, SERVICE_REF, SERVICE_REF_MAX_LENGTH } from '../../../utils/passport/types';
import { AUDIENCES, PLATFORM_IDS } from '../../../utils/taxonomy';
import { validRecords } from '../../fixtures/passport/arbitraries';
import { makeHousehold } from '../../fixtures/passport/household';
import { breakFile, duplicateId } from '../../fixtures/passport/mutations';
import { checkSchema } from '../../support/json-schema-lite';

type Json = Record<string, unknown>;
const defs = schema.$defs as unknown as Record<string, Json & { properties: Record<string, Json> }>;
const asImporterSees = (file: unknown) => JSON.parse(JSON.stringify(file)) as unknown;
const validatorAccepts = (file: unknown) => readPassportText(JSON.stringify(file)).ok;
const schemaAccepts = (file: unknown) => checkSchema(schema as unknown as Json, asImporterSees(file)) === undefined;
const validFile = validRecords(3).map((records) => JSON.parse(serializeExport(buildExport(records))) as Json);

describe('the schema says what the code says', () => {
  it('lists the same allowed values', () => {
    expect(defs.child!.properties.ageBand!.enum).toEqual([...AGE_BANDS]);
    expect(defs.adult!.properties.role!.enum).toEqual([...ADULT_ROLES]);
    expect(defs.agreement!.properties.topic!.enum).toEqual([...AGREEMENT_TOPICS]);
    const reportedTo = (defs.incident!.properties.reportedTo!.items as { oneOf: Json[] }).oneOf;
    expect(reportedTo[0]!.enum).toEqual([...REPORT_TARGETS]);
    expect(reportedTo[1]!.pattern).toBe(SERVICE_REF.source);
    expect(reportedTo[1]!.maxLength).toBe(SERVICE_REF_MAX_LENGTH);
    expect(defs.platform!.enum).toEqual([...PLATFORM_IDS, 'other']);
    expect(defs.incident!.properties.platform!.enum).toEqual([...PLATFORM_IDS, 'other', '']);
    expect(defs.settingsReview!.properties.platform!.enum).toEqual([...PLATFORM_IDS]);
    expect(defs.settingsReview!.properties.audience!.enum).toEqual([...AUDIENCES]);
  });

  it('has the same text lengths and list sizes', () => {
    for (const [rule, { max }] of Object.entries(TEXT_RULES)) expect(defs[rule]!.maxLength, rule).toBe(max);
    const maxItems = (def: string, field: string) => defs[def]!.properties[field]!.maxItems;
    expect({
      children: maxItems('plain', 'children'), adults: maxItems('child', 'adults'), voiceSharedWith: maxItems('child', 'voiceSharedWith'),
      devices: maxItems('child', 'devices'), accounts: maxItems('child', 'accounts'), appsAndGames: maxItems('child', 'appsAndGames'),
      agreements: maxItems('childRecord', 'agreements'), reviews: maxItems('agreement', 'reviews'), agreedBy: maxItems('agreement', 'agreedBy'),
      incidents: maxItems('childRecord', 'incidents'), reportedTo: maxItems('incident', 'reportedTo'), evidence: maxItems('incident', 'evidence'),
      celebrations: maxItems('childRecord', 'celebrations'), reviewEveryDays: defs.agreement!.properties.reviewEveryDays!.maximum,
      settingsReviews: maxItems('childRecord', 'settingsReviews'), checklistItems: maxItems('settingsReview', 'itemsLeft'),
    }).toEqual(IMPORT_LIMITS);
    expect([defs.settingsReview!.properties.total!.maximum, defs.settingsReview!.properties.done!.maximum]).toEqual([IMPORT_LIMITS.checklistItems, IMPORT_LIMITS.checklistItems]);
    const iterations = (defs.encrypted!.properties.kdf as Json & { properties: Record<string, Json> }).properties.iterations!;
    expect([iterations.minimum, iterations.maximum]).toEqual([KDF_ITERATIONS, MAX_KDF_ITERATIONS]);
  });

  it('agrees at each text limit, counting characters as people see them', () => {
    const file = JSON.parse(serializeExport(buildExport(makeHousehold({ children: 1, agreements: 1, incidents: 1, seed: 2 })))) as Json;
    const record = (file.children as Json[])[0] as { child: Json; agreements: Json[]; incidents: (Json & { evidence: Json[] })[] };
    const fields: [Json, string, number][] = [
      [record.child, 'name', TEXT_RULES.name.max], [record.agreements[0]!, 'customTopic', TEXT_RULES.label.max],
      [record.incidents[0]!.evidence[0]!, 'url', TEXT_RULES.url.max], [record.incidents[0]!, 'whoWasTold', TEXT_RULES.note.max],
      [record.agreements[0]!, 'words', TEXT_RULES.story.max],
    ];
    for (const [owner, field, max] of fields) {
      const original = owner[field];
      for (const [length, ok] of [[max, true], [max + 1, false]] as const) {
        owner[field] = '😀'.repeat(length);
        expect([validatorAccepts(file), schemaAccepts(file)], `${field} × ${length}`).toEqual([ok, ok]);
      }
      owner[field] = original;
    }
  });
});

// Property runs take seconds, more on a busy machine: a generous per-test timeout.
describe('valid files', { timeout: 180_000 }, () => {
  it('pass both', () => {
    fc.assert(fc.property(validFile, (file) => {
      expect(validatorAccepts(file)).toBe(true);
      expect(checkSchema(schema as unknown as Json, asImporterSees(file))).toBeUndefined();
    }), { numRuns: 200 });
    const large = JSON.parse(serializeExport(buildExport(makeHousehold({ children: 5, agreements: 60, incidents: 40, seed: 8 }))));
    expect([validatorAccepts(large), schemaAccepts(large)]).toEqual([true, true]);
  });

  it('an encrypted export passes both', async () => {
    const envelope = await encryptExport(buildExport(makeHousehold({ children: 1, agreements: 1, incidents: 1 })), 'p');
    expect([validatorAccepts(envelope), schemaAccepts(envelope)]).toEqual([true, true]);
    for (const edit of [
      (e: Json) => { (e.kdf as Json).iterations = 100_000; },
      (e: Json) => { (e.kdf as Json).salt = 'AAAA'; },
      (e: Json) => { (e.cipher as Json).iv = 'not base64'; },
      (e: Json) => { e.version = 2; },
      (e: Json) => { e.extra = true; },
    ]) {
      const broken = structuredClone(envelope) as unknown as Json;
      edit(broken);
      expect([validatorAccepts(broken), schemaAccepts(broken)]).toEqual([false, false]);
    }
  }, 60_000);
});

describe('broken files', { timeout: 180_000 }, () => {
  it('a structural break is refused by both; the rest by the importer, which the schema cannot see', () => {
    fc.assert(fc.property(validFile, fc.nat(), fc.nat(), fc.nat(), (file, slot, mutation, detail) => {
      const broken = breakFile(file, slot, mutation, detail);
      expect(validatorAccepts(broken.file), broken.what).toBe(false);
      expect(schemaAccepts(broken.file), broken.what).toBe(!broken.structural);
    }), { numRuns: 400 });
  });

  it('a duplicate id is the importer\'s to find', () => {
    fc.assert(fc.property(validFile, fc.nat(), (file, choice) => {
      const broken = duplicateId(file, choice);
      fc.pre(broken !== undefined);
      expect([validatorAccepts(broken!.file), schemaAccepts(broken!.file)]).toEqual([false, true]);
    }), { numRuns: 50 });
  });
});
