// Hostile files that break nothing but do harm (issue 20.4): a time after the file's own export
// (it would win every later merge), a file exported in the future, years before 1900, names that
// show as nothing or turn the text around. Each is refused with the path of the value; the forms
// clean the same names, so whatever a form saves can still be exported and imported.
import { describe, expect, it } from 'vitest';
import { buildExport, serializeExport } from '../../../utils/passport/export-format';
import { readPassportText } from '../../../utils/passport/import-validate';
import { planImport } from '../../../utils/passport/import-plan';
import { validateChildAbout } from '../../../utils/passport/validate';
import { makeHousehold } from '../../fixtures/passport/household';
import { childRecord } from './passport-fixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a hostile file is edited freely
const DAY = 86_400_000;
const exportedAt = new Date(Date.now() - DAY);
const base = () => JSON.parse(serializeExport(buildExport(makeHousehold({ children: 2, agreements: 2, incidents: 2, seed: 5 }), exportedAt))) as Json;

function problemIn(file: Json) {
  const result = readPassportText(JSON.stringify(file));
  return result.ok ? undefined : result.problem;
}

describe('times a merge would trust', () => {
  it('accepts the file as exported', () => {
    expect(problemIn(base())).toBeUndefined();
  });

  it('refuses an updatedAt in year 9999, or a minute after the export, naming where', () => {
    const file = base();
    file.children[1].incidents[0].updatedAt = '9999-12-31T23:59:59Z';
    expect(problemIn(file)).toMatchObject({ code: 'afterExport', path: 'children[1].incidents[0].updatedAt', params: { exportedAt: file.exportedAt } });
    const soon = base();
    soon.children[0].child.updatedAt = new Date(exportedAt.getTime() + 60_000).toISOString();
    expect(problemIn(soon)).toMatchObject({ code: 'afterExport', path: 'children[0].child.updatedAt' });
    const voice = base();
    voice.children[0].child.voice.updatedAt = '2999-01-01';
    expect(problemIn(voice)).toMatchObject({ code: 'afterExport', path: 'children[0].child.voice.updatedAt' });
  });

  it('refuses a file exported more than a day ahead of this clock', () => {
    const file = base();
    file.exportedAt = new Date(Date.now() + 2 * DAY).toISOString();
    expect(problemIn(file)).toMatchObject({ code: 'exportedInFuture', path: 'exportedAt' });
    file.exportedAt = new Date(Date.now() + DAY / 2).toISOString();
    expect(problemIn(file)).toBeUndefined();
  });

  it('refuses years before 1900, and 0000', () => {
    for (const day of ['0000-01-01', '1899-12-31T23:00:00Z']) {
      const file = base();
      file.children[0].agreements[0].agreedOn = day;
      expect(problemIn(file), day).toMatchObject({ code: 'tooEarly', path: 'children[0].agreements[0].agreedOn' });
    }
  });
});

describe('names', () => {
  it('refuses a name made only of zero-width characters', () => {
    const file = base();
    file.children[0].child.name = '\u200B\u200D\uFEFF';
    expect(problemIn(file)).toMatchObject({ code: 'invisibleName', path: 'children[0].child.name' });
  });

  it('refuses direction overrides and isolates in any name', () => {
    for (const control of ['\u202A', '\u202E', '\u2066', '\u2069']) {
      const file = base();
      file.children[1].child.adults = [{ id: 'a1', name: `Sam${control}evil`, role: 'carer' }];
      expect(problemIn(file), JSON.stringify(control)).toMatchObject({ code: 'directionControl', path: 'children[1].child.adults[0].name' });
    }
  });

  it('are cleaned in the forms: overrides dropped, an invisible name counted as empty', () => {
    const about = { name: 'Sam\u202Eevil', ageBand: '11-12', adults: [], voiceSharedWith: [] } as never;
    expect(validateChildAbout(about)).toMatchObject({ ok: true, value: { name: 'Samevil' } });
    expect(validateChildAbout({ ...(about as object), name: '\u200B\u200B' } as never)).toMatchObject({ ok: false, errors: { name: { key: 'passport.error.nameRequired' } } });
  });
});

describe('the merge preview', () => {
  it("names the child as they will be: this browser's name when its details are newer", () => {
    const here = childRecord('Sam');
    here.child.updatedAt = new Date(Date.now() - DAY / 2).toISOString();
    const file = structuredClone(here);
    file.child.name = 'Alice (from file)';
    file.child.updatedAt = new Date(Date.now() - 2 * DAY).toISOString();
    const preview = () => {
      const planned = planImport([here], [file], 'merge');
      if (!planned.ok) throw new Error(planned.problem.code);
      return planned.value.preview.children;
    };
    const [line] = preview();
    expect(line).toMatchObject({ name: 'Sam', fileName: 'Alice (from file)', detailsDiffer: true, takesFileDetails: false });
    file.child.updatedAt = new Date(Date.now() - DAY / 4).toISOString();
    expect(preview()[0]).toMatchObject({ name: 'Alice (from file)', takesFileDetails: true });
  });
});
