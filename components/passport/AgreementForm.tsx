// An agreement made together: what it is about (Childnet's headings or a topic of their own), the
// words agreed, who agreed, when, and how often to look at it again. Adds or edits one.
import { useState } from 'preact/hooks';
import { saveAgreement } from '../../utils/passport/store';
import { agreementForm, newId, type AgreementForm as Form } from '../../utils/passport/forms';
import { draftKeys } from '../../utils/passport/drafts';
import { todayIso } from '../../utils/passport/reviews';
import { validateAgreement } from '../../utils/passport/validate';
import type { Agreement, Child } from '../../utils/passport/types';
import { CheckboxGroup, fieldId, Select, TextArea, TextInput } from './fields';
import { FormShell, useFormSubmit } from './FormShell';
import { intervalOptions, topicOptions, topicLabel } from './labels';
import { useLocale } from './locale';
import { useDraftForm } from './use-draft-form';

const FORM = 'agreement-form';
const id = (path: string) => fieldId(FORM, path);

export function AgreementForm({ child, agreement }: { child: Child; agreement?: Agreement }) {
  const { t } = useLocale();
  const today = todayIso();
  const key = agreement ? draftKeys.agreement(agreement.id) : draftKeys.newAgreement(child.id);
  const draft = useDraftForm<Form>(key, agreementForm(child.name, today, agreement), child.id);
  const [openedAt] = useState(agreement?.updatedAt);
  const { form, errors, update } = draft;
  const submit = useFormSubmit(draft, (f) => validateAgreement(f, todayIso()), async (values) => {
    const saved = await saveAgreement({ id: agreement?.id ?? newId(), childId: child.id, ...values }, { expectedUpdatedAt: openedAt, draftKey: draft.key });
    const message = t(agreement ? 'passport.agreement.saved' : 'passport.agreement.added', { topic: topicLabel(t, saved) });
    return { route: { view: 'agreement', agreementId: saved.id }, message };
  });

  // The people who can be ticked: the child, the adults around them, and anyone already named.
  const people = [...new Set([child.name, ...child.adults.map((a) => a.name), ...form.agreedBy])];
  return (
    <FormShell id={FORM} draft={draft} submit={submit} submitLabel={agreement ? t('common.save') : t('passport.agreement.add')} cancelHref={agreement ? `#agreement/${agreement.id}` : `#child/${child.id}`}>
      <p class="lead">{t('passport.agreement.intro', { name: child.name })}</p>
      <Select id={id('topic')} label={t('passport.agreement.topic')} hint={t('passport.agreement.topicHint')} error={errors.topic} value={form.topic} onValue={(topic) => update({ topic })} options={topicOptions(t)} placeholder={t('passport.form.choose')} />
      {form.topic === 'other' && (
        <TextInput id={id('customTopic')} label={t('passport.agreement.customTopic')} error={errors.customTopic} value={form.customTopic} onValue={(customTopic) => update({ customTopic })} />
      )}
      <TextArea id={id('words')} label={t('passport.agreement.words')} hint={t('passport.agreement.wordsHint', { name: child.name })} error={errors.words} value={form.words} onValue={(words) => update({ words })} rows={4} />
      <CheckboxGroup id={id('agreedBy')} legend={t('passport.agreement.agreedBy')} error={errors.agreedBy} options={people.map((name) => ({ value: name, label: name }))} values={form.agreedBy} onValues={(agreedBy) => update({ agreedBy })} />
      <TextInput id={id('othersWhoAgreed')} label={t('passport.agreement.othersWhoAgreed')} hint={t('passport.agreement.othersHint')} value={form.othersWhoAgreed} onValue={(othersWhoAgreed) => update({ othersWhoAgreed })} />
      <TextInput id={id('agreedOn')} type="date" max={today} label={t('passport.agreement.agreedOn')} error={errors.agreedOn} value={form.agreedOn} onValue={(agreedOn) => update({ agreedOn })} class="narrow" />
      <Select id={id('reviewEveryDays')} label={t('passport.agreement.reviewEvery')} hint={t('passport.agreement.reviewEveryHint')} error={errors.reviewEveryDays} value={form.reviewEveryDays} onValue={(reviewEveryDays) => update({ reviewEveryDays })} options={intervalOptions(t, form.reviewEveryDays)} placeholder={t('passport.form.choose')} />
    </FormShell>
  );
}
