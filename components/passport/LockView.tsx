// The lock's page (`#lock`): turning it on when it is off; when it is on (and this page unlocked),
// locking now and turning it off (the passphrase is asked again, so a passer-by at an unlocked
// screen cannot remove the protection).
import { lockNow, turnLockOff } from '../../utils/passport/lock';
import { CurrentPassphraseForm } from './CurrentPassphraseForm';
import { useLocale } from './locale';
import { LockSetup } from './LockSetup';
import { navigate } from './navigation';
import { PageHeading } from './PageHeading';
import { lockView } from './use-lock';

function TurnOff() {
  const { t } = useLocale();
  const turnOff = async (passphrase: string) => {
    await turnLockOff(passphrase);
    navigate({ view: 'home' }, t('portability.lock.turnedOff'));
  };
  return (
    <section class="passport-section" aria-labelledby="lock-off-title">
      <h2 id="lock-off-title">{t('portability.lock.offTitle')}</h2>
      <p>{t('portability.lock.offWhat')}</p>
      <CurrentPassphraseForm
        id="lock-off-passphrase"
        formClass="passport-form plain-form"
        label={t('portability.lock.currentPassphrase')}
        onPassphrase={turnOff}
        actions={(busy) => (
          <button type="submit" disabled={busy}>
            {t('portability.lock.turnOff')}
          </button>
        )}
      />
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
      <PageHeading>{title}</PageHeading>
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
