// The panel as a test reaches it: the extension page in the frame inside the `<vigie-panel>` host
// (entrypoints/panel-frame/). No page script can reach into that frame (another origin); the test
// reads it in the frame's own world, finds the host's box through the DevTools protocol (never a
// script in the web page, whose built-ins a hostile page breaks), and clicks with the real mouse
// at the element's position, as a person would.
import type { CDPSession, Frame, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeViolation } from './harness';

export interface PanelView {
  frame: Frame;
  /** Calls `fn` with the frame's document, in the frame, and returns a JSON value. */
  evaluate<R, A extends unknown[]>(fn: (root: Document, ...args: A) => R | Promise<R>, ...args: A): Promise<R>;
  /** Everything the panel shows, as text. */
  text(): Promise<string>;
  /** Clicks the first element matching `selector` in the panel, with the mouse. */
  click(selector: string): Promise<void>;
  exists(selector: string): Promise<boolean>;
  /** The centres of the elements matching `selector` that are in view, in the web page's coordinates. */
  pointsOf(selector: string): Promise<Array<{ x: number; y: number }>>;
}

// A frame not navigated yet has no URL at all ("").
const isPanelFrame = (frame: Frame) => URL.canParse(frame.url()) && new URL(frame.url()).pathname === '/panel-frame.html';

/** The panel frame of the page once its document has loaded. */
export async function panelFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find(isPanelFrame);
    if (frame) {
      await frame.waitForLoadState('domcontentloaded');
      return frame;
    }
    if (Date.now() > deadline) throw new Error('no panel frame in the page');
    await new Promise((wait) => setTimeout(wait, 20));
  }
}

interface DomNode {
  localName?: string;
  backendNodeId: number;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function findHost(node: DomNode): DomNode | undefined {
  if (node.localName === 'vigie-panel') return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child);
    if (found) return found;
  }
  return undefined;
}

/** Where the host (and so the frame, which fills it) is in the page, from the protocol's box model. */
async function hostBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: false })) as { root: DomNode };
    const host = findHost(root);
    if (!host) throw new Error('no <vigie-panel> in the page');
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: host.backendNodeId });
    return { x: model.content[0]!, y: model.content[1]!, width: model.width, height: model.height };
  } finally {
    await cdp.detach();
  }
}

export function panelView(frame: Frame): PanelView {
  // A string, not a function: the frame's CSP has no 'unsafe-eval', and the protocol evaluates
  // a string expression without asking the page to compile anything.
  const evaluate: PanelView['evaluate'] = (fn, ...args) => frame.evaluate(`(${fn.toString()})(document, ...${JSON.stringify(args)})`);
  return {
    frame,
    evaluate,
    text: () => evaluate((root) => root.body.textContent ?? ''),
    exists: (selector) => evaluate((root, s) => root.querySelector(s) !== null, selector),
    async click(selector) {
      // The frame draws a card (or the pill) a moment before the content script has fitted its
      // box to it (a message between them): a person clicks what they see once it has; so does the test.
      for (let attempt = 0; ; attempt++) {
        const inFrame = await evaluate((root, s) => {
          const element = root.querySelector(s);
          if (!element) return null;
          element.scrollIntoView({ block: 'nearest' });
          const rect = element.getBoundingClientRect();
          return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, folded: root.querySelector('.opener') !== null, width: innerWidth, height: innerHeight };
        }, selector);
        if (!inFrame) throw new Error(`Nothing matches ${selector} in the panel`);
        const box = await hostBox(frame.page());
        // Fitted: the pill's box is narrow, the card's is not (entrypoints/content/frame-box.ts).
        // And the frame's document laid out again at that size (it follows its box a moment later).
        const fitted = (inFrame.folded ? box.width < 250 : box.width >= 300) && Math.abs(inFrame.width - box.width) < 1 && Math.abs(inFrame.height - box.height) < 1;
        if ((fitted && inFrame.x <= box.width && inFrame.y <= box.height) || attempt === 100) {
          // Two frames of the panel's own later, still there (no redraw or move pending): click.
          const still = await evaluate((root, s, x, y) => new Promise<boolean>((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
            const rect = root.querySelector(s)?.getBoundingClientRect();
            done(rect !== undefined && Math.abs(rect.x + rect.width / 2 - x) < 1 && Math.abs(rect.y + rect.height / 2 - y) < 1);
          }))), selector, inFrame.x, inFrame.y);
          if (still || attempt === 100) return frame.page().mouse.click(box.x + inFrame.x, box.y + inFrame.y);
        }
        await new Promise((resume) => setTimeout(resume, 20));
      }
    },
    async pointsOf(selector) {
      const box = await hostBox(frame.page());
      const inFrame = await evaluate(
        (root, s) =>
          [...root.querySelectorAll(s)]
            .map((element) => element.getBoundingClientRect())
            .filter((rect) => rect.width > 0 && rect.top >= 0 && rect.bottom <= innerHeight)
            .map((rect) => ({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 })),
        selector,
      );
      return inFrame.map((point) => ({ x: box.x + point.x, y: box.y + point.y }));
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core on the panel's own document, in its frame. The frame is an extension page drawn inside
 * someone else's page: it has no level-one heading and must not bring one (the site has its own),
 * so the page-level rule "page-has-heading-one" is left out.
 */
export async function axeFrame(frame: Frame): Promise<AxeViolation[]> {
  await frame.evaluate(axeSource);
  const violations: AxeViolation[] = await frame.evaluate(`(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  })()`);
  return violations.filter((v) => v.id !== 'page-has-heading-one');
}
