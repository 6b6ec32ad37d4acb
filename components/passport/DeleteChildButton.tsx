// The button that deletes a child's whole passport from this browser, after a dialog that names
// the child, says what will be deleted, and asks for the child's name to be typed. Used by the
// child's page (its danger zone) and by the hand-over, which each say what happened in their own words.
import { useState } from 'preact/hooks';
import { deleteChild } from '../../utils/passport/store';
import type { ChildRecord } from '../../utils/passport/types';
import { ConfirmDialog } from './ConfirmDialog';
import { useLocale } from './locale';
import { navigate } from './navigation';

interface Props {
  /** The dialog's id; its title and the typed name's field take their ids from it. */
  dialogId: string;
  record: ChildRecord;
  openLabel: string;
  /** Said last in the dialog. */
  cannotUndo: string;
  /** Said before `cannotUndo`, set apart as a notice (the hand-over: the passport was not given yet). */
  warning?: string;
  /** Said on the list of children once the passport is deleted. */
  doneMessage: string;
}

export function DeleteChildButton({ dialogId, record, openLabel, cannotUndo, warning, doneMessage }: Props) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const { child } = record;
  return (
    <>
      <button type="button" class="danger" onClick={() => setOpen(true)}>
        {openLabel}
      </button>
      {open && (
        <ConfirmDialog
          id={dialogId}
          title={t('passport.delete.dialogTitle', { name: child.name })}
          confirmLabel={t('passport.delete.confirm', { name: child.name })}
          typeToConfirm={{ label: t('passport.delete.typeName', { name: child.name }), expected: child.name }}
          onClose={() => setOpen(false)}
          onConfirm={async () => {
            await deleteChild(child.id);
            navigate({ view: 'home' }, doneMessage);
          }}
        >
          <p>{t('passport.delete.what', { name: child.name, agreements: record.agreements.length, incidents: record.incidents.length, celebrations: record.celebrations.length })}</p>
          {warning && <p class="notice">{warning}</p>}
          <p>{cannotUndo}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
