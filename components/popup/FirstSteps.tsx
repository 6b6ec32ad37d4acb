// "What to do first" in a situation: numbered steps from official guidance, before the services.
// A step a service does (Take It Down, Report Remove) links it when the country has it; every step
// names where its advice comes from, the passage in the person's language first.
import { firstStepsFor, type ResolvedStep } from '../../utils/help/first-steps';
import type { DirectoryId, Situation } from '../../utils/help/helplines';
import { usePopupEnv } from './context';
import { ExternalLink } from './ExternalLink';
import { hostOf } from './format';

/** The step's sources, those in the reader's language first, one link per page. */
function sourcesOf({ step }: ResolvedStep, language: string): string[] {
  const own = (lang: string) => lang.split('-')[0] === language;
  const ordered = [...step.evidence.filter((e) => own(e.lang)), ...step.evidence.filter((e) => !own(e.lang))];
  return [...new Set(ordered.map((e) => e.url))];
}

export function FirstSteps({ country, situation }: { country: DirectoryId; situation: Situation }) {
  const { t, locale } = usePopupEnv();
  const steps = firstStepsFor(country, situation);
  if (steps.length === 0) return null;
  const language = locale.split('-')[0] ?? locale;
  // A plain block under its heading, not a region: every situation has one, and regions with the
  // same name would be landmarks nobody can tell apart.
  return (
    <div class="first-steps">
      <h3>{t('firstSteps.heading')}</h3>
      <ol>
        {steps.map((resolved) => (
          <li key={resolved.step.id} data-step={resolved.step.id}>
            {t(`firstSteps.${situation}.${resolved.step.id}`)}
            {resolved.service?.url ? (
              <>
                {' '}
                <ExternalLink href={resolved.service.url} class="step-service">
                  {resolved.service.name}
                </ExternalLink>
              </>
            ) : null}
            <span class="step-sources">
              {' '}
              {t('firstSteps.source')}:{' '}
              {sourcesOf(resolved, language).map((url, i) => (
                <span key={url}>
                  {i > 0 ? ', ' : null}
                  <ExternalLink href={url}>{hostOf(url)}</ExternalLink>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
