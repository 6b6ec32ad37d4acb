import { describe, expect, it, vi } from 'vitest';
import { buildExport, encryptExport, serializeExport } from '../../../utils/passport/export-format';
import { importPassport, type PassportStore } from '../../../utils/passport/import';
import { makeHousehold } from '../../fixtures/passport/household';
import { memoryStore } from '../../fixtures/passport/memory-store';

const here = () => makeHousehold({ children: 2, agreements: 4, incidents: 2, seed: 11 });
const other = () => makeHousehold({ children: 1, agreements: 2, incidents: 1, seed: 12 });
const fileOf = (records = other()) => serializeExport(buildExport(records));

describe('importPassport', () => {
  it('shows the preview and the writes before writing, and writes once', async () => {
    const store = memoryStore(here());
    const confirm = vi.fn(() => true);
    const outcome = await importPassport(new Blob([fileOf()], { type: 'application/json' }), store, { strategy: 'merge', confirm });
    expect(outcome.status).toBe('imported');
    expect(confirm).toHaveBeenCalledOnce();
    const [preview, writes] = confirm.mock.calls[0] as unknown as Parameters<NonNullable<Parameters<typeof importPassport>[2]['confirm']>>;
    expect(preview.totals).toEqual({ new: 1, same: 0, differs: 0, onlyHere: 2 });
    expect(writes.records).toHaveLength(1);
    expect(store.writes).toEqual({ replaceAll: 0, merge: 1 });
    expect(await store.readAll()).toHaveLength(3);
  });

  it('writes nothing when the person cancels at the preview', async () => {
    const store = memoryStore(here());
    const before = store.snapshot();
    const outcome = await importPassport(fileOf(), store, { strategy: 'replace', confirm: async () => false });
    expect(outcome.status).toBe('cancelled');
    expect(store.snapshot()).toBe(before);
    expect(store.writes).toEqual({ replaceAll: 0, merge: 0 });
  });

  it('replaces the whole passport in one call', async () => {
    const store = memoryStore(here());
    await importPassport(fileOf(), store, { strategy: 'replace' });
    expect(store.writes).toEqual({ replaceAll: 1, merge: 0 });
    expect(await store.readAll()).toEqual(other());
  });

  it('makes no write call when a merge brings nothing new', async () => {
    const store = memoryStore(here());
    const outcome = await importPassport(fileOf(here()), store, { strategy: 'merge' });
    expect(outcome).toMatchObject({ status: 'imported', preview: { totals: { same: 2 } } });
    expect(store.writes).toEqual({ replaceAll: 0, merge: 0 });
  });

  it('reports a failed transaction as "nothing was changed"', async () => {
    const store = memoryStore(here());
    const before = store.snapshot();
    store.failNextWrite();
    const outcome = await importPassport(fileOf(), store, { strategy: 'replace' });
    expect(outcome).toEqual({ status: 'failed', problem: { code: 'storeFailed', path: '' } });
    expect(store.snapshot()).toBe(before);
  });

  it('refuses a merge that would misfile an item, before any write', async () => {
    const existing = here();
    const file = other();
    file[0]!.agreements[0]!.id = existing[1]!.incidents[0]!.id;
    const store = memoryStore(existing);
    const outcome = await importPassport(fileOf(file), store, { strategy: 'merge' });
    expect(outcome).toMatchObject({ status: 'failed', problem: { code: 'idConflict', path: 'children[0].agreements[0].id' } });
    expect(store.writes).toEqual({ replaceAll: 0, merge: 0 });
  });

  it('finishes all crypto before the store is called (crypto never runs inside a transaction)', async () => {
    const text = serializeExport(await encryptExport(buildExport(other()), 'pass'));
    const inner = memoryStore(here());
    let storeBusy = false;
    const cryptoWhileBusy: string[] = [];
    for (const method of ['decrypt', 'deriveKey', 'importKey', 'encrypt'] as const) {
      const original = crypto.subtle[method].bind(crypto.subtle) as (...args: unknown[]) => Promise<unknown>;
      vi.spyOn(crypto.subtle, method).mockImplementation(((...args: unknown[]) => {
        if (storeBusy) cryptoWhileBusy.push(method);
        return original(...args);
      }) as never);
    }
    const busy = <A extends unknown[], R>(run: (...args: A) => Promise<R>) => async (...args: A) => {
      storeBusy = true;
      try { return await run(...args); } finally { storeBusy = false; }
    };
    const store: PassportStore = { readAll: busy(inner.readAll), replaceAll: busy(inner.replaceAll), merge: busy(inner.merge) };
    const outcome = await importPassport(text, store, { strategy: 'merge', passphrase: 'pass' });
    expect(outcome.status).toBe('imported');
    expect(vi.mocked(crypto.subtle.decrypt)).toHaveBeenCalled();
    expect(cryptoWhileBusy).toEqual([]);
  }, 60_000);
});
