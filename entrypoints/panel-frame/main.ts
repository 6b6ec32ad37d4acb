// The panel, as an extension page in the frame the content script puts in a web page. Everything
// private (ticks, their dates, progress, the audience) is drawn here, in the extension's origin,
// where the web page around the frame can neither read it nor script it. The page it shows comes
// from this frame's URL fragment (utils/guide/framed-page.ts); the guide from the extension's own
// database (guide-requester.ts). Until the guide answers, the
// page's items are drawn from the bundle, disabled (routes.ts, previewGuide). What goes out, to
// the web page's window, is only layout.
// It speaks the person's language (utils/i18n/language-setting.ts) and follows a new choice at once.
import { createTranslator, type Translate } from '../../utils/i18n/translator';
import { onLanguageChange, uiLanguage } from '../../utils/i18n/language-setting';
import { parseFramedPage, type FramedPage } from '../../utils/guide/framed-page';
import { extensionGuideDeps } from '../../utils/guide/extension-guide-deps';
import { passportGuideLink } from '../../utils/passport/guide-link';
import { defaultAudienceOf, previewGuide } from '../../utils/guide/routes';
import type { GuideView } from '../../utils/guide/messages';
import type { Audience, Language } from '../../utils/taxonomy';
import { loadAudienceHints } from '../../utils/guide/audience-hint';
import { rememberFolded } from '../../utils/guide/panel-folded';
import { panelDrawer } from '../../components/panel/mount';
import type { DrawCause, PanelActions, PanelState } from '../../components/panel/types';
import { createPanelSession, type PanelSession } from '../../components/panel/session';
import { guideRequester } from './guide-requester';
import { createLayoutReporter } from './layout';
import { watchCovered } from './visibility';
import { framePlacement } from './placement';
import { panelCatalogue } from './catalogue';
import '../../components/panel/panel.css';
import '../../components/panel/panel-items.css';
import './frame.css';

// Marks for the benchmark's phases (tests/bench/measures/checklist-phases.mjs).
performance.mark('vigie-script');

const fragment = new URLSearchParams(location.hash.slice(1));
const origin = fragment.get('origin');
// Folded or open as the content script read it (utils/guide/panel-folded.ts): the box it gave the frame.
let folded = fragment.get('folded') === '1';
const layout = createLayoutReporter(origin);
const first = parseFramedPage(location.hash);

/** The words of the moment: replaced, language and all, when the person picks another language. */
let words: { language: Language; t: Translate };

async function speak(language: Language, framed: FramedPage): Promise<void> {
  const t = createTranslator(await panelCatalogue(language, framed.platform), language);
  words = { language, t };
  document.documentElement.lang = language;
  document.title = t('panel.open');
}

async function start(firstPage: FramedPage): Promise<void> {
  // The language and the hints come from the browser's storage (no worker, no database), read once.
  const [, hints] = await Promise.all([uiLanguage().then((language) => speak(language, firstPage)), loadAudienceHints()]);
  performance.mark('vigie-hint');
  const container = document.getElementById('panel')!;
  const drawer = panelDrawer(container);
  const deps = extensionGuideDeps({ language: () => words.language, translate: () => words.t }, passportGuideLink);
  const { ask } = guideRequester(deps);
  // `fallback`: the audience the page opens with when none is remembered; an answer with another
  // one tells the remembered audience. `picked`: what the person just switched to.
  let shown: { page: FramedPage; session: PanelSession; actions: PanelActions; fallback?: Audience } | undefined;
  let picked: Audience | undefined;

  const render = (state: PanelState, cause?: DrawCause) => {
    if (!shown) return;
    drawer.draw({ state, t: words.t, actions: shown.actions, place: place() }, cause);
    if (state.view && !state.pending && performance.getEntriesByName('vigie-guide').length === 0) performance.mark('vigie-guide');
    layout.report();
    // Hints for the next page and the next frame; one that failed to save costs a resize or a
    // preview of the default audience there, nothing more.
    if (state.collapsed !== folded) {
      folded = state.collapsed;
      rememberFolded(shown.page.platform, folded).catch(() => undefined);
    }
    const answered = state.pending ? undefined : state.view?.audience;
    if (answered && (answered !== shown.fallback || answered === picked)) hints.remember(shown.page, answered).catch(() => undefined);
  };
  const place = framePlacement(origin, () => shown && render(shown.session.state()));
  // A frame callback runs just before the paint; a task queued from it, just after.
  const afterFirstPaint = (run: () => void) => requestAnimationFrame(() => setTimeout(run, 0));

  /** Shows `page` in a session of its own. */
  const show = (page: FramedPage) => {
    let preview: GuideView | undefined;
    let fallback: Audience | undefined;
    try {
      preview = previewGuide(deps, page, words.language, hints.get(page));
      fallback = defaultAudienceOf(deps, page);
    } catch {
      preview = undefined;
    }
    const session = createPanelSession(page, words.language, { request: ask, now: () => new Date(), render, afterFirstPaint }, folded, preview);
    const actions = { ...session.actions, setAudience: (audience: Audience) => ((picked = audience), session.actions.setAudience(audience)) };
    picked = undefined;
    shown = { page, session, actions, fallback };
    session.start();
  };

  show(firstPage);
  watchCovered(container, (covered) => shown?.session.setCovered(covered));
  onLanguageChange((language) => {
    void speak(language, firstPage).then(() => shown?.session.setLanguage(language));
  });
}

if (first) void start(first);
