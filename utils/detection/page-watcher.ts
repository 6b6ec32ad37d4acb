// Runs in the content script. Decides, at load and on every in-page navigation, whether the tab
// shows a settings page, and tells the panel (onMatch / onLeave). Touches only the page's
// location and, where a rule pack needs the document, one narrowly scoped MutationObserver.
//
// Navigation. WXT's `wxt:locationchange` is built on the Navigation API's `navigate` event where
// the browser has it and on a 1-second polling interval elsewhere (wxt/dist/utils/internal/
// location-watcher.mjs). `navigate` fires *before* the URL changes (so `location.href` is still
// the old one) and also for navigations that are later cancelled or leave the document. So where
// the Navigation API exists (Chromium) we listen to `currententrychange` instead: it fires
// synchronously inside the page's own history.pushState / replaceState, after the URL has
// changed, and on back/forward and hash changes too, with no polling. Measured in Chromium
// (tests/e2e/navigation.test.ts): pushState → <vigie-panel> in the DOM within one frame. Without
// the Navigation API (Firefox before it ships there), `popstate` and `hashchange` catch
// back/forward and hash routes at once and WXT's event catches pushState within its interval.
//
// Cost on a page that is not a settings page: one URL parse and one host lookup per navigation.
// The observer exists only while the current URL matches a rule that needs the document
// (utils/detection/detect.ts domSignalsAt); it watches that rule's `watch` element only, and its mutations
// are coalesced into one check per animation frame.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage, domSignalsAt } from './detect';
import type { DomSignal, PageMatch } from './platforms/types';

export interface PageWatcherEvents {
  /** A settings page is shown (called again when the user moves to another settings page). */
  onMatch(match: PageMatch): void;
  /** The tab left the settings page. */
  onLeave(): void;
}

/** The part of the Navigation API we use (not in every TypeScript DOM library yet). */
interface NavigationEvents {
  addEventListener(type: 'currententrychange', listener: () => void, options?: AddEventListenerOptions): void;
}

function navigationApi(): NavigationEvents | undefined {
  const candidate = (globalThis as { navigation?: Partial<NavigationEvents> }).navigation;
  return typeof candidate?.addEventListener === 'function' ? (candidate as NavigationEvents) : undefined;
}

interface Observed {
  key: string;
  targets: Element[];
  fallback: boolean;
}

export function watchSettingsPage(ctx: ContentScriptContext, events: PageWatcherEvents): void {
  let currentKey: string | undefined;
  let observer: MutationObserver | undefined;
  let observed: Observed | undefined;
  let frameRequested = false;

  const report = (match: PageMatch | null) => {
    const key = match ? `${match.platform}/${match.pageId}` : undefined;
    if (key === currentKey) return;
    currentKey = key;
    if (match) events.onMatch(match);
    else events.onLeave();
  };

  const stopObserving = () => {
    observer?.disconnect();
    observer = undefined;
    observed = undefined;
  };

  const check = () => {
    frameRequested = false;
    if (observed && observed.targets.some((target) => !target.isConnected)) observe(location.href);
    else if (observed?.fallback) observe(location.href);
    report(detectPage(location.href, document));
  };

  const onMutations = () => {
    if (frameRequested) return;
    frameRequested = true;
    ctx.requestAnimationFrame(check);
  };

  /** Observes the `watch` elements of the rules that could match here, or nothing. */
  function observe(href: string): void {
    const signals = domSignalsAt(href);
    if (signals.length === 0) return stopObserving();
    const { targets, fallback } = watchTargets(signals);
    const key = signals.map((s) => s.watch).join('\n');
    if (observed && observed.key === key && !fallback && !observed.fallback && sameTargets(observed.targets, targets)) return;
    stopObserving();
    if (targets.length === 0) return;
    observer = new MutationObserver(onMutations);
    const attributeFilter = [...new Set(signals.flatMap((s) => s.watchAttributes ?? []))];
    for (const target of targets) {
      observer.observe(target, {
        childList: true,
        // Until the watched element exists we only watch for it to be added (see watchTargets).
        subtree: !fallback,
        ...(attributeFilter.length && !fallback ? { attributes: true, attributeFilter } : {}),
      });
    }
    observed = { key, targets, fallback };
  }

  let waitingForParse = false;
  const decide = () => {
    const href = location.href;
    // The content script starts while the page is still parsed (document_start): a rule that
    // needs the document decides once the document is there, not on an empty one.
    if (document.readyState === 'loading' && domSignalsAt(href).length > 0) {
      if (!waitingForParse) ctx.addEventListener(document, 'DOMContentLoaded', () => ((waitingForParse = false), decide()), { once: true });
      waitingForParse = true;
      return;
    }
    observe(href);
    report(detectPage(href, document));
  };

  decide();
  const navigation = navigationApi();
  if (navigation) {
    navigation.addEventListener('currententrychange', decide, { signal: ctx.signal });
  } else {
    ctx.addEventListener(window, 'popstate', decide);
    ctx.addEventListener(window, 'hashchange', decide);
    ctx.addEventListener(window, 'wxt:locationchange', () => queueMicrotask(decide));
  }
  ctx.onInvalidated(stopObserving);
}

/**
 * The elements to observe: each signal's `watch` element. While one is missing (a single-page
 * app still booting), its closest stable parent is watched for direct children only: `<head>` for
 * the title, `<body>` otherwise.
 */
function watchTargets(signals: DomSignal[]): { targets: Element[]; fallback: boolean } {
  const targets = new Set<Element>();
  let fallback = false;
  for (const selector of new Set(signals.map((s) => s.watch))) {
    const found = document.querySelector(selector);
    if (found) {
      targets.add(found);
      continue;
    }
    fallback = true;
    const parent = selector === 'title' ? document.head : document.body;
    if (parent) targets.add(parent);
  }
  return { targets: [...targets], fallback };
}

function sameTargets(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((element, i) => element === b[i]);
}
