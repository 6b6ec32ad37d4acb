// Reaching into the panel's *closed* shadow root from a test, as no page script can: the Chrome
// DevTools Protocol sees closed roots (DOM.getDocument with pierce) and can call a function with
// the root as `this` (in the page's main world, or in an isolated world for pages that break their
// own built-ins). Clicks go through the real mouse at the element's position, as a person's would.
import type { CDPSession, Page } from 'playwright-core';
import { axeViolations, type AxeViolation } from './harness';

interface DomNode {
  localName?: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: Array<{ backendNodeId: number; shadowRootType?: string }>;
  contentDocument?: DomNode;
}

function findHosts(node: DomNode, name: string, found: DomNode[] = []): DomNode[] {
  if (node.localName === name) found.push(node);
  for (const child of [...(node.children ?? []), ...((node.shadowRoots ?? []) as DomNode[])]) findHosts(child, name, found);
  return found;
}

async function panelHosts(cdp: CDPSession): Promise<DomNode[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  return findHosts(root, 'vigie-panel');
}

/** How many `<vigie-panel>` hosts the page holds (light DOM), counted by the protocol. */
export async function hostCount(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return (await panelHosts(cdp)).length;
  } finally {
    await cdp.detach();
  }
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

export interface ShadowOptions {
  /**
   * For hostile pages: `evaluate` runs in an isolated world of the test's own, which the page's
   * overrides of its built-ins cannot reach, and a page holding more than one `<vigie-panel>`
   * (a copy of its own, say) is an error rather than a guess.
   */
  hostile?: boolean;
}

/** The closed shadow root of the page's `<vigie-panel>` (the first), or undefined if none. */
export async function closedShadow(page: Page, { hostile = false }: ShadowOptions = {}): Promise<ClosedShadow | undefined> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let executionContextId: number | undefined;
  if (hostile) {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    ({ executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'vigie-test' }));
  }
  const hosts = await panelHosts(cdp);
  if (hostile && hosts.length > 1) {
    await cdp.detach();
    throw new Error(`expected one <vigie-panel>, found ${hosts.length}`);
  }
  const shadow = hosts[0]?.shadowRoots?.[0];
  if (!shadow) {
    await cdp.detach();
    return undefined;
  }
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, executionContextId });
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
    text: () => evaluate((r) => r.textContent ?? ''),
    html: () => evaluate((r) => [...r.childNodes].map((n) => (n as Element).outerHTML ?? n.textContent).join('')),
    exists: (selector) => evaluate((r, s) => r.querySelector(s) !== null, selector),
    async click(selector) {
      const box = await evaluate((r, s) => {
        const element = r.querySelector(s);
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
