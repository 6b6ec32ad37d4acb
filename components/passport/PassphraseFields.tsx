// Choosing a passphrase (an encrypted export, the lock): typed twice, with a strength hint that
// is read out when it changes, and a "show what I type" choice for people who find masked typing
// hard. Used by the export form, the lock's set-up and the recovery form.
import { useState } from 'preact/hooks';
import { MIN_PASSPHRASE_LENGTH, passphraseStrength, type PassphraseProblems } from '../../utils/passport/passphrase';
import type { FieldError } from '../../utils/passport/validate';
import { TextInput } from './fields';
import { useLocale } from './locale';

export interface NewPassphrase {
  passphrase: string;
  confirm: string;
}

export const emptyPassphrase = (): NewPassphrase => ({ passphrase: '', confirm: '' });

/** The problems as field errors, keyed by the fields' paths (for the error summary). */
export function passphraseErrors(problems: PassphraseProblems): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  if (problems.passphrase) errors.passphrase = { key: `portability.passphrase.error.${problems.passphrase}`, params: { min: MIN_PASSPHRASE_LENGTH } };
  if (problems.confirm) errors.confirm = { key: `portability.passphrase.error.confirm.${problems.confirm}` };
  return errors;
}

interface Props {
  /** The form's id: the fields are `${form}-passphrase` and `${form}-confirm`. */
  form: string;
  value: NewPassphrase;
  onValue(value: NewPassphrase): void;
  errors: Record<string, FieldError>;
  label: string;
  hint: string;
}

export function PassphraseFields({ form, value, onValue, errors, label, hint }: Props) {
  const { t } = useLocale();
  const [shown, setShown] = useState(false);
  const strength = passphraseStrength(value.passphrase);
  return (
    <div class="passphrase-fields">
      <TextInput
        id={`${form}-passphrase`}
        type={shown ? 'text' : 'password'}
        autoComplete="new-password"
        spellcheck={false}
        label={label}
        hint={
          <>
            {hint} {t('portability.passphrase.advice', { min: MIN_PASSPHRASE_LENGTH })}{' '}
            {value.passphrase !== '' && (
              <span class={`strength strength-${strength}`} aria-live="polite">
                {t(`portability.passphrase.strength.${strength}`)}
              </span>
            )}
          </>
        }
        error={errors.passphrase}
        value={value.passphrase}
        onValue={(passphrase) => onValue({ ...value, passphrase })}
      />
      <TextInput
        id={`${form}-confirm`}
        type={shown ? 'text' : 'password'}
        autoComplete="new-password"
        spellcheck={false}
        label={t('portability.passphrase.confirm')}
        error={errors.confirm}
        value={value.confirm}
        onValue={(confirm) => onValue({ ...value, confirm })}
      />
      <div class="choice">
        <input type="checkbox" id={`${form}-show`} checked={shown} onChange={(e) => setShown(e.currentTarget.checked)} />
        <label for={`${form}-show`}>{t('portability.passphrase.show')}</label>
      </div>
    </div>
  );
}
