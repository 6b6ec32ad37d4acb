// The monthly backup reminder, in the background: a daily alarm checks whether a month went by
// since the passport was last exported (utils/passport/backup.ts) and, if so, shows a local
// notification; clicking it opens the passport's export page. Says nothing about any child.
// Registered by one call from entrypoints/background.ts; listeners are added synchronously so
// that an alarm wakes the worker.
import { browser } from 'wxt/browser';
import { createTranslator } from '../i18n/translator';
import { catalogs } from '../i18n/locales';
import { uiLanguage } from '../i18n/language-setting';
import { db, setSetting } from '../storage/db';
import { BACKUP_SETTINGS, backupReminderDue, readBackupState } from './backup';

export const BACKUP_ALARM = 'passport-backup';
const CHECK_EVERY_MINUTES = 24 * 60;

/** Whether the passport holds anything, in clear or under the lock (counts only, no data read). */
async function hasPassport(): Promise<boolean> {
  const tx = (await db()).transaction(['children', 'vault'], 'readonly');
  const [children, sealed] = await Promise.all([tx.objectStore('children').count(), tx.objectStore('vault').count()]);
  await tx.done;
  return children + sealed > 0;
}

/** Shows the reminder if it is due; returns whether it did. */
export async function checkBackup(now: Date = new Date()): Promise<boolean> {
  const [state, any] = await Promise.all([readBackupState(), hasPassport()]);
  if (any && state.firstSeenAt === undefined) await setSetting(BACKUP_SETTINGS.firstSeenAt, now.toISOString());
  if (!backupReminderDue(state, any, now)) return false;
  const language = await uiLanguage();
  const t = createTranslator(catalogs, language);
  const day = (iso: string) => new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(iso));
  await browser.notifications.create(BACKUP_ALARM, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('portability.backup.reminderTitle'),
    message: state.lastExportAt ? t('portability.backup.reminderSince', { date: day(state.lastExportAt) }) : t('portability.backup.reminderNever'),
  });
  await setSetting(BACKUP_SETTINGS.lastReminderAt, now.toISOString());
  return true;
}

export async function ensureBackupAlarm(): Promise<void> {
  if (!(await browser.alarms.get(BACKUP_ALARM))) {
    await browser.alarms.create(BACKUP_ALARM, { delayInMinutes: 1, periodInMinutes: CHECK_EVERY_MINUTES });
  }
}

export async function openExportFromNotification(notificationId: string): Promise<void> {
  if (notificationId !== BACKUP_ALARM) return;
  await browser.tabs.create({ url: browser.runtime.getURL('/passport.html#export') });
  await browser.notifications.clear(notificationId);
}

export function registerBackupReminder(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BACKUP_ALARM) void checkBackup();
  });
  browser.notifications.onClicked.addListener((notificationId) => void openExportFromNotification(notificationId));
  browser.runtime.onInstalled.addListener(() => void ensureBackupAlarm());
  browser.runtime.onStartup.addListener(() => void ensureBackupAlarm());
}
