// Printing the whole passport (`#print`) or one child (`#print/<childId>`) as a tidy document, in
// any of Vigie's languages whatever the page's language (a social worker may read the other one), with
// each child's own part only when ticked (the child decides who sees it). On screen the document
// is a preview under the choices; on paper only the document shows (entrypoints/passport/style.css).
import { useEffect, useState } from 'preact/hooks';
import { readAllChildRecords, readChildRecord } from '../../utils/passport/store';
import { todayIso } from '../../utils/passport/reviews';
import type { ChildRecord } from '../../utils/passport/types';
import { LANGUAGES, type Language } from '../../utils/taxonomy';
import { LANGUAGE_NAMES } from '../../utils/i18n/language-names';
import { passportCatalogue } from './catalog';
import { Select } from './fields';
import { LoadingOr } from './Loading';
import { LocaleContext, makeLocale, useLocale, type Locale } from './locale';
import { OverviewAgreements } from './OverviewAgreements';
import { OverviewSettingsReviews } from './OverviewSettingsReviews';
import { OverviewAdults, OverviewDigitalLife, OverviewVoice } from './OverviewChild';
import { OverviewCelebrations, OverviewIncidents } from './OverviewIncidents';
import { PageHeading } from './PageHeading';
import { useLoaded } from './use-loaded';

function PrintedChild({ record, idPrefix, withVoice }: { record: ChildRecord; idPrefix: string; withVoice: boolean }) {
  const { t, day } = useLocale();
  const { child } = record;
  return (
    <article class="printed-child" aria-labelledby={`${idPrefix}name`}>
      <h2 id={`${idPrefix}name`} class="printed-name">
        {child.name}
      </h2>
      <p class="muted">
        {t(`passport.ageBand.${child.ageBand}`)} · {t('passport.child.since', { date: day(child.createdAt.slice(0, 10)) })}
      </p>
      <OverviewAgreements record={record} idPrefix={idPrefix} ownerId={`${idPrefix}name`} />
      <OverviewSettingsReviews record={record} idPrefix={idPrefix} ownerId={`${idPrefix}name`} />
      {withVoice && <OverviewVoice child={child} idPrefix={idPrefix} ownerId={`${idPrefix}name`} />}
      <OverviewDigitalLife child={child} idPrefix={idPrefix} ownerId={`${idPrefix}name`} />
      <OverviewAdults child={child} idPrefix={idPrefix} ownerId={`${idPrefix}name`} />
      <OverviewIncidents record={record} idPrefix={idPrefix} ownerId={`${idPrefix}name`} />
      <OverviewCelebrations record={record} idPrefix={idPrefix} ownerId={`${idPrefix}name`} />
    </article>
  );
}

function PrintedDocument({ records, withVoice }: { records: ChildRecord[]; withVoice: boolean }) {
  const { t, day, language } = useLocale();
  return (
    <div class="print-document" lang={language}>
      <p class="print-title">{t('portability.print.documentTitle', { date: day(todayIso()) })}</p>
      {records.map((record, i) => (
        <PrintedChild key={record.child.id} record={record} idPrefix={`printed-${i}-`} withVoice={withVoice} />
      ))}
    </div>
  );
}

export function PrintView({ childId }: { childId?: string }) {
  const { t, language } = useLocale();
  const loaded = useLoaded(async () => {
    if (childId === undefined) return readAllChildRecords();
    const record = await readChildRecord(childId);
    return record && [record];
  }, [childId]);
  const [printLanguage, setPrintLanguage] = useState<Language>(language);
  const [withVoice, setWithVoice] = useState(false);
  const page = useLocale();
  // The document's words are loaded when another language is picked; until then, the page's.
  const [documentLocale, setDocumentLocale] = useState<Locale>(page);
  useEffect(() => {
    if (printLanguage === page.language) return setDocumentLocale(page);
    let live = true;
    void passportCatalogue(printLanguage).then((catalogs) => live && setDocumentLocale(makeLocale(printLanguage, catalogs)));
    return () => {
      live = false;
    };
  }, [printLanguage, page]);
  return (
    <LoadingOr loaded={loaded}>
      {(records) => {
        const one = childId !== undefined ? records[0]?.child.name : undefined;
        const title = one ? t('portability.print.oneTitle', { name: one }) : t('portability.print.title');
        return (
          <section>
            <div class="no-print">
              <nav aria-label={t('passport.breadcrumb')} class="breadcrumb">
                <a href="#">{t('passport.home.title')}</a>
                {childId && one && (
                  <>
                    <span aria-hidden="true">›</span>
                    <a href={`#child/${childId}`}>{one}</a>
                  </>
                )}
              </nav>
              <PageHeading>{title}</PageHeading>
              <p class="lead">{t('portability.print.lead')}</p>
              <div class="passport-form print-choices">
                <Select
                  id="print-language"
                  class="narrow"
                  label={t('portability.print.language')}
                  options={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value], lang: value }))}
                  value={printLanguage}
                  onValue={(value) => setPrintLanguage(value as Language)}
                />
                <div class="choice">
                  <input type="checkbox" id="print-voice" checked={withVoice} onChange={(e) => setWithVoice(e.currentTarget.checked)} />
                  <label for="print-voice">{one ? t('passport.print.withVoice', { name: one }) : t('portability.print.withVoices')}</label>
                </div>
                <div class="form-actions">
                  <button type="button" class="primary" onClick={() => print()}>
                    {t('portability.print.button')}
                  </button>
                </div>
              </div>
              <h2 class="preview-heading">{t('portability.print.preview')}</h2>
              {records.length === 0 && <p class="notice">{t('portability.print.nothing')}</p>}
            </div>
            <LocaleContext.Provider value={documentLocale}>
              <PrintedDocument records={records} withVoice={withVoice} />
            </LocaleContext.Provider>
          </section>
        );
      }}
    </LoadingOr>
  );
}
