// Meta-test of the checklist registry (as Refined GitHub checks its features are registered):
// every checklist module is listed in utils/guide/checklists/index.ts, every page of every rule pack
// gets a checklist for each audience it serves, every app-only control is covered with its in-app
// path, and checklistFor() picks the right checklist for a page.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklistFor, checklists } from '../../../utils/guide/checklists';
import type { Checklist } from '../../../utils/guide/checklists/types';
import { rulePacks } from '../../../utils/detection/platforms';
import { AUDIENCES, PLATFORM_IDS, type Audience, type Context } from '../../../utils/taxonomy';

const dir = join(__dirname, '../../../utils/guide/checklists');
const NOT_CHECKLISTS = new Set(['index.ts', 'types.ts', 'build.ts', 'official-domains.ts']);

describe('utils/guide/checklists/index.ts', () => {
  const index = readFileSync(join(dir, 'index.ts'), 'utf8');
  const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !NOT_CHECKLISTS.has(f));

  it.each(modules)('registers %s', (file) => {
    const module = file.replace(/\.ts$/, '');
    const imported = new RegExp(`import \\{ (\\w+) \\} from '\\./${module}';`).exec(index);
    expect(imported, `add: import { … } from '../${module}'; to utils/guide/checklists/index.ts`).not.toBeNull();
    expect(index, `spread ${imported?.[1]} into the checklists array`).toContain(`...${imported?.[1]}`);
  });

  it('names each module after the platform whose checklists it holds', () => {
    for (const file of modules) {
      const base = file.replace(/\.ts$/, '');
      // The longest platform id the file is named after: google-classroom.ts is not google.ts.
      const platform = [...PLATFORM_IDS].sort((x, y) => y.length - x.length).find((id) => base === id || base.startsWith(`${id}-`));
      expect(platform, `${file} should be named <platform>.ts or <platform>-<part>.ts`).toBeDefined();
      const source = readFileSync(join(dir, file), 'utf8');
      const named = [...source.matchAll(/platform: '([a-z-]+)'/g)].map((m) => m[1]);
      expect(named.length, `${file} declares no checklist`).toBeGreaterThan(0);
      expect(new Set(named), `${file} should hold only ${platform} checklists`).toEqual(new Set([platform]));
    }
  });
});

/** Staff run groups and pages; every other page is a family looking at a child's account. */
function audiencesExpectedFor(context: Context): Audience[] {
  return context === 'group' || context === 'page' ? ['organisation'] : ['parent', 'carer'];
}
const served = (checklist: Checklist) => AUDIENCES.filter((a) => checklist.items.some((i) => i.audiences.includes(a)));
const moduleFor = (platform: string) => `utils/guide/checklists/${platform}.ts (or ${platform}-<part>.ts)`;

describe('every page of every rule pack', () => {
  const pages = rulePacks.flatMap((pack) => pack.pages.map((page) => [`${pack.id}/${page.id}`, pack.id, page] as const));

  it.each(pages)('%s has a checklist for each audience it serves', (name, platform, page) => {
    const checklist = checklistFor({ platform, context: page.context, pageId: page.id });
    expect(
      checklist,
      `${name} (${page.context}) has no checklist: add a ${platform} checklist for the '${page.context}' context to ${moduleFor(platform)}, ` +
        `or one with pageIds: ['${page.id}'] if this page needs its own list, and register it in utils/guide/checklists/index.ts`,
    ).toBeDefined();
    const expected = audiencesExpectedFor(page.context);
    const missing = expected.filter((a) => !served(checklist as Checklist).includes(a));
    const extra = served(checklist as Checklist).filter((a) => !expected.includes(a));
    expect(missing, `${name} (${page.context}): add items for ${missing.join(' and ')} to its checklist`).toEqual([]);
    expect(extra, `${name} (${page.context}): ${extra.join(' and ')} advice does not belong on this page; move it to a page of that audience`).toEqual([]);
  });
});

describe('checklists narrowed to pages', () => {
  it('name only pages that exist in their platform’s rule pack, with a matching context', () => {
    const wrong = checklists.flatMap((c) =>
      (c.pageIds ?? [])
        .filter((id) => {
          const page = rulePacks.find((p) => p.id === c.platform)?.pages.find((r) => r.id === id);
          return !page || !c.contexts.includes(page.context);
        })
        .map((id) => `${c.platform} checklist names page '${id}', which its rule pack lacks or files under another context`),
    );
    expect(wrong, wrong.join('\n')).toEqual([]);
  });
});

describe('every app-only control of every rule pack', () => {
  const features = rulePacks.flatMap((pack) => (pack.appOnly ?? []).map((f) => [`${pack.id}/${f.id}`, pack.id, f] as const));

  it.each(features)('%s is covered by a checklist that gives the in-app path', (name, platform, feature) => {
    const checklist = checklistFor({ platform, context: feature.context, pageId: feature.id });
    expect(
      checklist,
      `${name} is set up only in the app, and ${platform} has no checklist for the '${feature.context}' context: add one to ${moduleFor(platform)}`,
    ).toBeDefined();
    const inApp = (checklist as Checklist).items.filter((i) => i.appOnly);
    expect(
      inApp.map((i) => i.audiences).flat(),
      `${name}: add an item with appOnly: true to ${platform}'s '${feature.context}' checklist, whose .path gives the in-app path, for parents and carers`,
    ).toEqual(expect.arrayContaining(['parent', 'carer']));
  });
});

describe('checklistFor', () => {
  it('returns the checklist for the page’s platform and context', () => {
    const checklist = checklistFor({ platform: 'facebook', context: 'group', pageId: 'group-settings' });
    expect(checklist?.platform).toBe('facebook');
    expect(checklist?.contexts).toContain('group');
  });

  it('returns nothing for a context the platform has no checklist for', () => {
    const privacy = checklistFor({ platform: 'facebook', context: 'privacy', pageId: 'privacy' })!;
    expect(checklistFor({ platform: 'facebook', context: 'supervision', pageId: 'family-center' }, [privacy])).toBeUndefined();
    expect(checklistFor({ platform: 'linkedin', context: 'privacy', pageId: 'privacy' }, [privacy])).toBeUndefined();
  });

  it('prefers a checklist naming the page id over the general one', () => {
    const general = checklistFor({ platform: 'facebook', context: 'privacy', pageId: 'privacy' })!;
    const narrow = { ...general, pageIds: ['profile-lock'], version: '2026-01-01' };
    const registry = [general, narrow];
    expect(checklistFor({ platform: 'facebook', context: 'privacy', pageId: 'profile-lock' }, registry)).toBe(narrow);
    expect(checklistFor({ platform: 'facebook', context: 'privacy', pageId: 'privacy' }, registry)).toBe(general);
  });
});
