// Builds the panel's host element: `<vigie-panel>` with a closed shadow root holding the panel's
// styles and an html/head/body skeleton, keys typed inside kept from the page. Runs in the
// content script; touches nothing of the page until the caller inserts the host.
//
// Why not WXT's createShadowRootUi: it makes the host with `document.createElement`, and the page
// shares the document's custom element registry. A page that defines `vigie-panel` before the
// content script runs gets its constructor called on our host, *before* the shadow root is
// attached. It could then refuse the root (`static disabledFeatures = ['shadow']`), or take
// `this.attachInternals()` and read our closed root from `internals.shadowRoot`, ticks included,
// and tick items itself (reproduced in Chromium: tests/e2e/hostile-read.test.ts). A host made in
// a document without a browsing context has no registry: it is attached its root while it is
// still an "undefined" element, so the page's constructor, if any, runs only once the host is
// inserted, too late to refuse the root and with `internals.shadowRoot` null (HTML spec,
// "available to element internals").

/** WXT's reset: the page's styles never reach the host (`all` also undoes `display:none`). */
const RESET = ':host{all:initial !important;}';

export interface IsolatedHost {
  host: HTMLElement;
  /** The `<body>` inside the shadow root, where the panel is drawn. */
  container: HTMLElement;
  /** Replaces the host's styles (the reset stays). */
  setCss(css: string): void;
}

export function createIsolatedHost(name: string, css: string, isolatedEvents: readonly string[]): IsolatedHost {
  const inert = document.implementation.createHTMLDocument('');
  const host = inert.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const html = inert.createElement('html');
  const head = inert.createElement('head');
  const style = inert.createElement('style');
  style.textContent = `${RESET}\n${css}`;
  const body = inert.createElement('body');
  head.append(style);
  html.append(head, body);
  shadow.append(html);
  for (const type of isolatedEvents) body.addEventListener(type, (event) => event.stopPropagation());
  return { host, container: body, setCss: (next) => (style.textContent = `${RESET}\n${next}`) };
}
