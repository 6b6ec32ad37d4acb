// Where the passport lives, said plainly: in this browser only, and what really deletes it.
// Vigie holds `unlimitedStorage`, so the browser does not clear it to free space; removing Vigie
// does (MDN, storage.local: "When the extension is uninstalled, its associated local storage is
// cleared."), and clearing the browser's data may, depending on the browser: hence the copy.
import { useLocale } from './locale';

export function StorageNote() {
  const { t } = useLocale();
  return (
    <div class="storage-note">
      <p>{t('passport.storage.local')}</p>
      <p>{t('passport.storage.deletedBy')}</p>
    </div>
  );
}
