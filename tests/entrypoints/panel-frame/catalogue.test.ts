// The panel frame loads the words of one language and one platform (entrypoints/panel-frame/
// catalogue.ts). Every item of every checklist must find its words there — a key it lacks would
// silently drop the item (guide-view.ts shows only translated items) — and no other platform's.
import { describe, expect, it } from 'vitest';
import { panelCatalogue } from '../../../entrypoints/panel-frame/catalogue';
import { checklists } from '../../../utils/guide/checklists';
import { catalogs } from '../../../utils/i18n/locales';
import { PLATFORM_IDS } from '../../../utils/taxonomy';

const platforms = PLATFORM_IDS.filter((platform) => checklists.some((c) => c.platform === platform));

describe.each(['en', 'fr'] as const)('the panel’s words in %s', (language) => {
  it.each(platforms)('%s: every item of its checklists, the page names, the panel and the helplines, and no other platform', async (platform) => {
    const loaded = (await panelCatalogue(language, platform))[language]!;
    const whole = catalogs[language];
    const itemKeys = checklists
      .filter((c) => c.platform === platform)
      .flatMap((c) => c.items.flatMap((item) => ['do', 'why'].map((part) => `checklist.${platform}.${item.id}.${part}`)));
    expect(itemKeys.length).toBeGreaterThan(0);
    expect(itemKeys.filter((key) => !(key in loaded))).toEqual([]);
    const shared = Object.keys(whole).filter((key) => /^(pages|panel|helplines|common|passport\.ageBand)\./.test(key));
    expect(shared.filter((key) => !(key in loaded))).toEqual([]);
    expect(Object.keys(loaded).filter((key) => key.startsWith('checklist.') && !key.startsWith(`checklist.${platform}.`))).toEqual([]);
  });
});
