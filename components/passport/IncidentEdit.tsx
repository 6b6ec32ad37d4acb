// One recorded incident, open for changes (the outcome and follow-up often come later), or to delete.
import { useState } from 'preact/hooks';
import { deleteIncident, readChild, readIncident } from '../../utils/passport/store';
import { ConfirmDialog } from './ConfirmDialog';
import { IncidentForm } from './IncidentForm';
import { LoadingOr } from './Loading';
import { useLocale } from './locale';
import { navigate } from './navigation';
import { PageHeading } from './PageHeading';
import { useLoaded } from './use-loaded';

export function IncidentEdit({ incidentId }: { incidentId: string }) {
  const { t, moment } = useLocale();
  const [confirming, setConfirming] = useState(false);
  const loaded = useLoaded(async () => {
    const incident = await readIncident(incidentId);
    const child = incident && (await readChild(incident.childId));
    return incident && child ? { incident, child } : undefined;
  }, [incidentId]);
  return (
    <LoadingOr loaded={loaded}>
      {({ incident, child }) => {
        const title = t('passport.incident.editTitle', { date: moment(incident.occurredAt) });
        return (
          <section>
            <nav aria-label={t('passport.breadcrumb')} class="breadcrumb">
              <a href="#">{t('passport.home.title')}</a> <span aria-hidden="true">›</span> <a href={`#child/${child.id}`}>{child.name}</a>
            </nav>
            <PageHeading>{title}</PageHeading>
            <IncidentForm child={child} incident={incident} />
            <p class="no-print">
              <button type="button" class="danger-quiet" onClick={() => setConfirming(true)}>
                {t('passport.incident.delete')}
              </button>
            </p>
            {confirming && (
              <ConfirmDialog
                id="delete-incident"
                title={t('passport.incident.deleteTitle')}
                confirmLabel={t('passport.incident.deleteConfirm')}
                onClose={() => setConfirming(false)}
                onConfirm={async () => {
                  await deleteIncident(incident.id);
                  navigate({ view: 'child', childId: child.id }, t('passport.incident.deleted'));
                }}
              >
                <p>{t('passport.incident.deleteText', { name: child.name })}</p>
              </ConfirmDialog>
            )}
          </section>
        );
      }}
    </LoadingOr>
  );
}
