// The lock's page (`#lock`): turning it on when it is off; when it is on (and this page unlocked),
// locking now and turning it off (the passphrase is asked again, so a passer-by at an unlocked
// screen cannot remove the protection).
import { useState } from 'preact/hooks';
import { WrongSecretError } from '../../utils/crypto';
import { lockNow, turnLockOff } from '../../utils/passport/lock';
import { TextInput } from './fields';
import { useLocale } from './locale';
import { LockSetup } from './LockSetup';
import { navigate } from './navigation';
import { PageHeading } from './PageHeading';
import { lockView } from './use-lock';

function TurnOff() {
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
      document.getElementById('lock-off-passphrase')?.focus();
    };
    if (passphrase === '') return refuse('portability.lock.passphraseRequired');
    setBusy(true);
    setError(undefined);
    try {
      await turnLockOff(passphrase);
      navigate({ view: 'home' }, t('portability.lock.turnedOff'));
    } catch (failure) {
      if (!(failure instanceof WrongSecretError)) throw failure;
      refuse('portability.lock.wrongPassphrase');
    }
  };
  return (
    <section class="passport-section" aria-labelledby="lock-off-title">
      <h2 id="lock-off-title">{t('portability.lock.offTitle')}</h2>
      <p>{t('portability.lock.offWhat')}</p>
      <form class="passport-form plain-form" noValidate onSubmit={(e) => void submit(e)}>
        <TextInput
          id="lock-off-passphrase"
          type="password"
          autoComplete="current-password"
          spellcheck={false}
          label={t('portability.lock.currentPassphrase')}
          error={error ? { key: error } : undefined}
          value={passphrase}
          onValue={setPassphrase}
        />
        <button type="submit" disabled={busy}>
          {t('portability.lock.turnOff')}
        </button>
        {busy && <p class="loading" aria-live="polite">{t('portability.lock.opening')}</p>}
      </form>
    </section>
  );
}

export function LockView() {
  const { t } = useLocale();
  const on = lockView.value === 'unlocked';
  const title = t(on ? 'portability.lock.onTitle' : 'portability.lock.title');
  return (
    <section>
      <nav aria-label={t('passport.breadcrumb')} class="breadcrumb">
        <a href="#">{t('passport.home.title')}</a>
      </nav>
      <PageHeading title={title}>{title}</PageHeading>
      {on ? (
        <>
          <p class="lead">{t('portability.lock.isOn')}</p>
          <p>
            <button type="button" class="primary" onClick={() => lockNow()}>
              {t('portability.lock.lockNow')}
            </button>
          </p>
          <TurnOff />
        </>
      ) : (
        <LockSetup />
      )}
    </section>
  );
}
