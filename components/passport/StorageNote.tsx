// Where the passport lives, said plainly: in this browser only; whether the browser agreed to keep
// it when space runs low (navigator.storage.persist(), asked once when the page opens); and that
// uninstalling Vigie deletes it.
import { useEffect, useState } from 'preact/hooks';
import { useLocale } from './locale';

type Persistence = 'asking' | 'persisted' | 'best-effort';

export async function requestPersistence(): Promise<Persistence> {
  if (!navigator.storage?.persist) return 'best-effort';
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'best-effort';
  }
}

export function StorageNote() {
  const { t } = useLocale();
  const [persistence, setPersistence] = useState<Persistence>('asking');
  useEffect(() => {
    void requestPersistence().then(setPersistence);
  }, []);
  return (
    <div class="storage-note">
      <p>{t('passport.storage.local')}</p>
      {persistence !== 'asking' && <p data-persistence={persistence}>{t(`passport.storage.${persistence}`)}</p>}
      <p>{t('passport.storage.uninstall')}</p>
    </div>
  );
}
