// "What is happening?": one disclosure per situation. Opening one shows the services that fit, each
// with the reason it fits, and the notes for that situation (what to keep, where to complain).
import { routeSituation, SITUATIONS, type DirectoryId } from '../../utils/help/helplines';
import { usePopupEnv } from './context';
import { ServiceCard } from './ServiceCard';

export function SituationRouter({ country }: { country: DirectoryId }) {
  const { t } = usePopupEnv();
  return (
    <section class="router" aria-labelledby="router-heading">
      <h2 id="router-heading">{t('popup.router.heading')}</h2>
      <p>{t('popup.router.intro')}</p>
      {SITUATIONS.map((situation) => {
        const route = routeSituation(country, situation);
        return (
          <details key={situation} class="situation" data-situation={situation}>
            <summary>{t(`helplines.situation.${situation}`)}</summary>
            <div class="situation-body">
              {route.steps.map(({ service, reason }) => (
                <ServiceCard key={service.id} service={service} textKey={`helplines.reason.${reason}`} variant="route" />
              ))}
              {route.notes.map((note) => (
                <p key={note} class="note">
                  {t(`helplines.note.${note}`)}
                </p>
              ))}
            </div>
          </details>
        );
      })}
    </section>
  );
}
