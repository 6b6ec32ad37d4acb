// Opens the list to take to the phone (take-along.ts) for a panel frame that cannot open a tab
// itself: Firefox ESR gives an add-on's frame inside a web page only the content scripts' APIs
// (runtime, storage, i18n; no `tabs`: tests/firefox/panel-placement.test.ts). The background
// builds the address from the page named, which must be one a rule pack declares; it opens
// nothing else.
import { browser } from 'wxt/browser';
import type { Route, Routes } from '../messaging';
import { isContext, isPlatformId } from '../taxonomy';
import type { FramedPage } from './framed-page';
import { exactly, pageRuleOf } from './payloads';
import { takeAlongPath } from './take-along';

declare module '../messaging' {
  interface Protocol {
    /** Opens the take-along page of a settings page in a new tab. */
    'guide.openTakeAlong': { request: FramedPage; response: { opened: true } };
  }
}

function parseFramed(payload: unknown): FramedPage | undefined {
  const fields = exactly(payload, ['platform', 'context', 'pageId']);
  if (!fields) return undefined;
  const { platform, context, pageId } = fields;
  if (!isPlatformId(platform) || !isContext(context) || typeof pageId !== 'string') return undefined;
  const rule = pageRuleOf({ platform, pageId });
  return rule && rule.context === context ? { platform, context, pageId } : undefined;
}

/** Only our own pages may ask (the panel frame; never a content script). */
export function createTakeAlongRoutes(): Routes {
  const open: Route<'guide.openTakeAlong'> = {
    origin: 'extension-page',
    parse: parseFramed,
    async handle(page) {
      await browser.tabs.create({ url: browser.runtime.getURL(takeAlongPath(page)) });
      return { opened: true };
    },
  };
  return { 'guide.openTakeAlong': open };
}
