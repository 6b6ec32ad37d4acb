// Where the popup's "record an incident" lands (`#incident?url=…&at=…`): the incident must be
// about a child, so with no child yet it asks to add one first, with several it asks which one,
// and with one it goes straight to that child's incident form. The tab's address and time travel
// along to prefill the form.
import { useEffect } from 'preact/hooks';
import type { IncidentPrefill } from '../../utils/passport/forms';
import { routeHref } from '../../utils/passport/route';
import { listChildren } from '../../utils/passport/store';
import type { Child } from '../../utils/passport/types';
import { LoadingOr } from './Loading';
import { useLocale } from './locale';
import { redirect } from './navigation';
import { PageHeading } from './PageHeading';
import { useLoaded } from './use-loaded';

function FromTheTab({ prefill }: { prefill: IncidentPrefill }) {
  const { t, moment } = useLocale();
  if (!prefill.url && !prefill.at) return null;
  return (
    <dl class="facts prefill">
      {prefill.url && (
        <>
          <dt>{t('passport.incidentStart.address')}</dt>
          <dd class="break">{prefill.url}</dd>
        </>
      )}
      {prefill.at && (
        <>
          <dt>{t('passport.incidentStart.time')}</dt>
          <dd>{moment(prefill.at)}</dd>
        </>
      )}
    </dl>
  );
}

function Choose({ childList, prefill }: { childList: Child[]; prefill: IncidentPrefill }) {
  const { t } = useLocale();
  const only = childList.length === 1 ? childList[0] : undefined;
  useEffect(() => {
    if (only) redirect({ view: 'child-section', childId: only.id, section: 'incident/new', prefill });
  }, [only?.id]);
  if (only) return null;
  const title = t('passport.incidentStart.title');
  return (
    <section>
      <PageHeading>{title}</PageHeading>
      <FromTheTab prefill={prefill} />
      {childList.length === 0 ? (
        <>
          <p class="lead">{t('passport.incidentStart.noChild')}</p>
          <p>
            <a class="button primary" href={routeHref({ view: 'child-new', prefill })}>
              {t('passport.incidentStart.addChild')}
            </a>
          </p>
        </>
      ) : (
        <>
          <p class="lead">{t('passport.incidentStart.whichChild')}</p>
          <ul class="choice-list">
            {childList.map((child) => (
              <li key={child.id}>
                <a class="button" href={routeHref({ view: 'child-section', childId: child.id, section: 'incident/new', prefill })}>
                  {t('passport.incidentStart.forChild', { name: child.name })}
                </a>
              </li>
            ))}
          </ul>
          <p>
            <a href={routeHref({ view: 'child-new', prefill })}>{t('passport.incidentStart.someoneElse')}</a>
          </p>
        </>
      )}
    </section>
  );
}

export function IncidentStart({ prefill }: { prefill: IncidentPrefill }) {
  const loaded = useLoaded(() => listChildren(), []);
  return <LoadingOr loaded={loaded}>{(childList) => <Choose childList={childList} prefill={prefill} />}</LoadingOr>;
}
