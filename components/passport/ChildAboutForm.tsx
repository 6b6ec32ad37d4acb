// The child: a first name or nickname, an age band, the adults around them and their roles, and
// who the child agreed may see their own part. Used to add a child and to edit one.
import { useState } from 'preact/hooks';
import { createChild, updateChild } from '../../utils/passport/store';
import { childAboutForm, emptyAdult, newId, type ChildAboutForm as Form, type IncidentPrefill } from '../../utils/passport/forms';
import { draftKeys } from '../../utils/passport/drafts';
import { validateChildAbout } from '../../utils/passport/validate';
import type { Child } from '../../utils/passport/types';
import { CheckboxGroup, fieldId, Select, TextInput } from './fields';
import { FormShell, useFormSubmit } from './FormShell';
import { ageBandOptions, roleOptions } from './labels';
import { useLocale } from './locale';
import { useDraftForm } from './use-draft-form';

const FORM = 'child-form';
const id = (path: string) => fieldId(FORM, path);
const emptyVoice = { likes: '', dislikes: '', goingWell: '', notGoingWell: '', worries: '', learned: '', hopes: '' };

export function ChildAboutForm({ child, prefill }: { child?: Child; prefill?: IncidentPrefill }) {
  const { t } = useLocale();
  const draft = useDraftForm<Form>(child ? draftKeys.childAbout(child.id) : draftKeys.newChild(), childAboutForm(child), child?.id);
  const { form, errors, update } = draft;
  // The version the form was opened on: saving over a newer one (another tab) is refused.
  const [openedAt] = useState(child?.updatedAt);
  const submit = useFormSubmit(draft, validateChildAbout, async (about) => {
    if (child) {
      await updateChild(child.id, about, { expectedUpdatedAt: openedAt, draftKey: draft.key });
      return { route: { view: 'child', childId: child.id }, message: t('passport.child.saved', { name: about.name }) };
    }
    const created = await createChild({ id: newId(), ...about, devices: [], accounts: [], appsAndGames: [], voice: emptyVoice }, { draftKey: draft.key });
    if (prefill) return { route: { view: 'child-section', childId: created.id, section: 'incident/new', prefill }, message: t('passport.child.added', { name: about.name }) };
    return { route: { view: 'child', childId: created.id }, message: t('passport.child.added', { name: about.name }) };
  });

  const who = form.name.trim() || t('passport.child.theChild');
  const setAdult = (index: number, change: Partial<Form['adults'][number]>) =>
    update((f) => ({ ...f, adults: f.adults.map((a, i) => (i === index ? { ...a, ...change } : a)) }));
  const addAdult = () => {
    const adult = emptyAdult();
    update((f) => ({ ...f, adults: [...f.adults, adult] }));
    // Focus the new row's first field once it is drawn.
    requestAnimationFrame(() => document.getElementById(id(`adults.${form.adults.length}.name`))?.focus());
  };
  const removeAdult = (index: number) => {
    update((f) => {
      const removed = f.adults[index];
      return { ...f, adults: f.adults.filter((_, i) => i !== index), voiceSharedWith: f.voiceSharedWith.filter((x) => x !== removed?.id) };
    });
    requestAnimationFrame(() => document.getElementById(`${FORM}-add-adult`)?.focus());
  };
  const namedAdults = form.adults.filter((a) => a.name.trim());

  return (
    <FormShell id={FORM} draft={draft} submit={submit} submitLabel={child ? t('common.save') : t('passport.child.add')} cancelHref={child ? `#child/${child.id}` : '#'}>
      <TextInput id={id('name')} label={t('passport.child.name')} hint={t('passport.child.nameHint')} error={errors.name} value={form.name} onValue={(name) => update({ name })} autoComplete="off" spellcheck={false} />
      <Select id={id('ageBand')} label={t('passport.child.ageBand')} error={errors.ageBand} value={form.ageBand} onValue={(ageBand) => update({ ageBand })} options={ageBandOptions(t)} placeholder={t('passport.form.choose')} />
      <fieldset class="field repeat-group">
        <legend>{t('passport.child.adults', { name: who })}</legend>
        <p class="field-hint">{t('passport.child.adultsHint')}</p>
        {form.adults.map((adult, i) => (
          <fieldset class="repeat-row" key={adult.id}>
            <legend class="visually-hidden">{t('passport.child.adultNumber', { number: i + 1 })}</legend>
            <TextInput id={id(`adults.${i}.name`)} label={t('passport.child.adultName')} error={errors[`adults.${i}.name`]} value={adult.name} onValue={(name) => setAdult(i, { name })} autoComplete="off" />
            <Select id={id(`adults.${i}.role`)} label={t('passport.child.adultRole')} error={errors[`adults.${i}.role`]} value={adult.role} onValue={(role) => setAdult(i, { role })} options={roleOptions(t)} placeholder={t('passport.form.choose')} />
            <button type="button" class="remove" onClick={() => removeAdult(i)}>
              {t('passport.child.removeAdult', { name: adult.name.trim() || t('passport.child.adultNumber', { number: i + 1 }) })}
            </button>
          </fieldset>
        ))}
        <button type="button" id={`${FORM}-add-adult`} onClick={addAdult}>
          {t('passport.child.addAdult')}
        </button>
      </fieldset>
      {namedAdults.length > 0 ? (
        <CheckboxGroup
          id={id('voiceSharedWith')}
          legend={t('passport.child.sharedWith', { name: who })}
          hint={t('passport.child.sharedWithHint', { name: who })}
          options={namedAdults.map((a) => ({ value: a.id, label: `${a.name} (${t(`passport.role.${a.role || 'other'}`)})` }))}
          values={form.voiceSharedWith}
          onValues={(voiceSharedWith) => update({ voiceSharedWith })}
        />
      ) : (
        <p class="field-hint">{t('passport.child.sharedWithLater', { name: who })}</p>
      )}
    </FormShell>
  );
}
