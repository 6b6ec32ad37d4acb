// The toolbar popup (also opened by the keyboard shortcut). It gathers what only the browser
// knows — the UI language, the remembered country, the tab it was opened from, the shortcut — and
// renders components/popup. Everything it shows is bundled: it makes no request, ever.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { popupCatalogs } from '../../components/popup/catalog';
import { Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';
import { countryFromLanguages, rememberCountry, rememberedCountry } from '../../utils/country';
import type { DirectoryId } from '../../utils/helplines';
import { createTranslator } from '../../utils/i18n';
import { uiLanguage } from '../../utils/ui-language';
import { currentPageUrl } from './current-page';

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

/** The remembered country, or undefined if IndexedDB is slow: the first screen must not wait long. */
const remembered = rememberedCountry().catch(() => undefined);
// A warm IndexedDB answers in about 10 ms; the first opening ever (creating the database) can take
// far longer, and then there is nothing remembered yet: paint the browser's country instead.
const FIRST_PAINT_WAIT_MS = 30;

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
    // A late answer from IndexedDB still wins, unless the person has already chosen.
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

async function start() {
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT_MS));
  const initialCountry = (await Promise.race([remembered, timeout])) ?? guessedCountry;
  render(<App initialCountry={initialCountry} />, document.getElementById('app')!);
  // Read by the browser tests and the benchmark: popup opened → helplines in the DOM.
  performance.mark('vigie:helplines-visible');
}

void start();
