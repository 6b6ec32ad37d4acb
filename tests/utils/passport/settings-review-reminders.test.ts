// "Instagram settings for Léa: due for a re-check": per child and platform page, 90 days after a
// finished review or once the page's advice changed; a notification only for a person who opted
// in, once per review and due day, and none naming anyone while the passport is locked.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { db, resetConnection } from '../../../utils/storage/db';
import { checkSettingsReviews, dueSettingsReviews, readDueSettingsReviews } from '../../../utils/passport/settings-review-reminders';
import { recordSettingsReview, setSettingsReminders, settingsReviewState } from '../../../utils/passport/settings-reviews';
import { createChild } from '../../../utils/passport/store';
import { prepareLock } from '../../../utils/passport/lock';
import { endSession } from '../../../utils/passport/lock-state';
import { deleteEveryDatabase } from '../../support/databases';
import { childFields, childRecord } from './passport-fixtures';

const DAY = 86_400_000;
const now = new Date('2026-12-04T09:00:00Z');
const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();

beforeEach(async () => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
  endSession();
  await resetConnection();
  await deleteEveryDatabase();
});
afterEach(() => endSession());

async function finishedReview(name: string, daysAgo: number, guidanceVersion = 'v1') {
  const child = await createChild(childFields({ name }));
  await recordSettingsReview({
    childId: child.id, platform: 'instagram', pageId: 'privacy', audience: 'parent', checkedAt: ago(daysAgo), completedAt: ago(daysAgo),
    guidanceVersion, done: 3, total: 3, itemsLeft: [],
  });
  return child;
}

describe('when a settings review is due again', () => {
  it('is due 90 days after it was finished, or as soon as the page\'s advice changed; an unfinished one is not "due"', () => {
    const review = { completedAt: ago(89), guidanceVersion: 'v1', itemsLeft: [] };
    expect(settingsReviewState(review, now, 'v1')).toMatchObject({ state: 'current' });
    expect(settingsReviewState({ ...review, completedAt: ago(91) }, now, 'v1')).toMatchObject({ state: 'due', reason: 'age' });
    expect(settingsReviewState(review, now, 'v2')).toMatchObject({ state: 'due', reason: 'version' });
    expect(settingsReviewState({ guidanceVersion: 'v1', itemsLeft: ['a'] }, now, 'v1')).toEqual({ state: 'unfinished' });
  });

  it('lists them per child and page', () => {
    const lea = childRecord('Léa');
    lea.settingsReviews[0] = { ...lea.settingsReviews[0]!, completedAt: ago(120), itemsLeft: [], done: 3, total: 3 };
    const tom = childRecord('Tom');
    expect(dueSettingsReviews([lea, tom], now)).toEqual([
      expect.objectContaining({ childId: lea.child.id, childName: 'Léa', platform: 'instagram', pageId: 'privacy', reason: 'age' }),
    ]);
  });
});

describe('settings-review notifications', () => {
  it('says nothing unless the person opted in; then once per review and due day, naming the child and the platform', async () => {
    const lea = await finishedReview('Léa', 100);
    expect(await checkSettingsReviews(now)).toBe(0);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    await setSettingsReminders(true);
    expect(await checkSettingsReviews(now)).toBe(1);
    const shown = (await fakeBrowser.notifications.getAll())[`passport-settings-review:${lea.id}`] as { title: string; message: string };
    expect(shown.title).toBe('Instagram settings for Léa: due for a re-check');
    expect(shown.message).toContain('more than 90 days ago');
    expect(await checkSettingsReviews(now)).toBe(0);
    // The advice changed: due again for another reason, told once more.
    expect(await checkSettingsReviews(now, () => 'v2')).toBe(1);
  });

  it('names nobody while the passport is locked (the reviews are sealed)', async () => {
    await finishedReview('Léa', 100);
    await setSettingsReminders(true);
    await (await prepareLock('four calm herons wade')).commit();
    endSession();
    // Sealed with the rest of the child's record: nothing of the review left in clear.
    expect(await (await db()).count('settingsReviews')).toBe(0);
    expect(await readDueSettingsReviews(now)).toEqual([]);
    expect(await checkSettingsReviews(now)).toBe(0);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});
