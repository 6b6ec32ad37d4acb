// The opt-in for "Instagram settings for Léa: due for a re-check" notifications, beside a child's
// settings reviews. Off by default: the notification names the child, and may show on a shared screen.
import { useEffect, useState } from 'preact/hooks';
import { setSettingsReminders, settingsRemindersOn } from '../../utils/passport/settings-reviews';
import { useLocale } from './locale';

export function SettingsRemindersChoice({ idPrefix = '' }: { idPrefix?: string }) {
  const { t } = useLocale();
  const [on, setOn] = useState<boolean>();
  useEffect(() => {
    let live = true;
    settingsRemindersOn().then((value) => live && setOn(value), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  const id = `${idPrefix}settings-reminders`;
  return (
    <div class="choice no-print">
      <input
        type="checkbox"
        id={id}
        aria-describedby={`${id}-hint`}
        checked={on === true}
        disabled={on === undefined}
        onChange={(event) => {
          const next = event.currentTarget.checked;
          setOn(next);
          void setSettingsReminders(next);
        }}
      />
      <label for={id}>{t('passport.settingsReviews.remindersLabel')}</label>
      <p id={`${id}-hint`} class="hint muted">{t('passport.settingsReviews.remindersHint')}</p>
    </div>
  );
}
