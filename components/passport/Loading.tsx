// What a view shows while it reads the store (usually for a few milliseconds), or when the store
// could not be read.
import type { ComponentChildren } from 'preact';
import type { Loaded } from './use-loaded';
import { useLocale } from './locale';
import { NotFound } from './NotFound';

export function Loading() {
  const { t } = useLocale();
  return <p class="loading">{t('passport.loading')}</p>;
}

export function LoadingOr<T>({ loaded, children }: { loaded: Loaded<T | undefined>; children: (value: T) => ComponentChildren }) {
  const { t } = useLocale();
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'failed') {
    return (
      <div class="banner" role="alert">
        <p>{t('passport.loadFailed')}</p>
      </div>
    );
  }
  if (loaded.value === undefined) return <NotFound />;
  return <>{children(loaded.value)}</>;
}
