// A few lines instead of a UI framework: the panel is small, and the content script's budget
// (16 KB gzipped for everything) cannot carry Preact's 4 KB. Elements are built with
// createElement and text with text nodes — never markup parsed from strings.

export type Child = Node | string | false | null | undefined | Child[];
type Value = string | number | boolean | undefined | null | EventListener;
export type Attrs = Record<string, Value>;

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined || child === '') continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

function apply(element: Element, attrs: Attrs | null | undefined): void {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else if (name === 'checked') {
      // The attribute as well as the property, so that two drawings of the same state compare equal.
      element.toggleAttribute('checked', value === true);
      (element as HTMLInputElement).checked = value === true;
    }
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== undefined && value !== null) element.setAttribute(name, String(value));
  }
}

/** An HTML element: `el('p', { class: 'why' }, 'text', child)`; `onclick`-style keys add listeners. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  apply(element, attrs);
  append(element, children);
  return element;
}

/** An SVG element (icons). */
export function svg(tag: string, attrs?: Attrs | null, ...children: Child[]): SVGElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  apply(element, attrs);
  append(element, children);
  return element;
}

/**
 * A link that opens outside the page, without telling the destination where it came from. Its
 * name says, in words a screen reader reads, that it opens a new tab (the visible words stay short).
 */
export function outLink(href: string, text: string, newTab: (text: string) => string, className?: string): HTMLAnchorElement {
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer', class: className, 'aria-label': newTab(text) }, text);
}

/** The words that name a link opening a new tab, in the panel's language. */
export function newTab(t: (key: string, values?: Record<string, string | number>) => string): (text: string) => string {
  return (text) => t('panel.opensInTab', { link: text });
}
