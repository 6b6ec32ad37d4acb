// The monthly reminder to export a copy of the passport: what it remembers (settings) and when it
// is due (pure). The passport lives only in this browser and goes with Vigie when Vigie is
// removed, so a copy elsewhere is the only backup. Used by the background (entrypoints/background/
// backup-reminder.ts) and the passport page (the date of the last export, the on/off choice).
import { getSetting, setSetting } from '../storage/db';

export const BACKUP_INTERVAL_DAYS = 30;
const DAY_MS = 86_400_000;

export const BACKUP_SETTINGS = {
  lastExportAt: 'backupLastExportAt',
  /** When the background first saw a passport with something in it (the clock starts then). */
  firstSeenAt: 'backupFirstSeenAt',
  lastReminderAt: 'backupLastReminderAt',
  /** false: the person turned the reminder off. */
  remind: 'backupRemind',
} as const;

export interface BackupState {
  lastExportAt?: string;
  firstSeenAt?: string;
  lastReminderAt?: string;
  remind?: boolean;
}

/** Due when there is a passport and a month has gone by since the last export, reminder, or first sight. */
export function backupReminderDue(state: BackupState, hasPassport: boolean, now: Date): boolean {
  if (!hasPassport || state.remind === false) return false;
  const times = [state.lastExportAt, state.firstSeenAt, state.lastReminderAt]
    .map((iso) => (iso === undefined ? Number.NaN : Date.parse(iso)))
    .filter((time) => !Number.isNaN(time));
  if (times.length === 0) return false;
  return now.getTime() - Math.max(...times) >= BACKUP_INTERVAL_DAYS * DAY_MS;
}

export async function readBackupState(): Promise<BackupState> {
  const [lastExportAt, firstSeenAt, lastReminderAt, remind] = await Promise.all([
    getSetting<string>(BACKUP_SETTINGS.lastExportAt),
    getSetting<string>(BACKUP_SETTINGS.firstSeenAt),
    getSetting<string>(BACKUP_SETTINGS.lastReminderAt),
    getSetting<boolean>(BACKUP_SETTINGS.remind),
  ]);
  return { lastExportAt, firstSeenAt, lastReminderAt, remind };
}

export async function recordExport(now: Date = new Date()): Promise<void> {
  await setSetting(BACKUP_SETTINGS.lastExportAt, now.toISOString());
}

export async function setBackupReminder(on: boolean): Promise<void> {
  await setSetting(BACKUP_SETTINGS.remind, on);
}
