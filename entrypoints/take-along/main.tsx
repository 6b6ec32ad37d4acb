// The take-along page (utils/guide/take-along.ts): reads the guide for the settings page its URL
// names straight from the extension's own database (a top-level extension page is first-party,
// so no message to the background is needed) and shows it to keep beside the phone or print.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createTranslator, type Translate } from '../../utils/i18n/translator';
import { onLanguageChange, uiLanguage } from '../../utils/i18n/language-setting';
import { createRouter, MessageError } from '../../utils/messaging';
import { createGuideRoutes } from '../../utils/guide/routes';
import { extensionGuideDeps } from '../../utils/guide/extension-guide-deps';
import { passportGuideLink } from '../../utils/passport/guide-link';
import { parseTakeAlong } from '../../utils/guide/take-along';
import type { GuideView } from '../../utils/guide/messages';
import { TakeAlong } from '../../components/take-along/TakeAlong';
import { takeAlongCatalogue } from '../../components/take-along/catalog';
import type { FramedPage } from '../../utils/guide/framed-page';
import type { Language } from '../../utils/taxonomy';
import './style.css';

const app = document.getElementById('app')!;

async function readGuide(page: FramedPage, language: Language, t: Translate): Promise<GuideView> {
  const deps = extensionGuideDeps({ language: () => language, translate: () => t }, passportGuideLink);
  const route = createRouter(createGuideRoutes(deps), { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });
  const reply = await route({ type: 'guide.get', payload: { platform: page.platform, pageId: page.pageId } }, { id: browser.runtime.id, url: location.href });
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value as GuideView;
}

// The language of the latest call: an earlier one still loading its words draws nothing.
let wanted: Language | undefined;

async function show(language: Language): Promise<void> {
  wanted = language;
  const page = parseTakeAlong(location.hash);
  const t = createTranslator(await takeAlongCatalogue(language, page?.platform), language);
  if (language !== wanted) return;
  document.documentElement.lang = language;
  // A generic title: the browser's history and session files keep titles (issue 20, point 2).
  document.title = t('takeAlong.link');
  const notice = (key: string) => render(<p role="alert" class="notice">{t(key)}</p>, app);
  if (!page) return notice('takeAlong.unknownPage');
  await readGuide(page, language, t).then(
    (view) => language === wanted && render(<TakeAlong view={view} t={t} />, app),
    () => language === wanted && notice('takeAlong.failed'),
  );
}

// In the person's language, and again in another one as soon as they choose it (popup, passport).
void uiLanguage().then(show);
onLanguageChange((language) => void show(language));
