// The passport page (also the options page): mounts the Preact app in the person's language (their
// choice, else the browser's), and again in another one the moment they choose it, here or in the
// popup. Reads and writes the extension's IndexedDB through utils/passport/store.ts; sends nothing anywhere.
import { render } from 'preact';
import { App } from '../../components/passport/App';
import { passportCatalogue } from '../../components/passport/catalog';
import { LocaleContext, makeLocale } from '../../components/passport/locale';
import { onLanguageChange, uiLanguage } from '../../utils/i18n/language-setting';
import type { Language } from '../../utils/taxonomy';
import './style.css';

async function show(language: Language): Promise<void> {
  const locale = makeLocale(language, await passportCatalogue(language));
  document.documentElement.lang = locale.language;
  render(
    <LocaleContext.Provider value={locale}>
      <App />
    </LocaleContext.Provider>,
    document.getElementById('app')!,
  );
}

void uiLanguage().then(show);
onLanguageChange((language) => void show(language));
