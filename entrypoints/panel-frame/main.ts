// The panel, as an extension page in the frame the content script puts in a web page. Everything
// private (ticks, their dates, progress, the audience) is drawn here, in the extension's origin,
// where the web page around the frame can neither read it nor script it. The page it shows comes
// from this frame's URL fragment (utils/guide/framed-page.ts); the guide from the extension's own
// database (guide-requester.ts). What goes out, to the web page's window, is only layout.
import { createTranslator } from '../../utils/i18n/translator';
import { catalogs } from '../../utils/i18n/locales';
import { uiLanguage } from '../../utils/i18n/ui-language';
import { parseFramedPage } from '../../utils/guide/framed-page';
import { panelDrawer } from '../../components/panel/mount';
import type { DrawCause, PanelState } from '../../components/panel/types';
import { createPanelSession } from './panel-session';
import { guideRequester } from './guide-requester';
import { createLayoutReporter } from './layout';
import { watchCovered } from './visibility';
import { framePlacement } from './placement';
import '../../components/panel/panel.css';
import '../../components/panel/panel-items.css';
import './frame.css';

const language = uiLanguage();
const t = createTranslator(catalogs, language);
document.documentElement.lang = language;
document.title = t('panel.open');

const page = parseFramedPage(location.hash);
const origin = new URLSearchParams(location.hash.slice(1)).get('origin');
const layout = createLayoutReporter(origin);

if (page) {
  const container = document.getElementById('panel')!;
  const drawer = panelDrawer(container);
  const { ask } = guideRequester();
  const render = (state: PanelState, cause?: DrawCause) => {
    drawer.draw({ state, t, actions: session.actions, place: place() }, cause);
    layout.report();
  };
  const session = createPanelSession(page, language, { request: ask, now: () => new Date(), render });
  const place = framePlacement(origin, () => render(session.state()));
  session.start();
  watchCovered(container, session.setCovered);
}
