// Mounts the in-page panel in a closed shadow root when a settings page is shown, and removes it
// when the page is left. The host is in the DOM at once (a small button); the guide follows when
// the background answers. Stores nothing: ticks and preferences go to the background.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageMatch } from '../../utils/detection/platforms/types';
import { request } from '../../utils/messaging';
import { createTranslator, languageFromTag } from '../../utils/i18n/translator';
import { panelDrawer } from '../../components/panel/mount';
import { createPanelSession, type PanelSession } from './panel-session';
import { createIsolatedHost } from './isolated-host';
import { keepAttached } from './keep-attached';
// Only the shell's words (the button, loading): the rest arrives translated with the guide (bundle budget).
import en from '../../utils/i18n/locales/en/panel.json';
import fr from '../../utils/i18n/locales/fr/panel.json';
// Given inline: a stylesheet file would be fetched from the page.
import shellCss from '../../components/panel/panel.css?inline';
import itemsCss from '../../components/panel/panel-items.css?inline';

export interface PanelController {
  show(match: PageMatch): void;
  hide(): void;
}

/** Keys typed in the panel must never reach the site's own shortcuts. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'];

/** How many times the host is put back after the page removed it, per page shown (keep-attached.ts). */
const REATTACH_LIMIT = 10;

interface Shown {
  host: HTMLElement;
  session: PanelSession;
  stopKeeping(): void;
}

export function createPanelController(ctx: ContentScriptContext): PanelController {
  let shown: Shown | undefined;
  // How the last panel of this tab was left, in memory only, so moving between settings pages of
  // one platform does not blink. Kept nowhere else: the remembered state lives in the background.
  let last: { platform: string; collapsed: boolean } | undefined;

  const hide = () => {
    if (!shown) return;
    shown.session.dispose();
    shown.stopKeeping();
    shown.host.remove();
    shown = undefined;
  };
  ctx.onInvalidated(hide);

  return {
    show(match) {
      hide();
      const language = languageFromTag(browser.i18n.getUILanguage());
      const { host, container } = createIsolatedHost('vigie-panel', `${shellCss}\n${itemsCss}`, ISOLATED_EVENTS);
      const drawer = panelDrawer(container);
      const session = createPanelSession(match, language, {
        request,
        now: () => new Date(),
        render: (state, cause) => {
          if (state.view) last = { platform: match.platform, collapsed: state.collapsed };
          const labels = state.view?.labels;
          const t = createTranslator({ en: { ...en, ...labels }, fr: { ...fr, ...labels } }, language);
          drawer.draw({ state, t, actions: session.actions }, cause);
        },
      }, last?.platform === match.platform ? last.collapsed : true);
      (document.body ?? document.documentElement).append(host);
      shown = { host, session, stopKeeping: keepAttached(host, REATTACH_LIMIT) };
      session.start();
    },
    hide,
  };
}
