// The panel, as an extension page in the frame the content script puts in a web page. Everything
// private (ticks, their dates, progress, the audience) is drawn here, in the extension's origin,
// where the web page around the frame can neither read it nor script it. The page it shows comes
// from this frame's URL fragment (utils/guide/framed-page.ts); the guide from the extension's own
// database (guide-requester.ts). What goes out, to the web page's window, is only layout.
// It speaks the person's language (utils/i18n/language-setting.ts) and follows a new choice at once.
import { createTranslator, type Translate } from '../../utils/i18n/translator';
import { onLanguageChange, uiLanguage } from '../../utils/i18n/language-setting';
import { parseFramedPage, type FramedPage } from '../../utils/guide/framed-page';
import { panelDrawer } from '../../components/panel/mount';
import type { DrawCause, PanelState } from '../../components/panel/types';
import type { Language } from '../../utils/taxonomy';
import { panelCatalogue } from './catalogue';
import { createPanelSession } from './panel-session';
import { guideRequester } from './guide-requester';
import { createLayoutReporter } from './layout';
import { watchCovered } from './visibility';
import { framePlacement } from './placement';
import '../../components/panel/panel.css';
import '../../components/panel/panel-items.css';
import './frame.css';

const page = parseFramedPage(location.hash);
const origin = new URLSearchParams(location.hash.slice(1)).get('origin');
const layout = createLayoutReporter(origin);

/** The words of the moment: replaced, language and all, when the person picks another language. */
let words: { language: Language; t: Translate };

async function speak(language: Language, framed: FramedPage): Promise<void> {
  const t = createTranslator(await panelCatalogue(language, framed.platform), language);
  words = { language, t };
  document.documentElement.lang = language;
  document.title = t('panel.open');
}

async function start(framed: FramedPage): Promise<void> {
  await speak(await uiLanguage(), framed);
  const container = document.getElementById('panel')!;
  const drawer = panelDrawer(container);
  const { ask } = guideRequester({ language: () => words.language, translate: () => words.t });
  const render = (state: PanelState, cause?: DrawCause) => {
    drawer.draw({ state, t: words.t, actions: session.actions, place: place() }, cause);
    layout.report();
  };
  const session = createPanelSession(framed, words.language, { request: ask, now: () => new Date(), render });
  const place = framePlacement(origin, () => render(session.state()));
  session.start();
  watchCovered(container, session.setCovered);
  onLanguageChange((language) => {
    void speak(language, framed).then(() => session.setLanguage(language));
  });
}

if (page) void start(page);
