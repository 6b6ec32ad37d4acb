// The take-along page (utils/guide/take-along.ts): reads the guide for the settings page its URL
// names straight from the extension's own database (a top-level extension page is first-party,
// so no message to the background is needed) and shows it to keep beside the phone or print.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createTranslator } from '../../utils/i18n/translator';
import { uiLanguage } from '../../utils/i18n/ui-language';
import { createRouter, MessageError } from '../../utils/messaging';
import { createGuideRoutes } from '../../utils/guide/routes';
import { extensionGuideDeps } from '../../utils/guide/extension-guide-deps';
import { parseTakeAlong } from '../../utils/guide/take-along';
import type { GuideView } from '../../utils/guide/messages';
import { TakeAlong } from '../../components/take-along/TakeAlong';
import { takeAlongCatalogs } from '../../components/take-along/catalog';
import './style.css';

const language = uiLanguage();
const t = createTranslator(takeAlongCatalogs, language);
document.documentElement.lang = language;
// A generic title: the browser's history and session files keep titles (issue 20, point 2).
document.title = t('takeAlong.link');
const app = document.getElementById('app')!;
const notice = (key: string) => render(<p role="alert" class="notice">{t(key)}</p>, app);

async function readGuide(): Promise<GuideView | undefined> {
  const page = parseTakeAlong(location.hash);
  if (!page) return undefined;
  const route = createRouter(createGuideRoutes(extensionGuideDeps()), { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });
  const reply = await route({ type: 'guide.get', payload: { platform: page.platform, pageId: page.pageId } }, { id: browser.runtime.id, url: location.href });
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value as GuideView;
}

readGuide().then(
  (view) => (view ? render(<TakeAlong view={view} t={t} />, app) : notice('takeAlong.unknownPage')),
  () => notice('takeAlong.failed'),
);
