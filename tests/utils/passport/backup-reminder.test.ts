import { deleteEveryDatabase } from '../../support/databases';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { resetConnection } from '../../../utils/storage/db';
import { BACKUP_ALARM, checkBackup, ensureBackupAlarm, openExportFromNotification, registerBackupReminder } from '../../../utils/passport/backup-reminder';
import { BACKUP_INTERVAL_DAYS, backupReminderDue, readBackupState, recordExport, setBackupReminder } from '../../../utils/passport/backup';
import { prepareLock } from '../../../utils/passport/lock';
import { endSession } from '../../../utils/passport/lock-state';
import { createChild } from '../../../utils/passport/store';
import { childFields } from './passport-fixtures';

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
});
afterEach(async () => {
  endSession();
  await resetConnection();
  await deleteEveryDatabase();
});

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);
const shown = async () => (await fakeBrowser.notifications.getAll())[BACKUP_ALARM] as { title: string; message: string } | undefined;

describe('when the backup reminder is due', () => {
  const now = at('2025-06-01T09:00:00Z');
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  it('is due a month after the last export, reminder, or first sight of a passport', () => {
    expect(BACKUP_INTERVAL_DAYS).toBe(30);
    expect(backupReminderDue({ lastExportAt: ago(30) }, true, now)).toBe(true);
    expect(backupReminderDue({ lastExportAt: ago(29) }, true, now)).toBe(false);
    expect(backupReminderDue({ lastExportAt: ago(90), lastReminderAt: ago(3) }, true, now)).toBe(false);
    expect(backupReminderDue({ firstSeenAt: ago(31) }, true, now)).toBe(true);
    expect(backupReminderDue({ firstSeenAt: ago(31), lastExportAt: ago(2) }, true, now)).toBe(false);
  });
  it('is never due with an empty passport, before anything was seen, or when turned off', () => {
    expect(backupReminderDue({ lastExportAt: ago(300) }, false, now)).toBe(false);
    expect(backupReminderDue({}, true, now)).toBe(false);
    expect(backupReminderDue({ lastExportAt: ago(300), remind: false }, true, now)).toBe(false);
  });
});

describe('the monthly reminder in the background', () => {
  it('starts counting when it first sees a passport, then reminds once a month, saying nothing about the child', async () => {
    expect(await checkBackup(at('2025-01-01T09:00:00Z'))).toBe(false);
    expect((await readBackupState()).firstSeenAt).toBeUndefined();
    await createChild(childFields({ name: 'Zéphyrine' }));
    expect(await checkBackup(at('2025-01-02T09:00:00Z'))).toBe(false);
    expect((await readBackupState()).firstSeenAt).toBe('2025-01-02T09:00:00.000Z');
    expect(await checkBackup(at('2025-01-20T09:00:00Z'))).toBe(false);
    expect(await checkBackup(at('2025-02-01T09:00:00Z'))).toBe(true);
    const notification = await shown();
    expect(notification?.title).toBe('Time to save a copy of the passport');
    expect(notification?.message).toContain('has not been exported yet');
    expect(notification?.message).toContain('Removing Vigie');
    expect(JSON.stringify(notification)).not.toContain('Zéphyrine');
    // Once a month, not every day.
    await fakeBrowser.notifications.clear(BACKUP_ALARM);
    expect(await checkBackup(at('2025-02-02T09:00:00Z'))).toBe(false);
    // An export resets the clock and is named in the next reminder.
    await recordExport(at('2025-02-10T09:00:00Z'));
    expect(await checkBackup(at('2025-03-05T09:00:00Z'))).toBe(false);
    expect(await checkBackup(at('2025-03-13T09:00:00Z'))).toBe(true);
    expect((await shown())?.message).toMatch(/^The last copy of the family passport was exported on (10 February|February 10,) 2025\./);
  });

  it('counts a locked passport too, and stays quiet when turned off', { timeout: 30_000 }, async () => {
    await createChild(childFields({ name: 'Zéphyrine' }));
    await (await prepareLock('purple otter reads maps')).commit();
    endSession();
    await checkBackup(at('2025-01-01T09:00:00Z'));
    expect(await checkBackup(at('2025-02-15T09:00:00Z'))).toBe(true);
    await setBackupReminder(false);
    expect(await checkBackup(at('2025-06-15T09:00:00Z'))).toBe(false);
  });

  it('checks once a day with one alarm, and opens the export page when clicked', async () => {
    registerBackupReminder();
    await ensureBackupAlarm();
    await ensureBackupAlarm();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.filter((a) => a.name === BACKUP_ALARM)).toEqual([expect.objectContaining({ periodInMinutes: 24 * 60 })]);
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await openExportFromNotification('passport-review:agreement-1');
    expect(created).not.toHaveBeenCalled();
    await openExportFromNotification(BACKUP_ALARM);
    expect(created).toHaveBeenCalledWith({ url: expect.stringMatching(/\/passport\.html#export$/) });
  });
});
