// "Instagram settings for Léa: due for a re-check": which settings reviews are due again, per
// child and platform page (90 days after the review was finished, or once Vigie's advice for the
// page changed), and, for a person who opted in, a local notification once per review and due
// day. The notification names the child (the person chose that); clicking it opens the child's
// passport. While the passport is locked its reviews are sealed: nothing is due that anyone can
// see, and no notification names anyone. Runs in the background; the checklists' versions come
// from the entrypoint (the passport does not import the guide).
import { browser } from 'wxt/browser';
import { createTranslator } from '../i18n/translator';
import { catalogs } from '../i18n/locales';
import { uiLanguage } from '../i18n/language-setting';
import { getSetting, setSetting } from '../storage/db';
import type { PlatformId } from '../taxonomy';
import { settingsRemindersOn, settingsReviewState } from './settings-reviews';
import { PassportError, readAllChildRecords } from './store';
import type { ChildRecord } from './types';

export const SETTINGS_REVIEW_ALARM = 'passport-settings-reviews';
export const SETTINGS_REVIEW_NOTIFICATION = 'passport-settings-review:';
const NOTIFIED_SETTING = 'settingsReviewReminders.notified';
const CHECK_EVERY_MINUTES = 24 * 60;

export type VersionOf = (platform: PlatformId, pageId: string) => string | undefined;

export interface DueSettingsReview {
  reviewId: string;
  childId: string;
  childName: string;
  platform: PlatformId;
  pageId: string;
  reason: 'age' | 'version';
  due: string;
}

/** Every settings review due again, children in the passport's order. Pure. */
export function dueSettingsReviews(records: readonly ChildRecord[], now: Date, versionOf: VersionOf = () => undefined): DueSettingsReview[] {
  return records.flatMap(({ child, settingsReviews }) =>
    settingsReviews.flatMap((review) => {
      const state = settingsReviewState(review, now, versionOf(review.platform, review.pageId));
      return state.state === 'due'
        ? [{ reviewId: review.id, childId: child.id, childName: child.name, platform: review.platform, pageId: review.pageId, reason: state.reason, due: state.due }]
        : [];
    }));
}

/** The reviews due now; none while the passport is locked (they are sealed). */
export async function readDueSettingsReviews(now: Date, versionOf?: VersionOf): Promise<DueSettingsReview[]> {
  try {
    return dueSettingsReviews(await readAllChildRecords(), now, versionOf);
  } catch (error) {
    if (error instanceof PassportError && error.code === 'locked') return [];
    throw error;
  }
}

/** Notifies each review due and not yet notified for this due day, if the person opted in; returns how many. */
export async function checkSettingsReviews(now: Date, versionOf?: VersionOf): Promise<number> {
  if (!(await settingsRemindersOn())) return 0;
  const due = await readDueSettingsReviews(now, versionOf);
  const notified = (await getSetting<Record<string, string>>(NOTIFIED_SETTING)) ?? {};
  const t = createTranslator(catalogs, await uiLanguage());
  let shown = 0;
  for (const review of due) {
    const key = `${review.due}/${review.reason}`;
    if (notified[review.reviewId] === key) continue;
    await browser.notifications.create(`${SETTINGS_REVIEW_NOTIFICATION}${review.childId}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('passport.settingsReviews.reminderTitle', { platform: t(`passport.platform.${review.platform}`), name: review.childName }),
      message: t(review.reason === 'version' ? 'passport.settingsReviews.reminderVersion' : 'passport.settingsReviews.reminderAge'),
    });
    notified[review.reviewId] = key;
    shown++;
  }
  // Only the reviews still due are remembered, so the setting does not grow forever.
  const kept = Object.fromEntries(due.filter((review) => notified[review.reviewId]).map((review) => [review.reviewId, notified[review.reviewId]!]));
  await setSetting(NOTIFIED_SETTING, kept);
  return shown;
}

export function registerSettingsReviewReminders(versionOf: VersionOf): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SETTINGS_REVIEW_ALARM) void checkSettingsReviews(new Date(), versionOf);
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(SETTINGS_REVIEW_NOTIFICATION)) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`/passport.html#child/${id.slice(SETTINGS_REVIEW_NOTIFICATION.length)}`) });
    void browser.notifications.clear(id);
  });
  const ensure = async () => {
    if (!(await browser.alarms.get(SETTINGS_REVIEW_ALARM))) await browser.alarms.create(SETTINGS_REVIEW_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_EVERY_MINUTES });
  };
  browser.runtime.onInstalled.addListener(() => void ensure());
  browser.runtime.onStartup.addListener(() => void ensure());
}
