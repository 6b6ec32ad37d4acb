// The toolbar popup (also opened by the keyboard shortcut). It gathers what only the browser
// knows — the UI language, the remembered country, the tab it was opened from, the shortcut — and
// renders components/popup. Everything it shows is bundled: it makes no request, ever.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { popupCatalogs } from '../../components/popup/catalog';
import { FIRST_SCREEN_TIMING, Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';
import { countryFromLanguages, rememberCountry, rememberedCountry } from '../../utils/country';
import type { DirectoryId } from '../../utils/helplines';
import { createTranslator } from '../../utils/i18n';
import { uiLanguage } from '../../utils/ui-language';
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
const languages = navigator.languages.length > 0 ? navigator.languages : [browser.i18n.getUILanguage()];
const guessedCountry = countryFromLanguages(languages);

// The first screen is painted with the country of the browser's language, without waiting for
// IndexedDB (opening it takes from ten to several tens of milliseconds, far more the first time
// ever); a remembered choice replaces it as soon as it is read, usually one frame later.
const remembered = rememberedCountry().catch(() => undefined);

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
    // The remembered choice replaces the browser's country, unless the person has already chosen.
    void remembered.then((stored) => {
      if (stored && !chosen.current) setCountry(stored);
    });
    // "Open now" stays true while the popup stays open.
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const choose = (next: DirectoryId) => {
    chosen.current = true;
    setCountry(next);
    void rememberCountry(next).catch(() => undefined);
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
render(<App initialCountry={guessedCountry} />, document.getElementById('app')!);
