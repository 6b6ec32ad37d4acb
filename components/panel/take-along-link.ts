// The panel's link to the list to take to the phone (utils/guide/take-along.ts), under the items:
// many of the settings it lists are only in the apps, where the panel cannot follow. The tab is
// opened by the extension (tabs.create) rather than by the link itself: in Chromium 156 a person's
// click on that link, from a frame inside a web page to an extension page that is not
// web-accessible (the list must stay out of web pages' reach), opened nothing at all. Firefox ESR
// gives an add-on's frame inside a web page only the content scripts' APIs (runtime, storage,
// i18n: no `tabs`, seen in tests/firefox/panel-placement.test.ts): there the background opens the
// tab (utils/guide/take-along-routes.ts).
import { browser } from 'wxt/browser';
import type { Translate } from '../../utils/i18n/translator';
import type { GuideView } from '../../utils/guide/messages';
import { takeAlongPath } from '../../utils/guide/take-along';
import { request } from '../../utils/messaging';
import '../../utils/guide/take-along-routes';
import { el, newTab, outLink } from './dom';

export function takeAlongLink(view: GuideView, t: Translate): HTMLElement {
  const url = browser.runtime.getURL(takeAlongPath({ platform: view.platform, context: view.context, pageId: view.pageId }));
  const link = outLink(url, t('panel.takeAlong'), newTab(t));
  const page = { platform: view.platform, context: view.context, pageId: view.pageId };
  link.addEventListener('click', (event) => {
    event.preventDefault();
    if (browser.tabs?.create) void browser.tabs.create({ url });
    else void request('guide.openTakeAlong', page).catch(() => undefined);
  });
  return el('p', { class: 'take-along' }, link);
}
