// The toolbar popup: first the country and "In danger now?", then the main line for online
// violence (a parent's) with the child's own line beside it where they differ, then (when the tab is on a known platform) "Report this page", the situation router,
// and every service with its sources. Pure rendering: main.tsx gathers the browser facts.
import { childLineFor, emergencyFor, mainHelpline, type DirectoryId } from '../../utils/help/helplines';
import { reportTargetFor } from '../../utils/help/report-links';
import { AllServices } from './AllServices';
import { PopupContext, type PopupEnv } from './context';
import { CountryPicker } from './CountryPicker';
import { CountryQuestion } from './CountryQuestion';
import { EmergencyBlock } from './EmergencyBlock';
import { ReportThis, type ReportThisProps } from './ReportThis';
import type { Language } from '../../utils/taxonomy';
import { PanelOffNotice } from './PanelOffNotice';
import { DockInSidebar } from './DockInSidebar';
import { DueReviews } from './DueReviews';
import { ServiceCard } from './ServiceCard';
import { SituationRouter } from './SituationRouter';
import { LanguageSelect, type LanguageSelectProps } from '../shared/LanguageSelect';

/** The elementtiming identifier of the main line's heading, painted in the same frame as the emergency numbers. */
export const FIRST_SCREEN_TIMING = 'vigie-helplines';

export interface PopupProps {
  env: PopupEnv;
  country: DirectoryId;
  onCountryChange: (country: DirectoryId) => void;
  report: ReportThisProps;
  /** The keyboard shortcut that opens the popup, as the browser shows it (may be empty). */
  shortcut?: string;
  /** Only the first screen (country, emergency numbers, main line): painted first, the rest a frame later. */
  firstScreenOnly?: boolean;
  /** "Is this your country?", while the country is a guess nobody confirmed (CountryQuestion.tsx). */
  askCountry?: { onConfirm(): void };
  /** The language setting (not in the prerendered pages, which cannot know the choice). */
  language?: Omit<LanguageSelectProps, 'id' | 't'>;
  /** The language the popup speaks, for the children's reviews due (absent when prerendered). */
  speaking?: Language;
}

export function Popup({ env, country, onCountryChange, report, shortcut, firstScreenOnly = false, askCountry, language, speaking }: PopupProps) {
  const { t } = env;
  const onPlatform = typeof report.pageUrl === 'string' && reportTargetFor(report.pageUrl) !== undefined;
  const reportSection = <ReportThis {...report} />;
  const childLine = childLineFor(country);
  return (
    <PopupContext.Provider value={env}>
      <header class="top">
        <h1>{t('popup.title')}</h1>
        <CountryPicker country={country} onChange={onCountryChange} />
        {askCountry ? <CountryQuestion guess={country} onConfirm={askCountry.onConfirm} pickerId="country" /> : null}
      </header>
      <main>
        <EmergencyBlock services={emergencyFor(country)} />
        <section class="main-line" aria-labelledby="main-heading">
          <h2 id="main-heading" elementtiming={FIRST_SCREEN_TIMING}>
            {t('popup.main.heading')}
          </h2>
          <ServiceCard service={mainHelpline(country)} variant="main" />
          {/* Where the main line is a parent's, the child's own line is named beside it (issue 19.3). */}
          {childLine ? <ServiceCard service={childLine} variant="main" /> : null}
        </section>
        {firstScreenOnly ? null : (
          <>
            {onPlatform ? reportSection : null}
            <SituationRouter country={country} />
            {onPlatform ? null : reportSection}
            <AllServices country={country} />
          </>
        )}
      </main>
      <footer class="bottom">
        {firstScreenOnly ? null : <PanelOffNotice pageUrl={report.pageUrl} />}
        {firstScreenOnly ? null : <DockInSidebar onPlatform={onPlatform} />}
        {firstScreenOnly || !speaking ? null : <DueReviews language={speaking} passportUrl={report.passportUrl} />}
        <a href={report.passportUrl} target="_blank" rel="noopener">
          {t('popup.openPassport')}
          <span class="visually-hidden"> {t('popup.newTab')}</span>
        </a>
        {shortcut ? <p>{t('popup.shortcut', { keys: shortcut })}</p> : null}
        {language ? (
          <p class="language">
            <LanguageSelect id="language" t={t} {...language} />
          </p>
        ) : null}
      </footer>
    </PopupContext.Provider>
  );
}
