// Reviewing an agreement together: the day, "is it still working for the child?", notes,
// changes, and new words if the agreement changes. Saved into the agreement's history.
import { addReview } from '../../utils/passport/store';
import { newId, reviewForm, type ReviewForm as Form } from '../../utils/passport/forms';
import { draftKeys } from '../../utils/passport/drafts';
import { todayIso } from '../../utils/passport/reviews';
import { validateReview } from '../../utils/passport/validate';
import type { Agreement, Child } from '../../utils/passport/types';
import { fieldId, RadioGroup, TextArea, TextInput } from './fields';
import { FormShell, useFormSubmit } from './FormShell';
import { stillWorkingOptions } from './labels';
import { useLocale } from './locale';
import { useDraftForm } from './use-draft-form';

const FORM = 'review-form';
const id = (path: string) => fieldId(FORM, path);

export function ReviewForm({ agreement, child }: { agreement: Agreement; child: Child }) {
  const { t } = useLocale();
  const today = todayIso();
  const draft = useDraftForm<Form>(draftKeys.review(agreement.id), reviewForm(today), child.id);
  const { form, errors, update } = draft;
  const submit = useFormSubmit(draft, (f) => validateReview(f, agreement, todayIso()), async ({ review, newWords }) => {
    await addReview(agreement.id, { id: newId(), ...review }, newWords, { draftKey: draft.key });
    return { route: { view: 'agreement', agreementId: agreement.id }, message: t('passport.review.saved') };
  });
  return (
    <section class="review-form no-print" aria-labelledby="review-form-title">
      <h2 id="review-form-title">{t('passport.review.title', { name: child.name })}</h2>
      <FormShell id={FORM} draft={draft} submit={submit} submitLabel={t('passport.review.save')} cancelHref={`#child/${child.id}`}>
        <TextInput id={id('date')} type="date" max={today} label={t('passport.review.date')} error={errors.date} value={form.date} onValue={(date) => update({ date })} class="narrow" />
        <RadioGroup id={id('stillWorking')} legend={t('passport.review.stillWorking', { name: child.name })} error={errors.stillWorking} options={stillWorkingOptions(t)} value={form.stillWorking} onValue={(stillWorking) => update({ stillWorking })} />
        <TextArea id={id('notes')} label={t('passport.review.notes')} hint={t('passport.review.notesHint', { name: child.name })} error={errors.notes} value={form.notes} onValue={(notes) => update({ notes })} />
        <TextArea id={id('changes')} label={t('passport.review.changes')} error={errors.changes} value={form.changes} onValue={(changes) => update({ changes })} rows={2} />
        <TextArea id={id('newWords')} label={t('passport.review.newWords')} hint={t('passport.review.newWordsHint')} error={errors.newWords} value={form.newWords} onValue={(newWords) => update({ newWords })} rows={3} />
      </FormShell>
    </section>
  );
}
