// Meta-test of the checklist registry (as Refined GitHub checks its features are registered):
// every checklist module is listed in utils/checklists/index.ts, and checklistFor() picks the
// right checklist for a page.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklistFor } from '../../utils/checklists';
import { PLATFORM_IDS } from '../../utils/taxonomy';

const dir = join(__dirname, '../../utils/checklists');
const NOT_CHECKLISTS = new Set(['index.ts', 'types.ts', 'build.ts']);

describe('utils/checklists/index.ts', () => {
  const index = readFileSync(join(dir, 'index.ts'), 'utf8');
  const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !NOT_CHECKLISTS.has(f));

  it.each(modules)('registers %s', (file) => {
    const module = file.replace(/\.ts$/, '');
    const imported = new RegExp(`import \\{ (\\w+) \\} from '\\./${module}';`).exec(index);
    expect(imported, `add: import { … } from './${module}'; to utils/checklists/index.ts`).not.toBeNull();
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

describe('checklistFor', () => {
  it('returns the checklist for the page’s platform and context', () => {
    const checklist = checklistFor({ platform: 'facebook', context: 'group', pageId: 'group-settings' });
    expect(checklist?.platform).toBe('facebook');
    expect(checklist?.contexts).toContain('group');
  });

  it('returns nothing for a context the platform has no checklist for', () => {
    expect(checklistFor({ platform: 'linkedin', context: 'privacy', pageId: 'privacy' })).toBeUndefined();
  });

  it('prefers a checklist naming the page id over the general one', () => {
    const general = checklistFor({ platform: 'facebook', context: 'privacy', pageId: 'privacy' })!;
    const narrow = { ...general, pageIds: ['profile-lock'], version: '2026-01-01' };
    const registry = [general, narrow];
    expect(checklistFor({ platform: 'facebook', context: 'privacy', pageId: 'profile-lock' }, registry)).toBe(narrow);
    expect(checklistFor({ platform: 'facebook', context: 'privacy', pageId: 'privacy' }, registry)).toBe(general);
  });
});
