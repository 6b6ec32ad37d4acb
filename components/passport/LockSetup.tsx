// Turning the lock on: what it means (plainly: a lost passphrase and a lost recovery code mean a
// lost passport), the passphrase twice, then the recovery code shown once; the records are sealed
// only after the person says they wrote the code down. Cancelling at any step changes nothing.
import { useState } from 'preact/hooks';
import { prepareLock, type PreparedLock } from '../../utils/passport/lock';
import { checkNewPassphrase } from '../../utils/passport/passphrase';
import type { FieldErrors } from '../../utils/passport/validate';
import { ErrorSummary } from './ErrorSummary';
import { useLocale } from './locale';
import { navigate } from './navigation';
import { emptyPassphrase, PassphraseFields, passphraseErrors } from './PassphraseFields';
import { RecoveryCodeStep } from './RecoveryCodeStep';

const FORM = 'lock-form';

export function LockSetup() {
  const { t } = useLocale();
  const [secret, setSecret] = useState(emptyPassphrase());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const [prepared, setPrepared] = useState<PreparedLock>();

  const prepare = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const problems = passphraseErrors(checkNewPassphrase(secret.passphrase, secret.confirm));
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    setPrepared(await prepareLock(secret.passphrase));
    setSecret(emptyPassphrase());
    setBusy(false);
  };

  const commit = async () => {
    if (!prepared) return;
    setBusy(true);
    setFailed(false);
    try {
      await prepared.commit();
      navigate({ view: 'home' }, t('portability.lock.turnedOn'));
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  if (prepared) {
    return (
      <>
        {failed && <div class="error-summary" role="alert"><p>{t('portability.lock.failed')}</p></div>}
        <RecoveryCodeStep code={prepared.recoveryCode} continueLabel={t('portability.lock.turnOn')} busy={busy} onContinue={() => void commit()} onCancel={() => navigate({ view: 'home' }, t('portability.lock.notTurnedOn'))} />
      </>
    );
  }
  return (
    <>
      <section class="passport-section" aria-labelledby="lock-what-title">
        <h2 id="lock-what-title">{t('portability.lock.whatTitle')}</h2>
        <p>{t('portability.lock.what')}</p>
        <p>{t('portability.lock.rewrite')}</p>
        <p class="notice"><strong>{t('portability.lock.lossWarning')}</strong></p>
        <p>{t('portability.lock.exportFirst')} <a href="#export">{t('portability.lock.exportLink')}</a></p>
        <p>{t('portability.lock.reminders')}</p>
        <p>{t('portability.lock.session')}</p>
      </section>
      <form id={FORM} class="passport-form" noValidate autoComplete="off" onSubmit={(e) => void prepare(e)}>
        <ErrorSummary form={FORM} errors={errors} attempt={attempt} />
        <PassphraseFields form={FORM} value={secret} onValue={setSecret} errors={errors} label={t('portability.lock.passphrase')} hint={t('portability.lock.passphraseHint')} />
        <div class="form-actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('portability.lock.continue')}
          </button>
          <a class="button" href="#">
            {t('common.cancel')}
          </a>
        </div>
        {busy && <p class="loading" aria-live="polite">{t('portability.lock.preparing')}</p>}
      </form>
    </>
  );
}
