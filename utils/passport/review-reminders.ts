// Review reminders, in the background: when an agreement's alarm rings, a local notification
// says which child it is about (never the words agreed: a notification can show on a shared
// screen; nothing about the child at all while the passport is locked); clicking it opens the
// passport at that agreement. Registered by one call from entrypoints/background.ts; listeners
// are added synchronously so that an alarm wakes the worker.
import { browser } from 'wxt/browser';
import { createTranslator } from '../i18n/translator';
import { catalogs } from '../i18n/locales';
import { uiLanguage } from '../i18n/language-setting';
import { readLock } from './lock-state';
import { agreementOfReminder, alarmName, listReviewSchedule, markNotified, readNotified, reminderIdOfAlarm, syncReviewAlarms } from './review-alarms';
import { todayIso } from './reviews';
import { agreementPath } from './route';
import { PassportError, readAgreement, readChild } from './store';

/** The reminder's words: the child and the topic, or nothing about them while the passport is locked. */
async function reminderText(reminderId: string, t: ReturnType<typeof createTranslator>, language: string): Promise<{ title: string; message: string }> {
  const locked = { title: t('passport.reminder.lockedTitle'), message: t('passport.reminder.lockedMessage') };
  const agreementId = agreementOfReminder(reminderId);
  if (agreementId === undefined || (await readLock())) return locked;
  try {
    const agreement = await readAgreement(agreementId);
    const child = agreement && (await readChild(agreement.childId));
    if (!agreement || !child) return locked;
    const topic = agreement.topic === 'other' && agreement.customTopic ? agreement.customTopic : t(`passport.topic.${agreement.topic}`);
    const agreedOn = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${agreement.agreedOn}T00:00:00Z`));
    return { title: t('passport.reminder.title', { name: child.name }), message: t('passport.reminder.message', { topic, date: agreedOn, name: child.name }) };
  } catch (error) {
    // Locked in the meantime: say nothing about the child.
    if (error instanceof PassportError && error.code === 'locked') return locked;
    throw error;
  }
}

/** Shows one reminder (an agreement's, or a locked passport's day) if it is due and was not announced yet. */
export async function remindAbout(reminderId: string, today = todayIso()): Promise<boolean> {
  const scheduled = (await listReviewSchedule()).find((review) => review.reminderId === reminderId);
  if (!scheduled) return false;
  const { due } = scheduled;
  if (due > today || (await readNotified())[reminderId] === due) return false;
  const language = await uiLanguage();
  const { title, message } = await reminderText(reminderId, createTranslator(catalogs, language), language);
  await browser.notifications.create(alarmName(reminderId), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
  await markNotified(reminderId, due);
  return true;
}

/** Opens the agreement the reminder is about; a locked passport's reminder opens the passport (its lock screen). */
export async function openReminderFromNotification(notificationId: string): Promise<void> {
  const reminderId = reminderIdOfAlarm(notificationId);
  if (reminderId === undefined) return;
  const agreementId = agreementOfReminder(reminderId);
  await browser.tabs.create({ url: browser.runtime.getURL(agreementId === undefined ? '/passport.html' : agreementPath(agreementId)) });
  await browser.notifications.clear(notificationId);
}

export function registerReviewReminders(): void {
  browser.alarms.onAlarm.addListener(async (alarm) => {
    const reminderId = reminderIdOfAlarm(alarm.name);
    if (reminderId === undefined) return;
    await remindAbout(reminderId);
    await syncReviewAlarms();
  });
  browser.notifications.onClicked.addListener((notificationId) => void openReminderFromNotification(notificationId));
  browser.runtime.onInstalled.addListener(() => void syncReviewAlarms());
  browser.runtime.onStartup.addListener(() => void syncReviewAlarms());
}
