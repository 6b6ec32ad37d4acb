// How the panel frame asks for its guide. The frame is an extension page, so it runs the guide
// routes itself, on the extension's own IndexedDB, without waking the background (whose service
// worker the browser stops after 30 s idle: waking it cost about 100 ms before the first item was
// painted). A browser that blocks third-party storage (third-party cookies blocked, which this
// Chromium does by default) refuses IndexedDB to a frame inside a web page: then the same routes
// answer from the background. Either way the sender is this frame, with its own URL.
import { browser } from 'wxt/browser';
import { createRouter, MessageError, request } from '../../utils/messaging';
import { createGuideRoutes } from '../../utils/guide/routes';
import { extensionGuideDeps } from '../../utils/guide/extension-guide-deps';
import { passportGuideLink } from '../../utils/passport/guide-link';
import { db } from '../../utils/storage/db';

export type GuideRequest = typeof request;

export function guideRequester(): { ask: GuideRequest; where: Promise<'frame' | 'background'> } {
  const where = db().then(
    () => 'frame' as const,
    () => 'background' as const,
  );
  const route = createRouter(createGuideRoutes(extensionGuideDeps(passportGuideLink)), { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') });
  const ask = (async (type, payload) => {
    if ((await where) === 'background') return request(type, payload);
    const reply = await route({ type, payload }, { id: browser.runtime.id, url: location.href });
    if (!reply.ok) throw new MessageError(reply.error);
    return reply.value;
  }) as GuideRequest;
  return { ask, where };
}
