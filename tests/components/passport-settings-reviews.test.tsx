// A child's settings reviews on their passport page and in print: what was checked, when and by
// whom, what is left (the checklist's own words, loaded on demand), and when it is due again.
import { afterEach, describe, expect, it } from 'vitest';
import { OverviewSettingsReviews } from '../../components/passport/OverviewSettingsReviews';
import { checklistFor } from '../../utils/guide/checklists';
import type { ChildRecord, SettingsReview } from '../../utils/passport/types';
import { childRecord } from '../utils/passport/passport-fixtures';
import { eventually, mount, unmount } from './passport-helpers';

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) unmount(root);
  root = undefined;
});

const version = checklistFor({ platform: 'instagram', context: 'privacy', pageId: 'privacy' })!.version;
const firstItem = checklistFor({ platform: 'instagram', context: 'privacy', pageId: 'privacy' })!.items.find((item) => item.id === 'private-account');

function withReview(review: Partial<SettingsReview>): ChildRecord {
  const record = childRecord('Léa');
  record.settingsReviews = [{ ...record.settingsReviews[0]!, guidanceVersion: version, ...review }];
  return record;
}
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

describe('settings reviews in the passport', () => {
  it('says when there is none, and how to make one', () => {
    root = mount(<OverviewSettingsReviews record={{ ...childRecord('Léa'), settingsReviews: [] }} />);
    expect(root.textContent).toContain('No settings review for Léa yet');
  });

  it('names the page, who checked it and when, what is done, and the items left in the checklist’s words', async () => {
    root = mount(<OverviewSettingsReviews record={withReview({ checkedAt: '2026-11-30T10:00:00.000Z', audience: 'carer', done: 1, total: 3, itemsLeft: [firstItem!.id] })} />);
    await eventually(() => expect(root!.querySelector('h3')?.textContent).toBe('Instagram: Account privacy'));
    expect(root.textContent).toMatch(/Last checked on (30 November|November 30,) 2026 by a carer · 1 of 3 done/);
    expect(root.textContent).toContain('Not finished: 1 item left.');
    expect(root.querySelector('.items-left li')?.textContent).toBe('Make sure the account is private');
  });

  it('gives the next check 90 days after a finished review, and says it is due after that or when the advice changed', async () => {
    root = mount(<OverviewSettingsReviews record={withReview({ completedAt: daysAgo(10), checkedAt: daysAgo(10), done: 3, total: 3, itemsLeft: [] })} />);
    await eventually(() => expect(root!.textContent).toContain('Next check due on'));
    unmount(root);
    root = mount(<OverviewSettingsReviews record={withReview({ completedAt: daysAgo(91), checkedAt: daysAgo(91), done: 3, total: 3, itemsLeft: [] })} />);
    await eventually(() => expect(root!.textContent).toContain('Finished more than 90 days ago'));
    expect(root.querySelector('.badge-overdue')?.textContent).toBe('re-check due');
    unmount(root);
    root = mount(<OverviewSettingsReviews record={withReview({ completedAt: daysAgo(3), checkedAt: daysAgo(3), done: 3, total: 3, itemsLeft: [], guidanceVersion: 'an-older-version' })} />);
    await eventually(() => expect(root!.textContent).toContain('Vigie’s advice for this page has changed since'));
  });

  it('speaks French', async () => {
    root = mount(<OverviewSettingsReviews record={withReview({ checkedAt: '2026-11-30T10:00:00.000Z', done: 1, total: 3 })} />, 'fr');
    await eventually(() => expect(root!.textContent).toContain('Vérifié pour la dernière fois le 30 novembre 2026 par un parent · 1 sur 3 fait'));
  });
});
