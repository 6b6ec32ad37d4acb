// The first thing to know about a child younger than a platform's minimum age: the account should
// not exist yet. One item per platform, put first in each of its family checklists and shown only
// for the bands under that age (never without a child's band); its words
// (`checklist.<platform>.under-minimum-age.*`) name the platform's own supervised option where an
// official page offers one, and its evidence quotes the minimum age.
import type { Evidence } from '../../../evidence';
import { bandsYoungerThan } from '../../age-bands';
import { item, type Cited } from '../build';
import type { Checklist, ChecklistItem } from '../types';

export const UNDER_MINIMUM_AGE = 'under-minimum-age';

export function underMinimumAge(minimumAge: number, cited: Cited, evidence: readonly Evidence[]): ChecklistItem {
  return { ...item(UNDER_MINIMUM_AGE, cited, { ages: bandsYoungerThan(minimumAge), evidence }), onlyWithAge: true, noMenu: true };
}

/**
 * The same item first in every checklist of the platform that a family reads (one with an item for
 * parents). It is one item, repeated: the same words and evidence on every page of the platform.
 */
export function firstInFamilyLists(first: ChecklistItem, lists: readonly Checklist[]): Checklist[] {
  return lists.map((list) => (list.items.some((i) => i.audiences.includes('parent')) ? { ...list, items: [first, ...list.items] } : list));
}
