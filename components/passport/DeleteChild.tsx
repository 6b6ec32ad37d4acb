// Deleting a child's whole passport from this browser: a dialog that names the child, says what
// will be deleted, and asks for the child's name to be typed before anything happens.
import { useState } from 'preact/hooks';
import { deleteChild } from '../../utils/passport/store';
import type { ChildRecord } from '../../utils/passport/types';
import { ConfirmDialog } from './ConfirmDialog';
import { useLocale } from './locale';
import { navigate } from './navigation';

export function DeleteChild({ record }: { record: ChildRecord }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const { child } = record;
  return (
    <section class="passport-section danger-zone no-print" aria-labelledby="delete-title">
      <h2 id="delete-title">{t('passport.delete.title')}</h2>
      <p>{t('passport.delete.intro', { name: child.name })}</p>
      <button type="button" class="danger" onClick={() => setOpen(true)}>
        {t('passport.delete.open', { name: child.name })}
      </button>
      {open && (
        <ConfirmDialog
          id="delete-child"
          title={t('passport.delete.dialogTitle', { name: child.name })}
          confirmLabel={t('passport.delete.confirm', { name: child.name })}
          typeToConfirm={{ label: t('passport.delete.typeName', { name: child.name }), expected: child.name }}
          onClose={() => setOpen(false)}
          onConfirm={async () => {
            await deleteChild(child.id);
            navigate({ view: 'home' }, t('passport.delete.done', { name: child.name }));
          }}
        >
          <p>{t('passport.delete.what', { name: child.name, agreements: record.agreements.length, incidents: record.incidents.length, celebrations: record.celebrations.length })}</p>
          <p>{t('passport.delete.cannotUndo')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
