// "What is happening?": one disclosure per situation. Opening one shows first what to do (steps from
// official guidance), then the services that fit, each with the reason it fits, and the notes for
// that situation (what to keep, where to complain).
import { routeSituation, SITUATIONS, type DirectoryId } from '../../utils/help/helplines';
import { usePopupEnv } from './context';
import { FirstSteps } from './FirstSteps';
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
              <FirstSteps country={country} situation={situation} />
              {situation === 'parent-question' ? null : <h3 class="services-heading">{t('firstSteps.servicesHeading')}</h3>}
              {route.steps.map(({ service, reason }) => (
                <ServiceCard key={service.id} service={service} textKey={`helplines.reason.${reason}`} variant="route" headingLevel={situation === 'parent-question' ? 3 : 4} />
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
