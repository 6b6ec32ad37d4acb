import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyWrites, planImport, sameJson, type ImportStrategy } from '../../../utils/passport/import-plan';
import type { ChildRecord } from '../../../utils/passport/types';
import { validRecords } from '../../fixtures/passport/arbitraries';
import { makeHousehold } from '../../fixtures/passport/household';

const household = () => makeHousehold({ children: 2, agreements: 6, incidents: 2, celebrations: 2, seed: 5 });

function plan(existing: ChildRecord[], incoming: ChildRecord[], strategy: ImportStrategy) {
  const result = planImport(existing, incoming, strategy);
  if (!result.ok) throw new Error(`unexpected problem ${result.problem.code}`);
  return result.value;
}

const itemIds = (records: readonly ChildRecord[]) =>
  records.flatMap((r) => [r.child.id, ...r.agreements.map((a) => a.id), ...r.incidents.map((i) => i.id), ...r.celebrations.map((c) => c.id)]).sort();

describe('the preview', () => {
  it('tells new, identical, different and only-here children apart', () => {
    const here = household();
    const [first, second] = here;
    const newcomer = makeHousehold({ children: 1, agreements: 1, incidents: 1, celebrations: 0, seed: 6 })[0]!;
    const edited = structuredClone(second!);
    edited.agreements[0]!.words = 'Changed after a review.';
    edited.agreements[0]!.updatedAt = '2099-01-01T00:00:00.000Z';
    const { preview } = plan(here, [structuredClone(first!), edited, newcomer], 'merge');
    expect(preview.totals).toEqual({ new: 1, same: 1, differs: 1, onlyHere: 0 });
    const byId = new Map(preview.children.map((c) => [c.id, c]));
    expect(byId.get(newcomer.child.id)).toMatchObject({ status: 'new', name: newcomer.child.name, counts: { agreements: { added: 1 }, incidents: { added: 1 } } });
    expect(byId.get(edited.child.id)).toMatchObject({ status: 'differs', detailsDiffer: false, counts: { agreements: { updated: 1, unchanged: 2 } } });
    const { preview: partial } = plan(here, [newcomer], 'replace');
    expect(partial.totals).toEqual({ new: 1, same: 0, differs: 0, onlyHere: 2 });
  });

  it('ignores key order when comparing', () => {
    expect(sameJson({ b: 1, a: [{ d: 2, c: 3 }] }, { a: [{ c: 3, d: 2 }], b: 1 })).toBe(true);
    for (const [a, b] of [[{ a: 1 }, { a: 1, b: 2 }], [[1, 2], [2, 1]], [{ a: [] }, { a: {} }], [{ a: null }, { a: 0 }], [{ a: '1' }, { a: 1 }]]) {
      expect(sameJson(a, b), JSON.stringify([a, b])).toBe(false);
      expect(sameJson(b, a), JSON.stringify([b, a])).toBe(false);
    }
    const here = household();
    const reversed = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(reversed)
        : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
          : value;
    const reordered = reversed(here) as ChildRecord[];
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(here));
    expect(plan(here, reordered, 'merge').writes.records).toEqual([]);
  });
});

describe('merge', () => {
  it('takes the newer copy of an item, keeps ours on a tie or when ours is newer', () => {
    const here = household();
    const file = structuredClone(here);
    const [a0, a1, a2] = file[0]!.agreements;
    a0!.words = 'newer in the file';
    a0!.updatedAt = '2099-01-01T00:00:00.000Z';
    a1!.words = 'older in the file';
    a1!.updatedAt = '2000-01-01T00:00:00.000Z';
    a2!.words = 'same time, different words';
    const { preview, writes } = plan(here, file, 'merge');
    expect(preview.children[0]!.counts.agreements).toEqual({ added: 0, updated: 1, keptNewer: 2, unchanged: 0, onlyHere: 0 });
    const after = applyWrites(here, writes);
    expect(after[0]!.agreements.map((a) => a.words)).toEqual(['newer in the file', here[0]!.agreements[1]!.words, here[0]!.agreements[2]!.words]);
  });

  it('takes the child\'s own details only when the file\'s are newer', () => {
    const here = household();
    const file = structuredClone(here);
    file[0]!.child.name = 'Lou';
    file[0]!.child.updatedAt = '2099-01-01T00:00:00.000Z';
    file[1]!.child.name = 'Old name';
    file[1]!.child.updatedAt = '2000-01-01T00:00:00.000Z';
    const after = applyWrites(here, plan(here, file, 'merge').writes);
    expect(after.map((r) => r.child.name)).toEqual(['Lou', here[1]!.child.name]);
  });

  it('keeps what only this browser has, and writes only the children that change', () => {
    const here = household();
    const file = [structuredClone(here[0]!)];
    file[0]!.celebrations.push({ id: 'new-celebration', childId: here[0]!.child.id, date: '2025-01-01', text: 'New!', createdAt: '2025-01-01' });
    const { writes } = plan(here, file, 'merge');
    expect(writes.records.map((r) => r.child.id)).toEqual([here[0]!.child.id]);
    const after = applyWrites(here, writes);
    expect(after).toHaveLength(2);
    expect(after[0]!.celebrations.at(-1)!.id).toBe('new-celebration');
  });

  it('refuses, with no writes, an item id that this browser files under another child', () => {
    const here = household();
    const file = [structuredClone(here[0]!)];
    file[0]!.incidents[0]!.id = here[1]!.agreements[0]!.id;
    expect(planImport(here, file, 'merge')).toEqual({
      ok: false,
      problem: { code: 'idConflict', path: 'children[0].incidents[0].id', params: { id: here[1]!.agreements[0]!.id } },
    });
    // Replace removes the other child's copy anyway: no conflict.
    expect(planImport(here, file, 'replace').ok).toBe(true);
  });
});

// Property runs take seconds, more on a busy machine: a generous per-test timeout.
describe('properties over any valid passports', { timeout: 180_000 }, () => {
  const here = validRecords(3, 'here');
  const incoming = validRecords(3, 'file');

  it('import into an empty store gives exactly the file, with either strategy', () => {
    fc.assert(fc.property(incoming, fc.constantFrom<ImportStrategy>('merge', 'replace'), (file, strategy) => {
      expect(applyWrites([], plan([], file, strategy).writes)).toEqual(file);
    }), { numRuns: 150 });
  });

  it('replace gives exactly the file, whatever was here', () => {
    fc.assert(fc.property(here, incoming, (existing, file) => {
      expect(applyWrites(existing, plan(existing, file, 'replace').writes)).toEqual(file);
    }), { numRuns: 150 });
  });

  it('merge loses nothing, is idempotent, and never changes its inputs', () => {
    // Overlapping passports: the file holds edited copies of some children here, plus others.
    const overlapping = fc.tuple(here, incoming, fc.nat()).map(([existing, others, n]) => {
      const copies = existing.slice(0, n % (existing.length + 1)).map((r) => {
        const copy = structuredClone(r);
        copy.child.updatedAt = '2099-12-31';
        copy.agreements = copy.agreements.slice(1);
        return copy;
      });
      return { existing, file: [...copies, ...others] };
    });
    fc.assert(fc.property(overlapping, ({ existing, file }) => {
      const before = JSON.stringify([existing, file]);
      const once = applyWrites(existing, plan(existing, file, 'merge').writes);
      expect(JSON.stringify([existing, file])).toBe(before);
      expect(itemIds(once)).toEqual([...new Set([...itemIds(existing), ...itemIds(file)])].sort());
      expect(plan(once, file, 'merge').writes.records).toEqual([]);
      const { preview } = plan(existing, file, 'merge');
      for (const child of preview.children.filter((c) => c.status === 'same' || c.status === 'differs')) {
        const pair = [existing, file].map((side) => side.find((r) => r.child.id === child.id));
        expect(child.status).toBe(sameJson(pair[0], pair[1]) ? 'same' : 'differs');
      }
      expect(preview.totals.new + preview.totals.same + preview.totals.differs).toBe(file.length);
      expect(preview.totals.onlyHere).toBe(existing.filter((r) => !file.some((f) => f.child.id === r.child.id)).length);
    }), { numRuns: 150 });
  });
});
