// Review reminders, in the background: when an agreement's alarm rings, a local notification
// says which child it is about (never the words agreed: a notification can show on a shared
// screen); clicking it opens the passport at that agreement. Registered by one call from
// entrypoints/background.ts; listeners are added synchronously so that an alarm wakes the worker.
import { browser } from 'wxt/browser';
import { createTranslator } from '../i18n';
import { catalogs } from '../locales';
import { uiLanguage } from '../ui-language';
import { agreementIdOfAlarm, alarmName, markNotified, readNotified, syncReviewAlarms } from '../passport/review-alarms';
import { agreementDueForReview, todayIso } from '../passport/reviews';
import { agreementPath } from '../passport/route';
import { readAgreement, readChild } from '../passport/store';

/** Shows the reminder for one agreement if its review is due and was not announced yet. */
export async function remindAboutAgreement(agreementId: string, today = todayIso()): Promise<boolean> {
  const agreement = await readAgreement(agreementId);
  const child = agreement && (await readChild(agreement.childId));
  if (!agreement || !child) return false;
  const due = agreementDueForReview(agreement);
  if (due > today || (await readNotified())[agreementId] === due) return false;
  const language = uiLanguage();
  const t = createTranslator(catalogs, language);
  const topic = agreement.topic === 'other' && agreement.customTopic ? agreement.customTopic : t(`passport.topic.${agreement.topic}`);
  const agreedOn = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${agreement.agreedOn}T00:00:00Z`));
  await browser.notifications.create(alarmName(agreementId), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('passport.reminder.title', { name: child.name }),
    message: t('passport.reminder.message', { topic, date: agreedOn, name: child.name }),
  });
  await markNotified(agreementId, due);
  return true;
}

export async function openAgreementFromNotification(notificationId: string): Promise<void> {
  const agreementId = agreementIdOfAlarm(notificationId);
  if (agreementId === undefined) return;
  await browser.tabs.create({ url: browser.runtime.getURL(agreementPath(agreementId)) });
  await browser.notifications.clear(notificationId);
}

export function registerReviewReminders(): void {
  browser.alarms.onAlarm.addListener(async (alarm) => {
    const agreementId = agreementIdOfAlarm(alarm.name);
    if (agreementId === undefined) return;
    await remindAboutAgreement(agreementId);
    await syncReviewAlarms();
  });
  browser.notifications.onClicked.addListener((notificationId) => void openAgreementFromNotification(notificationId));
  browser.runtime.onInstalled.addListener(() => void syncReviewAlarms());
  browser.runtime.onStartup.addListener(() => void syncReviewAlarms());
}
