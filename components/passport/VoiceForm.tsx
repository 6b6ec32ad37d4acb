// The child's own part, written by the child or with them: what they like and dislike online,
// what goes well and not so well, worries, what they learned, hopes and interests.
import { useState } from 'preact/hooks';
import { updateChild } from '../../utils/passport/store';
import { voiceForm, type VoiceForm as Form } from '../../utils/passport/forms';
import { draftKeys } from '../../utils/passport/drafts';
import { validateVoice } from '../../utils/passport/validate';
import type { Child } from '../../utils/passport/types';
import { fieldId, RadioGroup, TextArea } from './fields';
import { FormShell, useFormSubmit } from './FormShell';
import { useLocale } from './locale';
import { useDraftForm } from './use-draft-form';

const FORM = 'voice-form';
const id = (path: string) => fieldId(FORM, path);
export const VOICE_QUESTIONS = ['likes', 'dislikes', 'goingWell', 'notGoingWell', 'worries', 'learned', 'hopes'] as const;

export function VoiceForm({ child }: { child: Child }) {
  const { t } = useLocale();
  const draft = useDraftForm<Form>(draftKeys.voice(child.id), voiceForm(child), child.id);
  const [openedAt] = useState(child.updatedAt);
  const { form, errors, update } = draft;
  const submit = useFormSubmit(draft, validateVoice, async (voice) => {
    await updateChild(child.id, { voice: { ...voice, updatedAt: new Date().toISOString() } }, { expectedUpdatedAt: openedAt, draftKey: draft.key });
    return { route: { view: 'child', childId: child.id }, message: t('passport.voice.saved', { name: child.name }) };
  });
  return (
    <FormShell id={FORM} draft={draft} submit={submit} submitLabel={t('common.save')} cancelHref={`#child/${child.id}`}>
      <p class="lead">{t('passport.voice.intro', { name: child.name })}</p>
      <RadioGroup
        id={id('writtenBy')}
        legend={t('passport.voice.writtenBy')}
        options={[
          { value: 'child', label: t('passport.voice.writtenBy.child', { name: child.name }) },
          { value: 'together', label: t('passport.voice.writtenBy.together', { name: child.name }) },
        ]}
        value={form.writtenBy}
        onValue={(writtenBy) => update({ writtenBy: writtenBy as Form['writtenBy'] })}
      />
      {VOICE_QUESTIONS.map((question) => (
        <TextArea key={question} id={id(question)} label={t(`passport.voice.${question}`)} error={errors[question]} value={form[question]} onValue={(value) => update({ [question]: value } as Partial<Form>)} rows={3} />
      ))}
    </FormShell>
  );
}
