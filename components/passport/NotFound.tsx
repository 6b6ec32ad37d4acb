// A place that does not exist (an old link, a deleted child or agreement).
import { PageHeading } from './PageHeading';
import { useLocale } from './locale';

export function NotFound() {
  const { t } = useLocale();
  return (
    <section>
      <PageHeading>{t('passport.notFound.title')}</PageHeading>
      <p>{t('passport.notFound.text')}</p>
      <p>
        <a href="#">{t('passport.backToChildren')}</a>
      </p>
    </section>
  );
}
