// The state of one panel on one page, and what a person's actions do to it. Runs in the panel
// frame: it keeps nothing beyond the frame's lifetime and asks the guide routes for everything
// (the guide, saving ticks and the collapsed state). Rendering is left to the caller.
import type { request as sendRequest } from '../../utils/messaging';
import type { Audience, Language } from '../../utils/taxonomy';
import type { GuidePage, GuideView } from '../../utils/guide/messages';
import type { DrawCause, PanelActions, PanelState } from '../../components/panel/types';

export interface PanelSessionDeps {
  request: typeof sendRequest;
  /** Called after every change, with what the person just did when the drawing must follow it. */
  render(state: PanelState, cause?: DrawCause): void;
  now(): Date;
  /**
   * Runs `ask` once the first drawing is on screen (default: at once). The background's worker,
   * woken by the first request where the frame cannot open the database, starts in the frame's
   * own process: asked after the preview is painted, it no longer holds that paint up.
   */
  afterFirstPaint?(ask: () => void): void;
}

export interface PanelSession {
  actions: PanelActions;
  state(): PanelState;
  /** Asks for the guide; the shell is already shown. */
  start(): void;
  /** The page was left: late answers are dropped. */
  dispose(): void;
  /** Whether the person can see the panel (visibility.ts): while they cannot, nothing is ticked. */
  setCovered(covered: boolean): void;
  /** The person chose another language (its words are loaded): the guide is asked for again in it. */
  setLanguage(language: Language): void;
}

/**
 * `collapsed`: how the panel starts until the guide is read: the folded hint the content script
 * sized the frame by (utils/guide/panel-folded.ts), so the first drawing already fits its box. The
 * guide's own state then wins, unless the person already toggled.
 */
export function createPanelSession(match: GuidePage, language: Language, deps: PanelSessionDeps, collapsed = true, preview?: GuideView): PanelSession {
  const page = { platform: match.platform, pageId: match.pageId };
  // The preview (the items' public text, from the bundle) is drawn at once, disabled, until the
  // guide brings the person's ticks: the first item is painted without waiting for the database
  // or the background's worker.
  let state: PanelState = { language, collapsed, helpOpen: false, failed: false, covered: false, view: preview, pending: preview !== undefined };
  let toggledByPerson = false;
  let disposed = false;
  // Only the answer to the latest request is shown: an older answer would undo a newer tick.
  let latest = 0;
  // The audience last asked for, until the guide answers: a second switch made before the
  // first answer (carer, then straight back to parent) must not be mistaken for "no change".
  let askedAudience: Audience | undefined;

  const update = (next: Partial<PanelState>, cause?: DrawCause) => {
    if (disposed) return;
    state = { ...state, ...next };
    deps.render(state, cause);
  };

  const load = (ask: () => Promise<GuideView>, fallback: GuideView | undefined, cause?: DrawCause) => {
    const mine = ++latest;
    ask().then(
      (view) => {
        if (mine !== latest) return;
        askedAudience = undefined;
        update({ view, failed: false, pending: false, ...(toggledByPerson ? {} : { collapsed: view.collapsed }) }, cause);
      },
      () => {
        if (mine !== latest) return;
        askedAudience = undefined;
        update({ view: fallback, failed: fallback === undefined, pending: false });
      },
    );
  };

  /** Shows the tick at once; the answer then replaces the whole view. */
  const optimistic = (view: GuideView, itemId: string, ticked: boolean): GuideView => {
    const items = view.items.map((item) =>
      item.id === itemId ? { ...item, current: ticked, tickedOn: ticked ? deps.now().toISOString() : undefined } : item,
    );
    return { ...view, items, review: { ...view.review, done: items.filter((item) => item.current).length } };
  };

  const actions: PanelActions = {
    toggleCollapsed() {
      toggledByPerson = true;
      const collapsed = !state.collapsed;
      update({ collapsed }, 'toggle');
      // A preference that failed to save is not worth an error in someone else's page: the panel still works.
      deps.request('guide.setCollapsed', { platform: page.platform, collapsed }).catch(() => undefined);
    },
    setAudience(audience: Audience) {
      const before = state.view;
      // A click the person could not see (a page's decoy over the panel) changes nothing (the
      // controls are also disabled while covered).
      if (state.covered || state.pending) return;
      if (!before || (askedAudience ?? before.audience) === audience) return;
      askedAudience = audience;
      load(() => deps.request('guide.setAudience', { ...page, audience }), before);
    },
    tick(itemId, ticked) {
      const before = state.view;
      if (!before || state.covered || state.pending) return;
      update({ view: optimistic(before, itemId, ticked) });
      // The child the panel shows, never one chosen since in another tab: the tick is for what the person saw.
      const childId = before.forWhom?.state === 'child' ? (before.forWhom.childId ?? null) : null;
      load(() => deps.request('guide.tick', { ...page, audience: before.audience, itemId, ticked, childId }), before);
    },
    setForWhom(forWhom) {
      const before = state.view;
      if (!before || state.covered || state.pending) return;
      update({ choosingForWhom: false }, 'for-whom');
      load(() => deps.request('guide.setForWhom', { ...page, forWhom }), before, 'for-whom');
    },
    toggleForWhom() {
      update({ choosingForWhom: !state.choosingForWhom }, 'for-whom');
    },
    toggleHelp() {
      update({ helpOpen: !state.helpOpen }, 'help');
    },
  };

  return {
    actions,
    state: () => state,
    start() {
      deps.render(state);
      const ask = () => load(() => deps.request('guide.get', page), undefined);
      if (deps.afterFirstPaint) deps.afterFirstPaint(ask);
      else ask();
    },
    dispose() {
      disposed = true;
    },
    setCovered(covered) {
      if (covered !== state.covered) update({ covered });
    },
    setLanguage(language) {
      update({ language });
      load(() => deps.request('guide.get', page), state.view);
    },
  };
}
