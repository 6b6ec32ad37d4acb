import { render } from 'preact';
import { createTranslator } from '../../utils/i18n';
import { catalogs } from '../../utils/locales';
import { uiLanguage } from '../../utils/ui-language';

const language = uiLanguage();
const t = createTranslator(catalogs, language);
document.documentElement.lang = language;
document.title = t('passport.title');

function Passport() {
  return (
    <main>
      <h1>{t('passport.title')}</h1>
      <p>{t('passport.intro')}</p>
    </main>
  );
}

render(<Passport />, document.getElementById('app')!);
