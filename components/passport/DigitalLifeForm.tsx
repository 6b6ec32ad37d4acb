// The child's digital life: devices, accounts (per platform, linked to Vigie's platform ids) and
// apps and games.
import { useState } from 'preact/hooks';
import { updateChild } from '../../utils/passport/store';
import { digitalLifeForm, emptyAccount, type DigitalLifeForm as Form } from '../../utils/passport/forms';
import { draftKeys } from '../../utils/passport/drafts';
import { validateDigitalLife } from '../../utils/passport/validate';
import type { Child } from '../../utils/passport/types';
import { fieldId, Select, TextArea, TextInput } from './fields';
import { FormShell, useFormSubmit } from './FormShell';
import { platformOptions } from './labels';
import { useLocale } from './locale';
import { useDraftForm } from './use-draft-form';

const FORM = 'digital-form';
const id = (path: string) => fieldId(FORM, path);

export function DigitalLifeForm({ child }: { child: Child }) {
  const { t } = useLocale();
  const draft = useDraftForm<Form>(draftKeys.digitalLife(child.id), digitalLifeForm(child), child.id);
  const [openedAt] = useState(child.updatedAt);
  const { form, errors, update } = draft;
  const submit = useFormSubmit(draft, validateDigitalLife, async (digital) => {
    await updateChild(child.id, digital, { expectedUpdatedAt: openedAt, draftKey: draft.key });
    return { route: { view: 'child', childId: child.id }, message: t('passport.digital.saved') };
  });
  const setAccount = (index: number, change: Partial<Form['accounts'][number]>) =>
    update((f) => ({ ...f, accounts: f.accounts.map((a, i) => (i === index ? { ...a, ...change } : a)) }));
  const addAccount = () => {
    update((f) => ({ ...f, accounts: [...f.accounts, emptyAccount()] }));
    requestAnimationFrame(() => document.getElementById(id(`accounts.${form.accounts.length}.platform`))?.focus());
  };
  const removeAccount = (index: number) => {
    update((f) => ({ ...f, accounts: f.accounts.filter((_, i) => i !== index) }));
    requestAnimationFrame(() => document.getElementById(`${FORM}-add-account`)?.focus());
  };

  return (
    <FormShell id={FORM} draft={draft} submit={submit} submitLabel={t('common.save')} cancelHref={`#child/${child.id}`}>
      <p class="lead">{t('passport.digital.intro', { name: child.name })}</p>
      <TextArea id={id('devices')} label={t('passport.digital.devices')} hint={t('passport.digital.devicesHint')} error={errors.devices} value={form.devices} onValue={(devices) => update({ devices })} rows={3} />
      <fieldset class="field repeat-group">
        <legend>{t('passport.digital.accounts')}</legend>
        <p class="field-hint">{t('passport.digital.accountsHint', { name: child.name })}</p>
        {form.accounts.map((account, i) => (
          <fieldset class="repeat-row" key={account.id}>
            <legend class="visually-hidden">{t('passport.digital.accountNumber', { number: i + 1 })}</legend>
            <Select id={id(`accounts.${i}.platform`)} label={t('passport.digital.platform')} error={errors[`accounts.${i}.platform`]} value={account.platform} onValue={(platform) => setAccount(i, { platform })} options={platformOptions(t)} placeholder={t('passport.form.choose')} />
            <TextInput id={id(`accounts.${i}.handle`)} label={t('passport.digital.handle')} error={errors[`accounts.${i}.handle`]} value={account.handle} onValue={(handle) => setAccount(i, { handle })} autoComplete="off" spellcheck={false} />
            <TextInput id={id(`accounts.${i}.notes`)} label={t('passport.digital.accountNotes')} hint={t('passport.digital.accountNotesHint')} error={errors[`accounts.${i}.notes`]} value={account.notes} onValue={(notes) => setAccount(i, { notes })} class="wide" />
            <button type="button" class="remove" onClick={() => removeAccount(i)}>
              {t('passport.digital.removeAccount', { number: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button type="button" id={`${FORM}-add-account`} onClick={addAccount}>
          {t('passport.digital.addAccount')}
        </button>
      </fieldset>
      <TextArea id={id('appsAndGames')} label={t('passport.digital.appsAndGames')} hint={t('passport.digital.appsHint')} error={errors.appsAndGames} value={form.appsAndGames} onValue={(appsAndGames) => update({ appsAndGames })} rows={3} />
    </FormShell>
  );
}
