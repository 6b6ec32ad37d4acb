import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createTranslator } from '../../utils/i18n';
import { catalogs } from '../../utils/locales';
import { uiLanguage } from '../../utils/ui-language';

const language = uiLanguage();
const t = createTranslator(catalogs, language);
document.documentElement.lang = language;
document.title = t('popup.title');

function Popup() {
  return (
    <main>
      <h1>{t('popup.title')}</h1>
      <a href={browser.runtime.getURL('/passport.html')} target="_blank" rel="noopener">
        {t('popup.openPassport')}
      </a>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
