// A form asking for the passphrase already chosen (to open a locked passport, to turn the lock
// off): an empty or wrong answer is said next to the field, which takes the focus back so the
// next try can be typed at once. The page gives the action, the label and the buttons.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { WrongSecretError } from '../../utils/storage/crypto';
import { TextInput } from './fields';
import { useLocale } from './locale';

interface Props {
  /** The passphrase field's id. */
  id: string;
  formClass: string;
  label: string;
  /** Runs with the typed passphrase; throws WrongSecretError when it is not the one chosen. */
  onPassphrase(passphrase: string): Promise<unknown>;
  /** The form's buttons; `busy` while the passphrase is being tried. */
  actions(busy: boolean): ComponentChildren;
}

export function CurrentPassphraseForm({ id, formClass, label, onPassphrase, actions }: Props) {
  const { t } = useLocale();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const refuse = (key: string) => {
      setError(key);
      setBusy(false);
      document.getElementById(id)?.focus();
    };
    if (passphrase === '') return refuse('portability.lock.passphraseRequired');
    setBusy(true);
    setError(undefined);
    try {
      await onPassphrase(passphrase);
    } catch (failure) {
      if (!(failure instanceof WrongSecretError)) throw failure;
      refuse('portability.lock.wrongPassphrase');
    }
  };
  return (
    <form class={formClass} noValidate autoComplete="off" onSubmit={(e) => void submit(e)}>
      <TextInput
        id={id}
        type="password"
        autoComplete="current-password"
        spellcheck={false}
        label={label}
        error={error ? { key: error } : undefined}
        value={passphrase}
        onValue={setPassphrase}
      />
      {actions(busy)}
      {busy && <p class="loading" aria-live="polite">{t('portability.lock.opening')}</p>}
    </form>
  );
}
