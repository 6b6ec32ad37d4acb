// A page loads only its language and its areas (issue 17, point 2): the loader must never call
// another language's or another area's file.
import { describe, expect, it, vi } from 'vitest';
import { areaOf, loadCatalogue } from '../../../utils/i18n/catalogue-loader';

describe('loadCatalogue', () => {
  const files = {
    '../locales/en/common.json': vi.fn(async () => ({ 'common.close': 'Close' })),
    '../locales/de/common.json': vi.fn(async () => ({ 'common.close': 'Schließen' })),
    '../locales/de/checklist-x.json': vi.fn(async () => ({ 'checklist.x.a.do': 'Tu es' })),
    '../locales/de/checklist-tiktok.json': vi.fn(async () => ({ 'checklist.tiktok.a.do': 'Tu das' })),
  };

  it('reads the file’s language and area from its path', () => {
    expect(areaOf('../../utils/i18n/locales/nl/helplines-be.json')).toEqual({ language: 'nl', area: 'helplines-be' });
    expect(areaOf('./fr/common.json')).toEqual({ language: 'fr', area: 'common' });
    expect(areaOf('./fr/readme.md')).toBeUndefined();
  });

  it('loads the wanted areas of one language, and nothing else', async () => {
    const catalogs = await loadCatalogue(files, 'de', (area) => area !== 'checklist-tiktok');
    expect(catalogs).toEqual({ de: { 'common.close': 'Schließen', 'checklist.x.a.do': 'Tu es' } });
    expect(files['../locales/en/common.json']).not.toHaveBeenCalled();
    expect(files['../locales/de/checklist-tiktok.json']).not.toHaveBeenCalled();
  });
});
