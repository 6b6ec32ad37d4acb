// Something the child enjoys or is proud of online: the passport is not only about risk.
import { saveCelebration } from '../../utils/passport/store';
import { celebrationForm, newId, type CelebrationForm as Form } from '../../utils/passport/forms';
import { draftKeys } from '../../utils/passport/drafts';
import { todayIso } from '../../utils/passport/reviews';
import { validateCelebration } from '../../utils/passport/validate';
import type { Child } from '../../utils/passport/types';
import { fieldId, TextArea, TextInput } from './fields';
import { FormShell, useFormSubmit } from './FormShell';
import { useLocale } from './locale';
import { useDraftForm } from './use-draft-form';

const FORM = 'celebration-form';
const id = (path: string) => fieldId(FORM, path);

export function CelebrationForm({ child }: { child: Child }) {
  const { t } = useLocale();
  const today = todayIso();
  const draft = useDraftForm<Form>(draftKeys.newCelebration(child.id), celebrationForm(today), child.id);
  const { form, errors, update } = draft;
  const submit = useFormSubmit(draft, (f) => validateCelebration(f, todayIso()), async (values) => {
    await saveCelebration({ id: newId(), childId: child.id, ...values }, { draftKey: draft.key });
    return { route: { view: 'child', childId: child.id }, message: t('passport.celebration.added') };
  });
  return (
    <FormShell id={FORM} draft={draft} submit={submit} submitLabel={t('passport.celebration.add')} cancelHref={`#child/${child.id}`}>
      <p class="lead">{t('passport.celebration.intro', { name: child.name })}</p>
      <TextArea id={id('text')} label={t('passport.celebration.text')} hint={t('passport.celebration.textHint', { name: child.name })} error={errors.text} value={form.text} onValue={(text) => update({ text })} rows={3} />
      <TextInput id={id('date')} type="date" max={today} label={t('passport.celebration.date')} error={errors.date} value={form.date} onValue={(date) => update({ date })} class="narrow" />
    </FormShell>
  );
}
