// Lint for the checklist data, in the style of Dark Reader's config tests: every checklist and
// item is well formed, sourced and dated, within its size limits, and the registry is sorted.
import { describe, expect, it } from 'vitest';
import { checklistFor, checklists } from '../../../utils/guide/checklists';
import type { Checklist } from '../../../utils/guide/checklists/types';
import { rulePacks } from '../../../utils/detection/platforms';
import { CHILD_SAFETY_BODIES, onDomains } from '../../../utils/evidence';
import { AGE_BANDS, AUDIENCES, CONTEXTS, PLATFORM_IDS, type Audience, type PlatformId } from '../../../utils/taxonomy';
import { itemsFor as shownFor } from '../../../utils/guide/guide-view';
import { UNDER_MINIMUM_AGE } from '../../../utils/guide/checklists/shared/minimum-age';

const CORE: PlatformId[] = [
  'facebook', 'instagram', 'tiktok', 'snapchat', 'youtube', 'x', 'discord', 'roblox', 'pinterest',
  'whatsapp', 'messenger', 'threads', 'twitch',
];
const SUPERVISED: PlatformId[] = ['meta', 'google', 'microsoft', 'discord', 'instagram', 'tiktok', 'snapchat'];
const today = new Date().toISOString().slice(0, 10);

function isPastDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) && value <= today;
}

function isHttps(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

const name = (c: Checklist) => `${c.platform} ${c.contexts.join('+')}${c.pageIds ? ` [${c.pageIds.join(',')}]` : ''}`;
const servedAudiences = (c: Checklist) => AUDIENCES.filter((a) => c.items.some((i) => i.audiences.includes(a)));
const itemsFor = (c: Checklist, a: Audience) => c.items.filter((i) => i.audiences.includes(a));

describe.each(checklists.map((c) => [name(c), c] as const))('checklist %s', (_, checklist) => {
  it('names a known platform and contexts, and carries a version date', () => {
    expect(PLATFORM_IDS).toContain(checklist.platform);
    expect(checklist.contexts.length).toBeGreaterThan(0);
    for (const context of checklist.contexts) expect(CONTEXTS).toContain(context);
    expect(isPastDate(checklist.version), `version "${checklist.version}" must be a YYYY-MM-DD date, not in the future`).toBe(true);
  });

  it('has 3 to 8 items for each audience it serves (1 to 8 for an age band)', () => {
    for (const audience of servedAudiences(checklist)) {
      for (const band of [undefined, ...AGE_BANDS]) {
        // The minimum-age item stands before the list ("this account should not exist yet"): not counted.
        const count = shownFor(checklist, audience, band).filter((i) => i.id !== UNDER_MINIMUM_AGE).length;
        const what = `${audience}${band ? ` aged ${band}` : ''}: ${count} items; keep a checklist short enough to act on (3–8)`;
        // A band may leave fewer: what does not apply to the child's age is not padded out.
        if (band === undefined) expect(count, what).toBeGreaterThanOrEqual(3);
        else expect(count, what).toBeGreaterThanOrEqual(1);
        expect(count, what).toBeLessThanOrEqual(8);
      }
    }
  });

  it.each(checklist.items.map((i) => [i.id, i] as const))('item %s is well formed, sourced and dated', (id, item) => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(item.audiences.length).toBeGreaterThan(0);
    expect(new Set(item.audiences).size).toBe(item.audiences.length);
    for (const audience of item.audiences) expect(AUDIENCES).toContain(audience);
    expect(isHttps(item.source.url), `source "${item.source.url}" must be an https URL`).toBe(true);
    expect(item.source.title.trim().length).toBeGreaterThan(0);
    expect(isPastDate(item.verifiedOn), `verifiedOn "${item.verifiedOn}" must be a YYYY-MM-DD date, not in the future`).toBe(true);
    if (item.deepLink !== undefined) expect(isHttps(item.deepLink), `deepLink "${item.deepLink}" must be https`).toBe(true);
    if (item.shared !== undefined) expect(item.shared).toMatch(/^(agreement|carer|organisation|report)\.[a-z-]+$/);
  });

  it('keeps staff advice on group and page settings, and family advice elsewhere', () => {
    const organisational = checklist.contexts.every((c) => c === 'group' || c === 'page');
    if (organisational) {
      expect(servedAudiences(checklist)).toEqual(['organisation']);
    } else {
      expect(servedAudiences(checklist)).not.toContain('organisation');
    }
  });

  it('tells carers the same facts as parents, plus what is particular to a child in care', () => {
    if (!servedAudiences(checklist).includes('parent')) return;
    for (const item of itemsFor(checklist, 'parent')) {
      expect(item.audiences, `${item.id} is for parents; a foster carer needs the same fact`).toContain('carer');
    }
    const framed = checklist.contexts.some((c) => c !== 'account');
    if (framed) expect(itemsFor(checklist, 'carer').some((i) => !i.audiences.includes('parent'))).toBe(true);
  });
});

describe('the registry', () => {
  it('has unique item ids within each platform', () => {
    for (const platform of new Set(checklists.map((c) => c.platform))) {
      // One item may open several of a platform's lists (the minimum-age item): the same object, counted once.
      const ids = [...new Set(checklists.filter((c) => c.platform === platform).flatMap((c) => c.items))].map((i) => i.id);
      const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
      expect(duplicates, `${platform}: item ids must be unique (progress is saved per id)`).toEqual([]);
    }
  });

  it('never has two general checklists for the same platform and context', () => {
    const seen = new Set<string>();
    for (const checklist of checklists.filter((c) => !c.pageIds)) {
      for (const context of checklist.contexts) {
        const key = `${checklist.platform}/${context}`;
        expect(seen.has(key), `${key} has two checklists; give one of them pageIds`).toBe(false);
        seen.add(key);
      }
    }
  });

  it('is grouped by platform, platforms in alphabetical order', () => {
    const order = checklists.map((c) => c.platform);
    expect(order).toEqual([...order].sort());
  });

  it.each(CORE)('gives %s a parent checklist for its privacy, safety and messaging pages', (platform) => {
    for (const context of ['privacy', 'safety', 'messaging'] as const) {
      const checklist = checklistFor({ platform, context, pageId: 'any-page' });
      expect(checklist, `${platform}/${context} has no checklist`).toBeDefined();
      expect(itemsFor(checklist as Checklist, 'parent').length).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(SUPERVISED)('gives %s a supervision checklist that advises agreeing it with the child', (platform) => {
    const checklist = checklistFor({ platform, context: 'supervision', pageId: 'any-page' });
    expect(checklist, `${platform}/supervision has no checklist`).toBeDefined();
    expect(checklist?.items.some((i) => i.shared === 'agreement.together' && i.audiences.includes('parent'))).toBe(true);
  });
});

describe('report forms', () => {
  const reportPages = rulePacks.flatMap((pack) => pack.pages.filter((page) => page.context === 'report').map((page) => [pack.id, page.id] as const));

  it('exist on the platforms whose report forms Vigie knows', () => {
    expect(reportPages.map(([platform]) => platform).sort()).toEqual(['roblox', 'tiktok', 'x', 'youtube']);
  });

  it.each(reportPages)('%s/%s gets what to keep before reporting, never a list of switches', (platform, pageId) => {
    const checklist = checklistFor({ platform, context: 'report', pageId });
    expect(checklist, `${platform} has a report page but no report checklist`).toBeDefined();
    const shared = (checklist as Checklist).items.map((i) => i.shared);
    expect(shared).toEqual(['report.keep-evidence', 'report.note-account', 'report.no-copies', 'carer.report-tell']);
    for (const item of (checklist as Checklist).items) expect(item.deepLink, item.id).toBeUndefined();
  });

  it('quotes a recognised child-safety body for each habit', () => {
    const checklist = checklistFor({ platform: 'x', context: 'report', pageId: 'report' }) as Checklist;
    for (const item of checklist.items.filter((i) => i.shared?.startsWith('report.'))) {
      expect(item.evidence.length, item.id).toBeGreaterThan(0);
      for (const e of item.evidence) {
        expect(onDomains(e.url, CHILD_SAFETY_BODIES), `${item.id}: ${e.url}`).toBe(true);
        expect(e.supports).toContain('advice');
        expect(e.quote.length).toBeGreaterThan(20);
      }
    }
  });
});
