// The browser's real side panel as a test reaches it. Playwright lists only tabs as pages, but
// Chromium shows the side panel's document as a DevTools target of its own (type "page",
// chrome-extension://<id>/sidepanel.html): the test attaches to it over the browser's protocol
// session (Target.attachToTarget, messages through Target.sendMessageToTarget), reads it in its
// own world, clicks it with the protocol's mouse (trusted events, as a person's), records every
// request it makes (Network) and every error (Runtime), and runs axe-core in it.
import type { CDPSession } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeViolation, Vigie } from './harness';

const isSidePanel = (url: string) => url.startsWith('chrome-extension://') && new URL(url).pathname === '/sidepanel.html';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface SidePanel {
  /** Evaluates a JavaScript expression in the side panel's document and returns its JSON value. */
  evaluate<R>(expression: string): Promise<R>;
  text(): Promise<string>;
  exists(selector: string): Promise<boolean>;
  /** A person's click (mouse pressed and released) at the middle of the first match. */
  click(selector: string): Promise<void>;
  axe(): Promise<AxeViolation[]>;
  /** Requests other than the extension's own files, since it was attached (and reloaded). */
  readonly strayRequests: string[];
  readonly errors: string[];
  /** Whether the side panel's document is still there (false once Chromium closed it). */
  isOpen(): Promise<boolean>;
  /** Closes the side panel's document as the browser's own close button does. */
  closeFromBrowser(): Promise<void>;
  detach(): Promise<void>;
}

async function targets(cdp: CDPSession): Promise<TargetInfo[]> {
  return ((await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] }).targetInfos;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Waits for the side panel to be open, attaches to it and reloads it once with the network
 * recorded, so that every request of its document, from its first load on, is seen.
 */
export async function attachSidePanel(vigie: Vigie, timeout = 10_000): Promise<SidePanel> {
  const cdp = await vigie.context.browser()!.newBrowserCDPSession();
  const deadline = Date.now() + timeout;
  let target: TargetInfo | undefined;
  while (!(target = (await targets(cdp)).find((t) => isSidePanel(t.url)))) {
    if (Date.now() > deadline) throw new Error('The side panel never opened.');
    await new Promise((wait) => setTimeout(wait, 50));
  }
  const { targetId } = target;
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let lastId = 0;
  const pending = new Map<number, { done(value: unknown): void; fail(error: Error): void }>();
  const strayRequests: string[] = [];
  const errors: string[] = [];
  const origin = `chrome-extension://${new URL(target.url).host}/`;
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; method?: string; params?: any; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) {
      const waiter = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) waiter?.fail(new Error(message.error.message));
      else waiter?.done(message.result);
    } else if (message.method === 'Network.requestWillBeSent') {
      const url: string = message.params.request.url;
      if (!url.startsWith(origin) && !url.startsWith('data:')) strayRequests.push(`${message.params.request.method} ${url}`);
    } else if (message.method === 'Runtime.exceptionThrown') {
      errors.push(message.params.exceptionDetails.exception?.description ?? message.params.exceptionDetails.text);
    } else if (message.method === 'Runtime.consoleAPICalled' && message.params.type === 'error') {
      errors.push(message.params.args.map((arg: { value?: unknown; description?: string }) => String(arg.value ?? arg.description)).join(' '));
    }
  });
  const call = <R>(method: string, params: object = {}) =>
    new Promise<R>((done, fail) => {
      const id = ++lastId;
      pending.set(id, { done: done as (value: unknown) => void, fail });
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(fail);
    });
  const evaluate = async <R>(expression: string): Promise<R> => {
    const outcome = await call<{ result: { value?: R }; exceptionDetails?: { text: string } }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (outcome.exceptionDetails) throw new Error(`In the side panel: ${outcome.exceptionDetails.text} (${expression})`);
    return outcome.result.value as R;
  };
  await call('Network.enable');
  await call('Runtime.enable');
  await call('Page.enable');
  await call('Page.reload');
  for (let attempt = 0; ; attempt++) {
    if (await evaluate<boolean>(`document.readyState === 'complete'`).catch(() => false)) break;
    if (attempt === 200) throw new Error('The side panel never loaded again.');
    await new Promise((wait) => setTimeout(wait, 50));
  }
  const isOpen = async () => (await targets(cdp)).some((t) => t.targetId === targetId);
  return {
    evaluate,
    text: () => evaluate<string>('document.body.innerText'),
    exists: (selector) => evaluate<boolean>(`document.querySelector(${JSON.stringify(selector)}) !== null`),
    async click(selector) {
      const point = await evaluate<{ x: number; y: number } | null>(`(() => {
        const element = document.querySelector(${JSON.stringify(selector)});
        if (!element) return null;
        element.scrollIntoView({ block: 'center' });
        const rect = element.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      })()`);
      if (!point) throw new Error(`Nothing matches ${selector} in the side panel`);
      for (const type of ['mousePressed', 'mouseReleased']) {
        await call('Input.dispatchMouseEvent', { type, x: point.x, y: point.y, button: 'left', clickCount: 1 });
      }
    },
    async axe() {
      await evaluate(`${axeSource}; true`);
      return evaluate<AxeViolation[]>(`(async () => {
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
      })()`);
    },
    strayRequests,
    errors,
    isOpen,
    async closeFromBrowser() {
      await cdp.send('Target.closeTarget', { targetId });
    },
    async detach() {
      await cdp.detach().catch(() => undefined);
    },
  };
}
