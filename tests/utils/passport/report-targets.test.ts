// Where an incident was reported: the fixed targets, a directory service by its id, and the values
// of records made before the directory named the services ('3018', '119', 'pharos'), which must
// still import and validate.
import { describe, expect, it } from 'vitest';
import { directories } from '../../../utils/help/helplines';
import { buildExport, serializeExport } from '../../../utils/passport/export-format';
import { readPassportText } from '../../../utils/passport/import-validate';
import { isServiceRef, LEGACY_SERVICE_REFS } from '../../../utils/passport/types';
import { validateIncident } from '../../../utils/passport/validate';
import { serviceById } from '../../../utils/help/helplines';
import { makeHousehold } from '../../fixtures/passport/household';

type Json = Record<string, unknown>;

function withReportedTo(reportedTo: unknown[]): string {
  const file = JSON.parse(serializeExport(buildExport(makeHousehold({ children: 1, agreements: 1, incidents: 1, seed: 7 })))) as Json;
  const incident = ((file.children as Json[])[0]!.incidents as Json[])[0]!;
  incident.reportedTo = reportedTo;
  return JSON.stringify(file);
}

describe('where an incident was reported', () => {
  it('can name every service of every directory by its id', () => {
    for (const directory of directories) for (const service of directory.services) expect(isServiceRef(service.id), service.id).toBe(true);
  });

  it('maps the old French values to the directory’s services', () => {
    for (const id of Object.values(LEGACY_SERVICE_REFS)) expect(serviceById(id!), id).toBeDefined();
  });

  it('imports old and new records alike, and refuses what is neither', () => {
    const read = readPassportText(withReportedTo(['3018', 'fr-3018', 'gb-nspcc', 'police']));
    expect(read.ok).toBe(true);
    if (read.ok && read.value.kind === 'plain') expect(read.value.file.children[0]!.incidents[0]!.reportedTo).toEqual(['3018', 'fr-3018', 'gb-nspcc', 'police']);
    else throw new Error('expected a file in clear');
    // A service a later directory no longer lists is kept as it was written.
    expect(readPassportText(withReportedTo(['us-some-closed-line'])).ok).toBe(true);
    for (const bad of ['NSPCC', 'gb nspcc', 'gb-', '-nspcc', 'javascript:alert(1)', 'x'.repeat(70), 42]) {
      expect(readPassportText(withReportedTo([bad])).ok, String(bad)).toBe(false);
    }
  });

  it('keeps a service id typed into the form, drops anything else', () => {
    const now = new Date('2026-12-04T10:00:00Z');
    const form = { occurredAt: '2026-12-04T09:00', platform: '', whatHappened: 'Threats', whoWasTold: '', outcome: '', followUp: '', evidence: [] };
    const result = validateIncident({ ...form, reportedTo: ['gb-ceop', 'platform', 'bogus', '3018'] }, now);
    expect(result).toMatchObject({ ok: true, value: { reportedTo: ['gb-ceop', 'platform', '3018'] } });
  });
});
