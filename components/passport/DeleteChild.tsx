// Deleting a child's whole passport from this browser, from the child's page: a danger zone that
// says what it is for, and the button that asks for confirmation first.
import type { ChildRecord } from '../../utils/passport/types';
import { DeleteChildButton } from './DeleteChildButton';
import { useLocale } from './locale';

export function DeleteChild({ record }: { record: ChildRecord }) {
  const { t } = useLocale();
  const { child } = record;
  return (
    <section class="passport-section danger-zone no-print" aria-labelledby="delete-title">
      <h2 id="delete-title">{t('passport.delete.title')}</h2>
      <p>{t('passport.delete.intro', { name: child.name })}</p>
      <DeleteChildButton
        dialogId="delete-child"
        record={record}
        openLabel={t('passport.delete.open', { name: child.name })}
        cannotUndo={t('passport.delete.cannotUndo')}
        doneMessage={t('passport.delete.done', { name: child.name })}
      />
    </section>
  );
}
