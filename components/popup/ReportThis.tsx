// "Report this page": the platform of the tab the popup was opened from, its official way to report
// each kind of problem (with where the Report button is, when the platform says), how to report
// inside the app, what to note as evidence (and what never to keep), and a
// link that opens the passport's incident form with the page and the time filled in.
import { incidentFormUrl, reportTargetFor } from '../../utils/help/report-links';
import { usePopupEnv } from './context';
import { ExternalLink } from './ExternalLink';

export interface ReportThisProps {
  /** The tab's address; null when the popup could not learn it, undefined while it is still asking. */
  pageUrl: string | null | undefined;
  /** When the popup was opened: the time to note. */
  openedAt: Date;
  /** chrome-extension://…/passport.html */
  passportUrl: string;
}

export function ReportThis({ pageUrl, openedAt, passportUrl }: ReportThisProps) {
  const env = usePopupEnv();
  const { t } = env;
  const webPage = typeof pageUrl === 'string' && /^https?:/.test(pageUrl) ? pageUrl : undefined;
  const target = webPage ? reportTargetFor(webPage) : undefined;
  const time = new Intl.DateTimeFormat(env.locale, { timeZone: env.timeZone, dateStyle: 'long', timeStyle: 'short' }).format(openedAt);
  return (
    <section class="report" aria-labelledby="report-heading" aria-busy={pageUrl === undefined}>
      <h2 id="report-heading">{t('popup.report.heading')}</h2>
      {pageUrl === undefined ? null : target ? (
        <>
          <p>{t('popup.report.on', { platform: target.name })}</p>
          {target.links.length > 0 ? (
            <ul class="report-links">
              {target.links.map((link) => (
                <li key={link.url} data-kind={link.kind}>
                  <ExternalLink href={link.url} class="report-link">
                    {target.name}: {t(`popup.report.kind.${link.kind}`)}
                  </ExternalLink>
                  {link.unconfirmed ? <span class="unconfirmed"> ({t('popup.unconfirmed')})</span> : null}
                  {link.path ? <p class="report-path">{t(`platformReports.${target.platform}.${link.kind}`)}</p> : null}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('popup.report.noLink', { platform: target.name })}</p>
          )}
          {target.inApp ? <p>{t(`helplines.platform.${target.platform}.inApp`)}</p> : null}
        </>
      ) : (
        <p>{t('popup.report.none')}</p>
      )}
      {webPage ? (
        <>
          <h3>{t('popup.report.evidenceHeading')}</h3>
          <p class="note">{t('popup.report.evidence')}</p>
          <dl class="evidence">
            <dt>{t('popup.report.address')}</dt>
            <dd>
              <code>{webPage}</code>
            </dd>
            <dt>{t('popup.report.time')}</dt>
            <dd>{time}</dd>
          </dl>
          <a class="button" href={incidentFormUrl(passportUrl, webPage, openedAt)} target="_blank" rel="noopener">
            {t('popup.report.passport')}
            <span class="visually-hidden"> {t('popup.newTab')}</span>
          </a>
        </>
      ) : null}
    </section>
  );
}
