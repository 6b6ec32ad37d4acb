// The passport page (also the options page): mounts the Preact app in the browser's language.
// Reads and writes the extension's IndexedDB through utils/passport/store.ts; sends nothing anywhere.
import { render } from 'preact';
import { App } from '../../components/passport/App';
import { LocaleContext, makeLocale } from '../../components/passport/locale';
import { uiLanguage } from '../../utils/i18n/ui-language';
import './style.css';

const locale = makeLocale(uiLanguage());
document.documentElement.lang = locale.language;
document.title = locale.t('passport.title');

render(
  <LocaleContext.Provider value={locale}>
    <App />
  </LocaleContext.Provider>,
  document.getElementById('app')!,
);
