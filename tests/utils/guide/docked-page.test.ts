// What the side panel takes from a tab's content script (utils/guide/docked-page.ts): a settings
// page a rule pack could name, as the panel frame's fragment, and nothing else; and the
// background's "the side panel went away" (utils/guide/dock-routes.ts) undocks and changes nothing else.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { detectedPage, parseDetectedPage } from '../../../utils/guide/docked-page';
import { createDockRoutes } from '../../../utils/guide/dock-routes';
import { DEFAULT_PLACEMENT, readPlacement, updatePlacement } from '../../../utils/guide/panel-placement';

beforeEach(() => fakeBrowser.reset());

describe('the page told to the side panel', () => {
  it('is the detected page only, and reads back the same', () => {
    const page = { platform: 'facebook', context: 'privacy', pageId: 'privacy' } as const;
    const told = detectedPage({ ...page, extra: 'https://www.facebook.com/settings?tab=privacy' } as typeof page);
    expect(told).toEqual({ page: 'platform=facebook&context=privacy&pageId=privacy' });
    expect(parseDetectedPage(told)).toEqual(page);
    expect(detectedPage(undefined)).toEqual({ page: null });
  });

  it('names no page when the message is not one', () => {
    for (const message of [null, undefined, 'platform=facebook', { page: null }, { page: 42 }, { page: 'platform=myspace&context=privacy&pageId=x' }, { page: 'platform=facebook&context=nowhere&pageId=x' }]) {
      expect(parseDetectedPage(message), JSON.stringify(message)).toBeUndefined();
    }
  });
});

describe('the side panel going away', () => {
  it('undocks and keeps the rest of the placement', async () => {
    await updatePlacement((p) => ({ ...p, docked: true, side: 'left', offSites: ['x.com'] }));
    const route = createDockRoutes()['dock.closed']!;
    expect(route.parse({ docked: true })).toBeUndefined();
    await route.handle({ docked: false }, { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') });
    expect(await readPlacement()).toEqual({ ...DEFAULT_PLACEMENT, side: 'left', offSites: ['x.com'] });
  });
});
