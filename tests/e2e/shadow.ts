// Reaching into the panel's *closed* shadow root from a test, as no page script can: the Chrome
// DevTools Protocol sees closed roots (DOM.getDocument with pierce) and can call a function with
// the root as `this`. Clicks go through the real mouse at the element's position, as a person's would.
import type { CDPSession, Page } from 'playwright-core';
import { axeViolations, type AxeViolation } from './harness';

interface DomNode {
  localName?: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: Array<{ backendNodeId: number; shadowRootType?: string }>;
  contentDocument?: DomNode;
}

function findHost(node: DomNode, name: string): DomNode | undefined {
  if (node.localName === name) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []) as DomNode[]]) {
    const found = findHost(child, name);
    if (found) return found;
  }
  return undefined;
}

export interface ClosedShadow {
  mode: string;
  /** Calls `fn` with the shadow root as its first argument, in the page, and returns a JSON value. */
  evaluate<R, A extends unknown[]>(fn: (root: ShadowRoot, ...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  text(): Promise<string>;
  /** The root's markup (its <style> included), to rebuild it somewhere axe can see. */
  html(): Promise<string>;
  /** Clicks the first element matching `selector` inside the root, with the mouse. */
  click(selector: string): Promise<void>;
  exists(selector: string): Promise<boolean>;
}

/** The closed shadow root of the first `<hostName>` element of the page, or undefined if none. */
export async function closedShadow(page: Page, hostName = 'vigie-panel'): Promise<ClosedShadow | undefined> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = findHost(root, hostName);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) {
    await cdp.detach();
    return undefined;
  }
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const objectId = object.objectId!;
  const evaluate: ClosedShadow['evaluate'] = async (fn, ...args) => {
    const result = await cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: `function(...args) { return (${fn.toString()})(this, ...args); }`,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
      awaitPromise: true,
    });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value;
  };
  return {
    mode: shadow.shadowRootType ?? 'unknown',
    evaluate,
    text: () => evaluate((r) => (r as ShadowRoot).textContent ?? ''),
    html: () => evaluate((r) => [...(r as ShadowRoot).childNodes].map((n) => (n as Element).outerHTML ?? n.textContent).join('')),
    exists: (selector) => evaluate((r, s) => (r as ShadowRoot).querySelector(s as string) !== null, selector),
    async click(selector) {
      const box = await evaluate((r, s) => {
        const element = (r as ShadowRoot).querySelector(s as string);
        if (!element) return null;
        element.scrollIntoView({ block: 'center' });
        const rect = element.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }, selector);
      if (!box) throw new Error(`Nothing matches ${selector} in the closed shadow root`);
      await page.mouse.click(box.x, box.y);
    },
  };
}

/**
 * axe-core cannot enter a closed root, so the root's markup and styles are rebuilt inside an
 * open root on a blank page of the same size, and axe runs there.
 */
export async function axePanel(page: Page, shadow: ClosedShadow, lang: string): Promise<AxeViolation[]> {
  const markup = await shadow.html();
  const copy = await page.context().newPage();
  await copy.setViewportSize(page.viewportSize() ?? { width: 1280, height: 720 });
  await copy.setContent(`<!doctype html><html lang="${lang}"><head><title>panel</title></head><body><main><div id="host"></div></main></body></html>`);
  await copy.evaluate((html) => {
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = html;
  }, markup);
  const violations = await axeViolations(copy);
  await copy.close();
  return violations;
}
