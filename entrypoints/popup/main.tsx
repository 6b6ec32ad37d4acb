// The toolbar popup (also opened by the keyboard shortcut). It gathers what only the browser
// knows — the UI language, the remembered country, the tab it was opened from, the shortcut — and
// renders components/popup. Everything it shows is bundled: it makes no request, ever.
// The toolbar normally opens a page prerendered for one language and country (utils/help/popup-pages.ts):
// its first screen is already painted when this script runs, and is rendered over, not replaced.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { popupCatalogs } from '../../components/popup/catalog';
import { FIRST_SCREEN_TIMING, Popup } from '../../components/popup/Popup';
import { browserCountry, rememberCountry, rememberedCountry } from '../../utils/help/country';
import { isDirectoryId, type DirectoryId } from '../../utils/help/helplines';
import { createTranslator } from '../../utils/i18n/translator';
import { popupPagePath } from '../../utils/help/popup-pages';
import { pointToolbarPopup } from '../../utils/help/toolbar-popup';
import { uiLanguage } from '../../utils/i18n/ui-language';
import { currentPageUrl } from './current-page';
import { markWhenPainted } from './painted-mark';

const language = uiLanguage();
const t = createTranslator(popupCatalogs, language);
// Dates and times in the browser's own regional format (en-GB: 24-hour clock, en-US: 12-hour).
const locale = navigator.language || language;
document.documentElement.lang = language;
document.title = t('popup.title');

const openedAt = new Date();
const passportUrl = browser.runtime.getURL('/passport.html');
const thisBrowsersCountry = browserCountry();
const prerenderedFor = document.documentElement.dataset.directory;
// The country the page was prerendered for is the one the background chose (remembered, or the
// browser's); popup.html itself, opened before the background chose a page, starts with the
// browser's country without waiting for IndexedDB (from ten to several tens of milliseconds).
const initialCountry: DirectoryId = isDirectoryId(prerenderedFor) ? prerenderedFor : thisBrowsersCountry;
const remembered = rememberedCountry().catch(() => undefined);

/** Points the toolbar at the page for this language and country, unless this is already that page. */
function keepToolbarOn(country: DirectoryId): void {
  if (location.pathname === `/${popupPagePath(language, country)}`) return;
  void pointToolbarPopup(language, country).catch(() => undefined);
}

function App({ initialCountry }: { initialCountry: DirectoryId }) {
  const [country, setCountry] = useState<DirectoryId>(initialCountry);
  const [pageUrl, setPageUrl] = useState<string | null | undefined>(undefined);
  const [now, setNow] = useState(openedAt);
  const [shortcut, setShortcut] = useState('');
  const [firstScreenOnly, setFirstScreenOnly] = useState(true);
  const chosen = useRef(false);

  useEffect(() => {
    // The numbers are painted first; the router and the full list follow right after that frame.
    requestAnimationFrame(() => setTimeout(() => setFirstScreenOnly(false)));
    void currentPageUrl(location.search).then((url) => setPageUrl(url ?? null));
    void browser.commands.getAll().then((commands) => setShortcut(commands.find((c) => c.name === '_execute_action')?.shortcut ?? ''));
    // The remembered choice (or, failing one, the browser's country) replaces the first screen's
    // country if they differ, unless the person has already chosen; the next opening gets it first.
    void remembered.then((stored) => {
      if (chosen.current) return;
      const wanted = stored ?? thisBrowsersCountry;
      if (wanted !== initialCountry) setCountry(wanted);
      keepToolbarOn(wanted);
    });
    // "Open now" stays true while the popup stays open.
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const choose = (next: DirectoryId) => {
    chosen.current = true;
    setCountry(next);
    void rememberCountry(next).catch(() => undefined);
    keepToolbarOn(next);
  };

  return (
    <Popup
      env={{ t, locale, now }}
      country={country}
      onCountryChange={choose}
      report={{ pageUrl, openedAt, passportUrl }}
      shortcut={shortcut}
      firstScreenOnly={firstScreenOnly}
    />
  );
}

// Read by the browser tests and the benchmark: popup opened → the first screen's helplines painted.
markWhenPainted(FIRST_SCREEN_TIMING, 'vigie:helplines-visible');
// Rendered over the prerendered markup, if any: Preact reuses those elements and patches them.
render(<App initialCountry={initialCountry} />, document.getElementById('app')!);
