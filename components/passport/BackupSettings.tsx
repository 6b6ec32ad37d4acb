// When the passport was last exported, and the monthly reminder to export a copy (on unless turned
// off). Shown on the export page; the home page shows the date too.
import { signal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { readBackupState, recordExport, setBackupReminder } from '../../utils/passport/backup';
import { useLocale } from './locale';

/** When the passport was last exported; null until read. */
const lastExport = signal<string | undefined | null>(null);

/** Remembers an export made in this page, and shows its date at once. */
export async function exportDone(now: Date = new Date()): Promise<void> {
  await recordExport(now);
  lastExport.value = now.toISOString();
}

export function useLastExport(): string | undefined | null {
  useEffect(() => {
    void readBackupState().then((state) => (lastExport.value = state.lastExportAt));
  }, []);
  return lastExport.value;
}

export function LastExport({ last }: { last: string | undefined | null }) {
  const { t, moment } = useLocale();
  if (last === null) return null;
  return <p class="last-export">{last ? t('portability.backup.lastExport', { date: moment(last) }) : t('portability.backup.never')}</p>;
}

export function BackupSettings() {
  const { t } = useLocale();
  const [remind, setRemind] = useState<boolean>();
  useEffect(() => {
    void readBackupState().then((state) => setRemind(state.remind !== false));
  }, []);
  return (
    <section class="passport-section" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('portability.backup.title')}</h2>
      <p>{t('portability.backup.why')}</p>
      {remind !== undefined && (
        <div class="choice">
          <input
            type="checkbox"
            id="backup-remind"
            checked={remind}
            aria-describedby="backup-remind-hint"
            onChange={(e) => {
              const on = e.currentTarget.checked;
              setRemind(on);
              void setBackupReminder(on);
            }}
          />
          <label for="backup-remind">{t('portability.backup.remind')}</label>
        </div>
      )}
      <p id="backup-remind-hint" class="field-hint">{t('portability.backup.remindHint')}</p>
    </section>
  );
}
