// What the passport page shows while the passport is locked and this page has no key: the
// passphrase, or, if it is forgotten, the recovery code and a new passphrase (the used code is
// then replaced by a new one, shown once). Nothing about any child is shown or read here.
import { useEffect, useRef, useState } from 'preact/hooks';
import { WrongSecretError } from '../../utils/storage/crypto';
import { prepareRecovery, unlock, type PreparedLock } from '../../utils/passport/lock';
import { checkNewPassphrase } from '../../utils/passport/passphrase';
import type { FieldErrors } from '../../utils/passport/validate';
import { CurrentPassphraseForm } from './CurrentPassphraseForm';
import { ErrorSummary } from './ErrorSummary';
import { TextInput } from './fields';
import { useLocale } from './locale';
import { PageHeading } from './PageHeading';
import { emptyPassphrase, PassphraseFields, passphraseErrors } from './PassphraseFields';
import { RecoveryCodeStep } from './RecoveryCodeStep';

function UnlockForm({ onForgot }: { onForgot(): void }) {
  const { t } = useLocale();
  // A lock screen is a question: the answer's field takes the focus.
  useEffect(() => document.getElementById('unlock-passphrase')?.focus(), []);
  return (
    <CurrentPassphraseForm
      id="unlock-passphrase"
      formClass="passport-form"
      label={t('portability.lock.passphraseToOpen')}
      onPassphrase={unlock}
      actions={(busy) => (
        <div class="form-actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('portability.lock.unlock')}
          </button>
          <button type="button" class="link-button" onClick={onForgot}>
            {t('portability.lock.forgot')}
          </button>
        </div>
      )}
    />
  );
}

const RECOVER = 'recover-form';

function RecoveryForm({ onBack }: { onBack(): void }) {
  const { t } = useLocale();
  const [code, setCode] = useState('');
  const [secret, setSecret] = useState(emptyPassphrase());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [prepared, setPrepared] = useState<PreparedLock>();
  const [failed, setFailed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const commit = async (lock: PreparedLock) => {
    setBusy(true);
    setFailed(false);
    try {
      await lock.commit();
    } catch {
      // The lock changed in another tab meanwhile: start again from the code.
      setFailed(true);
      setPrepared(undefined);
      setBusy(false);
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const problems: FieldErrors = code.trim() === '' ? { code: { key: 'portability.lock.codeRequired' } } : {};
    Object.assign(problems, passphraseErrors(checkNewPassphrase(secret.passphrase, secret.confirm)));
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      setPrepared(await prepareRecovery(code, secret.passphrase));
      setCode('');
      setSecret(emptyPassphrase());
    } catch (failure) {
      if (!(failure instanceof WrongSecretError)) throw failure;
      setErrors({ code: { key: 'portability.lock.wrongCode' } });
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  if (prepared) {
    return <RecoveryCodeStep code={prepared.recoveryCode} continueLabel={t('portability.lock.openPassport')} busy={busy} onContinue={() => void commit(prepared)} onCancel={onBack} />;
  }
  return (
    <form id={RECOVER} class="passport-form" noValidate autoComplete="off" onSubmit={(e) => void submit(e)}>
      <h2 id="recover-title" tabIndex={-1} ref={heading}>
        {t('portability.lock.recoverTitle')}
      </h2>
      <p>{t('portability.lock.recoverWhat')}</p>
      {failed && <div class="error-summary" role="alert"><p>{t('portability.lock.failed')}</p></div>}
      <ErrorSummary form={RECOVER} errors={errors} attempt={attempt} />
      <TextInput id={`${RECOVER}-code`} autoComplete="off" spellcheck={false} label={t('portability.lock.code')} hint={t('portability.lock.codeHint')} error={errors.code} value={code} onValue={setCode} />
      <PassphraseFields form={RECOVER} value={secret} onValue={setSecret} errors={errors} label={t('portability.lock.newPassphrase')} hint={t('portability.lock.passphraseHint')} />
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('portability.lock.recover')}
        </button>
        <button type="button" onClick={onBack} disabled={busy}>
          {t('portability.lock.backToPassphrase')}
        </button>
      </div>
      {busy && <p class="loading" aria-live="polite">{t('portability.lock.opening')}</p>}
    </form>
  );
}

export function LockScreen() {
  const { t } = useLocale();
  const [recovering, setRecovering] = useState(false);
  return (
    <section class="lock-screen">
      <PageHeading>{t('portability.lock.lockedTitle')}</PageHeading>
      <p class="lead">{t('portability.lock.lockedLead')}</p>
      {recovering ? <RecoveryForm onBack={() => setRecovering(false)} /> : <UnlockForm onForgot={() => setRecovering(true)} />}
    </section>
  );
}
