// The checklist docked in the browser's side panel (Chromium) or sidebar (Firefox): the same panel
// as in pages (components/panel/), for the settings page of the tab it follows (followed-tab.ts),
// with the same guide routes on the same database, so ticks are the same in both. A top-level
// extension page, first-party: it runs the routes on the extension's IndexedDB itself, and no web
// page can draw over it or read it, so it needs no "covered" watch. It cannot be folded or moved.
import { browser } from 'wxt/browser';
import { createTranslator } from '../../utils/i18n/translator';
import { catalogs } from '../../utils/i18n/locales';
import { onLanguageChange, uiLanguage } from '../../utils/i18n/language-setting';
import { createRouter, MessageError, type request } from '../../utils/messaging';
import { createGuideRoutes } from '../../utils/guide/routes';
import { extensionGuideDeps } from '../../utils/guide/extension-guide-deps';
import { passportGuideLink } from '../../utils/passport/guide-link';
import { framedPageFragment, type FramedPage } from '../../utils/guide/framed-page';
import { panelDrawer } from '../../components/panel/mount';
import { createPanelSession, type PanelSession } from '../../components/panel/session';
import { followCurrentTab } from './followed-tab';
import { keepDocked } from './dock-state';
import '../../components/panel/panel.css';
import '../../components/panel/panel-items.css';
import './style.css';

// The person's language (utils/i18n/language-setting.ts), read before anything is drawn, and
// followed at once when they choose another in the popup or the passport.
let language = await uiLanguage();
let t = createTranslator(catalogs, language);
const undock = document.getElementById('vigie-undock')!;

function nameThePage(): void {
  document.documentElement.lang = language;
  document.title = t('sidePanel.title');
  document.getElementById('side-heading')!.textContent = t('sidePanel.heading');
  undock.textContent = t('sidePanel.undock');
}
nameThePage();

const inTab = new URLSearchParams(location.search).has('tab');
const docked = keepDocked(!inTab);
undock.addEventListener('click', docked.undock);

const route = createRouter(createGuideRoutes(extensionGuideDeps({ language: () => language, translate: () => t }, passportGuideLink)), { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });
const ask = (async (type, payload) => {
  const reply = await route({ type, payload }, { id: browser.runtime.id, url: location.href });
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}) as typeof request;

const container = document.getElementById('panel')!;
const drawer = panelDrawer(container);
let session: PanelSession | undefined;
let shown: string | undefined;
let followed: FramedPage | undefined;

function show(page: FramedPage | undefined): void {
  followed = page;
  const key = page ? framedPageFragment(page) : '';
  if (key === shown) return;
  shown = key;
  session?.dispose();
  session = undefined;
  if (!page) {
    const note = document.createElement('p');
    note.className = 'no-page';
    note.setAttribute('role', 'status');
    note.textContent = t('sidePanel.noPage');
    container.replaceChildren(note);
    return;
  }
  // Always open here: the side panel has room, and the in-page fold button is hidden (style.css).
  const next: PanelSession = createPanelSession(page, language, {
    request: ask,
    now: () => new Date(),
    render: (state, cause) => drawer.draw({ state: { ...state, collapsed: false }, t, actions: next.actions }, cause),
  }, false);
  session = next;
  next.start();
}

followCurrentTab(location.search, show);
onLanguageChange((next) => {
  language = next;
  t = createTranslator(catalogs, next);
  nameThePage();
  if (session) session.setLanguage(next);
  else {
    shown = undefined;
    show(followed);
  }
});
