// URLs a hostile page can push into its own history to make Vigie's navigation listener slow
// (audit-security-2026-12, probe 3: a 2 MB path of "%zz/" blocked the tab 5.6 s, a URIError thrown
// per segment and the URL parsed twice). Each test failed before detect.ts guarded against it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectPage, domSignalsAt } from '../../../utils/detection/detect';

const FAMILY_CENTER = 'https://discord.com/feature/family-center';

afterEach(() => vi.restoreAllMocks());

describe('hostile URLs', () => {
  it('still finds the page behind the guards', () => {
    expect(detectPage(FAMILY_CENTER)?.platform).toBe('discord');
    expect(detectPage(`${FAMILY_CENTER}/a%20b/c%41`)?.platform).toBe('discord');
  });

  it('never calls decodeURIComponent on a segment with a malformed escape', () => {
    const decode = vi.spyOn(globalThis, 'decodeURIComponent');
    const url = `https://discord.com/feature/family-center/${'%zz/'.repeat(40)}`;
    expect(detectPage(url)?.platform).toBe('discord');
    expect(decode).not.toHaveBeenCalled();
  });

  it('answers "not a settings page" for a 2 MB path without decoding a single segment', () => {
    const decode = vi.spyOn(globalThis, 'decodeURIComponent');
    const url = `https://discord.com/feature/family-center/${'%41/'.repeat(500_000)}`;
    expect(detectPage(url)).toBeNull();
    expect(domSignalsAt(url)).toEqual([]);
    expect(decode).not.toHaveBeenCalled();
  });

  it('ignores paths no settings page has: over 64 segments or over 8 KB, even where a rule would match', () => {
    expect(detectPage(`${FAMILY_CENTER}/${'a/'.repeat(60)}`)?.platform).toBe('discord');
    expect(detectPage(`${FAMILY_CENTER}/${'a/'.repeat(70)}`)).toBeNull();
    expect(detectPage(`${FAMILY_CENTER}/${'a'.repeat(9_000)}`)).toBeNull();
  });

  it('parses a URL once when the page watcher asks for its DOM signals and then for its page', () => {
    const RealURL = URL;
    let parsed = 0;
    vi.stubGlobal('URL', class extends RealURL {
      constructor(...args: ConstructorParameters<typeof URL>) {
        super(...args);
        parsed++;
      }
    });
    const url = `https://discord.com/channels/@me?n=${Math.random()}`;
    domSignalsAt(url);
    detectPage(url, document);
    expect(parsed).toBe(1);
    vi.unstubAllGlobals();
  });
});
