// The toolbar popup (also opened by the keyboard shortcut). It gathers what only the browser
// knows — the language (the person's choice, else the browser's), the remembered country, the tab
// it was opened from, the shortcut — and renders components/popup. Everything it shows is
// bundled: it makes no request, ever.
// The toolbar normally opens a page prerendered for one language and country (utils/help/popup-pages.ts):
// its first screen is already painted when this script runs, and is rendered over, not replaced.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { popupCatalogue } from '../../components/popup/catalog';
import { FIRST_SCREEN_TIMING, Popup } from '../../components/popup/Popup';
import { browserCountryGuess, rememberCountry, rememberedCountry } from '../../utils/help/country';
import { isDirectoryId, type DirectoryId } from '../../utils/help/helplines';
import { createTranslator, type Translate } from '../../utils/i18n/translator';
import { browserLanguage, chooseLanguage, languageChoice, languageOf, onLanguageChange, type LanguageChoice } from '../../utils/i18n/language-setting';
import { popupPagePath } from '../../utils/help/popup-pages';
import { pointToolbarPopup } from '../../utils/help/toolbar-popup';
import type { Language } from '../../utils/taxonomy';
import { currentPageUrl } from './current-page';
import { markWhenPainted } from './painted-mark';
import { countryPickedBeforeScript } from './early-pick';

interface Words {
  language: Language;
  choice: LanguageChoice;
  t: Translate;
  /** Dates and times: the browser's regional format when it is this language (en-GB: 24-hour clock, en-US: 12-hour). */
  locale: string;
}

async function wordsFor(choice: LanguageChoice): Promise<Words> {
  const language = languageOf(choice);
  const t = createTranslator(await popupCatalogue(language), language);
  const regional = navigator.language && navigator.language.split('-')[0] === language ? navigator.language : language;
  document.documentElement.lang = language;
  document.title = t('popup.title');
  return { language, choice, t, locale: regional };
}

const openedAt = new Date();
const passportUrl = browser.runtime.getURL('/passport.html');
const guess = browserCountryGuess();
const prerenderedFor = document.documentElement.dataset.directory;
// The country the page was prerendered for is the one the background chose (remembered, or the
// browser's); popup.html itself, opened before the background chose a page, starts with the
// browser's country without waiting for IndexedDB (from ten to several tens of milliseconds).
const initialCountry: DirectoryId = isDirectoryId(prerenderedFor) ? prerenderedFor : guess.country;
// An unreadable database counts as "remembered" here: the question is asked only when we know
// nobody answered it.
const remembered = rememberedCountry().then(
  (country) => ({ country, known: true }),
  () => ({ country: undefined, known: false }),
);

/** Points the toolbar at the page for this language and country, unless this is already that page. */
function keepToolbarOn(language: Language, country: DirectoryId): void {
  if (location.pathname === `/${popupPagePath(language, country)}`) return;
  void pointToolbarPopup(language, country).catch(() => undefined);
}

function App({ initialWords, pickedEarly }: { initialWords: Words; pickedEarly?: DirectoryId }) {
  const [words, setWords] = useState(initialWords);
  const [country, setCountry] = useState<DirectoryId>(pickedEarly ?? initialCountry);
  const [asking, setAsking] = useState(false);
  const [pageUrl, setPageUrl] = useState<string | null | undefined>(undefined);
  const [now, setNow] = useState(openedAt);
  const [shortcut, setShortcut] = useState('');
  const [firstScreenOnly, setFirstScreenOnly] = useState(true);
  const chosen = useRef(pickedEarly !== undefined);
  const countryNow = useRef(pickedEarly ?? initialCountry);
  countryNow.current = country;

  useEffect(() => {
    if (pickedEarly) {
      void rememberCountry(pickedEarly).catch(() => undefined);
      keepToolbarOn(initialWords.language, pickedEarly);
    }
    // The numbers are painted first; the router and the full list follow right after that frame.
    requestAnimationFrame(() => setTimeout(() => setFirstScreenOnly(false)));
    void currentPageUrl(location.search).then((url) => setPageUrl(url ?? null));
    void browser.commands.getAll().then((commands) => setShortcut(commands.find((c) => c.name === '_execute_action')?.shortcut ?? ''));
    // The remembered choice (or, failing one, the browser's country) replaces the first screen's
    // country if they differ, unless the person has already chosen; the next opening gets it first.
    void remembered.then(({ country: stored, known }) => {
      if (chosen.current) return;
      const wanted = stored ?? guess.country;
      if (wanted !== initialCountry) setCountry(wanted);
      // Nobody chose yet, and the browser's language did not name a country we cover: ask.
      if (known && stored === undefined && !guess.named) setAsking(true);
      keepToolbarOn(initialWords.language, wanted);
    });
    // A language chosen here or in the passport: this popup speaks it at once.
    const stopFollowing = onLanguageChange((_language, choice) => {
      void wordsFor(choice).then((next) => {
        setWords(next);
        keepToolbarOn(next.language, countryNow.current);
      });
    });
    // "Open now" stays true while the popup stays open.
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => {
      clearInterval(timer);
      stopFollowing();
    };
  }, []);

  const choose = (next: DirectoryId) => {
    chosen.current = true;
    setAsking(false);
    setCountry(next);
    void rememberCountry(next).catch(() => undefined);
    keepToolbarOn(words.language, next);
  };

  return (
    <Popup
      env={{ t: words.t, locale: words.locale, now }}
      country={country}
      onCountryChange={choose}
      report={{ pageUrl, openedAt, passportUrl }}
      shortcut={shortcut}
      firstScreenOnly={firstScreenOnly}
      askCountry={asking ? { onConfirm: () => choose(country) } : undefined}
      language={{ choice: words.choice, browser: browserLanguage(), onChoose: (choice) => void chooseLanguage(choice).catch(() => undefined) }}
      speaking={words.language}
    />
  );
}

// Read by the browser tests and the benchmark: popup opened → the first screen's helplines painted.
markWhenPainted(FIRST_SCREEN_TIMING, 'vigie:helplines-visible');
// Rendered over the prerendered markup, if any: Preact reuses those elements and patches them.
void languageChoice()
  .then(wordsFor)
  .then((words) => render(<App initialWords={words} pickedEarly={countryPickedBeforeScript(document, prerenderedFor)} />, document.getElementById('app')!));
