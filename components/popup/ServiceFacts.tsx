// The small print of a service, never hidden: hours with their time zone, cost, anonymity,
// languages, the ⚠ caveat, and every source with its date and the day Vigie checked it.
import type { Fact, Service } from '../../utils/help/helplines';
import { usePopupEnv } from './context';
import { ExternalLink } from './ExternalLink';
import { hostOf, hoursText, languagesText, sourceDateText } from './format';

function factText(fact: Fact, yes: string, no: string, unknown: string): string {
  return fact === 'unconfirmed' ? unknown : fact ? yes : no;
}

export function ServiceCaveat({ service }: { service: Service }) {
  const { t } = usePopupEnv();
  if (!service.caveat) return null;
  return (
    <p class="caveat">
      <span aria-hidden="true">⚠ </span>
      <strong>{t('popup.caveat')}</strong> {t(`helplines.${service.id}.caveat`)}
    </p>
  );
}

export function ServiceFacts({ service }: { service: Service }) {
  const env = usePopupEnv();
  const { t } = env;
  const facts = [factText(service.free, t('popup.free'), t('popup.notFree'), t('popup.freeUnknown'))];
  if (service.anonymous !== undefined) {
    facts.push(factText(service.anonymous, t('popup.anonymous'), t('popup.notAnonymous'), t('popup.anonymousUnknown')));
  }
  if (service.kind !== 'emergency') {
    facts.push(service.languages.length > 0 ? t('popup.languages', { list: languagesText(service.languages, env) }) : t('popup.languagesUnknown'));
  }
  const checked = sourceDateText(service.checkedOn, env) ?? service.checkedOn;
  return (
    <div class="facts">
      <p>
        <strong>{t('popup.hours.label')}:</strong> {hoursText(service.hours, env)}
      </p>
      <p>{facts.join(' · ')}</p>
      <p class="sources">
        {t('popup.sources')}:{' '}
        {service.sources.map((source, i) => (
          <span key={source.url}>
            {i > 0 ? ', ' : ''}
            <ExternalLink href={source.url}>{hostOf(source.url)}</ExternalLink> (
            {source.date === 'undated' ? t('popup.sourceUndated') : t('popup.sourceDate', { date: sourceDateText(source.date, env) ?? source.date })})
          </span>
        ))}
        . {t('popup.checkedOn', { date: checked })}
      </p>
    </div>
  );
}
