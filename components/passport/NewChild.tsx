// Adding a child. When it comes from the popup's "record an incident" with no child yet, the
// tab's address and time are carried on to the incident form once the child is added.
import type { IncidentPrefill } from '../../utils/passport/forms';
import { ChildAboutForm } from './ChildAboutForm';
import { PageHeading } from './PageHeading';
import { useLocale } from './locale';

export function NewChild({ prefill }: { prefill?: IncidentPrefill }) {
  const { t } = useLocale();
  return (
    <section>
      <nav aria-label={t('passport.breadcrumb')} class="breadcrumb">
        <a href="#">{t('passport.home.title')}</a>
      </nav>
      <PageHeading>{t('passport.child.newTitle')}</PageHeading>
      {prefill && <p class="notice">{t('passport.incidentStart.thenIncident')}</p>}
      <ChildAboutForm prefill={prefill} />
    </section>
  );
}
