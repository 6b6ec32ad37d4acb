// The passport page: a header, the view for the current place (from the URL fragment), a status
// line read out after each action, and a footer saying where the data lives. Runs in the
// passport page (also the extension's options page).
import { useEffect, useState } from 'preact/hooks';
import { onDatabaseReplaced } from '../../utils/storage/db';
import { syncReviewAlarms } from '../../utils/passport/review-alarms';
import { onPassportChanged } from '../../utils/passport/store';
import { lockNow } from '../../utils/passport/lock';
import { Loading } from './Loading';
import { useLocale } from './locale';
import { LockScreen } from './LockScreen';
import { currentRoute, startRouting, statusMessage } from './navigation';
import { RouteView } from './RouteView';
import { LanguageSetting } from './LanguageSetting';
import { StorageNote } from './StorageNote';
import { tabTitle } from './tab-title';
import { emptyFieldsWhileHidden } from './hidden-forms';
import { followLock, lockView } from './use-lock';

/** Keeps the review alarms in step with the agreements changed in this tab. */
function useReviewAlarms() {
  useEffect(() => onPassportChanged((change) => {
    if (!change.remote) void syncReviewAlarms().catch(() => undefined);
  }), []);
}

function ReplacedBanner() {
  const { t } = useLocale();
  const [replaced, setReplaced] = useState(false);
  useEffect(() => onDatabaseReplaced(() => setReplaced(true)), []);
  if (!replaced) return null;
  return (
    <div class="banner" role="alert">
      <p>{t('passport.updatedElsewhere')}</p>
      <button type="button" onClick={() => location.reload()}>
        {t('passport.reload')}
      </button>
    </div>
  );
}

/** While the passport is locked and this page has no key, the lock screen stands in for every view. */
function Content() {
  switch (lockView.value) {
    case 'checking':
      return <Loading />;
    case 'locked':
      return <LockScreen />;
    default:
      return <RouteView route={currentRoute.value} />;
  }
}

export function App() {
  const { t } = useLocale();
  useEffect(() => startRouting(), []);
  useEffect(() => followLock(), []);
  useEffect(() => emptyFieldsWhileHidden(document), []);
  useReviewAlarms();
  const route = currentRoute.value;
  const lock = lockView.value;
  useEffect(() => {
    document.title = tabTitle(route, lock, t);
  }, [route, lock, t]);
  return (
    <>
      <a class="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('passport.skipToContent')}
      </a>
      <header class="site-header">
        <div class="site-header-inner">
          <a class="site-title" href="#">
            <img src="/icon/48.png" alt="" width={32} height={32} />
            <span>{t('passport.title')}</span>
          </a>
          <p class="site-tagline">{t('passport.tagline')}</p>
          {lockView.value === 'unlocked' && (
            <button type="button" class="lock-now" onClick={() => lockNow()}>
              {t('portability.lock.lockNow')}
            </button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <ReplacedBanner />
        <div role="status" class={statusMessage.value ? 'status-message' : 'status-message empty'}>
          {statusMessage.value}
        </div>
        <Content />
      </main>
      <footer class="site-footer">
        <LanguageSetting />
        <StorageNote />
      </footer>
    </>
  );
}
