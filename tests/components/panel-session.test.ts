// The panel as its frame runs it, in happy-dom: the session asks the guide routes (the real routes
// behind the real router, with the panel frame's own URL as the sender, as in the frame or the
// background), the drawer draws into a container, and a person uses it with the keyboard.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPanelSession, type PanelSessionDeps } from '../../components/panel/session';
import { panelDrawer } from '../../components/panel/mount';
import { createRouter, MessageError, type request as sendRequest } from '../../utils/messaging';
import { createGuideRoutes, previewGuide, type GuideDeps } from '../../utils/guide/routes';
import { resetConnection } from '../../utils/storage/db';
import { createTranslator } from '../../utils/i18n/translator';
import { rulePacks } from '../../utils/detection/platforms';
import { detectPage } from '../../utils/detection/detect';
import type { Checklist } from '../../utils/guide/checklists/types';
import type { GuideView } from '../../utils/guide/messages';
import { framedPageFragment } from '../../utils/guide/framed-page';
import shellEn from '../../utils/i18n/locales/en/panel.json';
import shellFr from '../../utils/i18n/locales/fr/panel.json';

const facebook = rulePacks.find((pack) => pack.id === 'facebook')!;
const rule = facebook.pages.find((page) => page.context === 'privacy')!;
const url = rule.testUrls[0]!;
const match = detectPage(url)!;

const checklist: Checklist = {
  platform: 'facebook', contexts: [rule.context], version: 'v1',
  items: ['one', 'two', 'three'].map((id) => ({ id, audiences: ['parent'], pathConfirmed: true, source: { url: `https://www.facebook.com/help/${id}`, title: id }, verifiedOn: '2026-01-01', evidence: [] })),
};
const words = Object.fromEntries(checklist.items.map((item) => [`checklist.facebook.${item.id}.do`, `Do ${item.id}`]));
const self = { id: 'vigie-id', baseUrl: 'chrome-extension://vigie-id/' };
const inFrame = { id: 'vigie-id', url: `${self.baseUrl}panel-frame.html#${framedPageFragment(match)}`, tab: { id: 1 } };
const deps: GuideDeps = {
  now: () => new Date('2026-03-01T10:00:00Z'),
  language: () => 'en',
  languageTags: () => ['en-US'],
  baseUrl: () => self.baseUrl,
  translate: (language) => createTranslator({ en: words, fr: {} }, language),
  checklistFor: () => checklist,
};
const route = createRouter(createGuideRoutes(deps), self);

/** `request` as the panel frame sends it, answered by the router. */
const throughBackground = vi.fn(async (type: string, payload: unknown) => {
  const reply = await route({ type, payload }, inFrame);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}) as unknown as typeof sendRequest & ReturnType<typeof vi.fn>;

function mountPanel(request: PanelSessionDeps['request'] = throughBackground) {
  const host = document.createElement('vigie-panel');
  document.body.replaceChildren(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  const container = document.createElement('body');
  shadow.append(container);
  const drawer = panelDrawer(container);
  const session = createPanelSession(match, 'en', {
    request,
    now: () => new Date('2026-03-01T10:00:00Z'),
    render: (state, cause) => {
      const t = createTranslator({ en: { ...shellEn, ...state.view?.labels }, fr: shellFr }, 'en');
      drawer.draw({ state, t, actions: session.actions }, cause);
    },
  });
  session.start();
  return { shadow, container, session };
}

/** Waits for every request sent so far to be answered, and for the session to draw the answers. */
async function settle(): Promise<void> {
  await Promise.allSettled(throughBackground.mock.results.map((result) => result.value as Promise<unknown>));
  await new Promise((done) => setTimeout(done, 0));
}
const enter = (element: Element) => element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));

afterEach(async () => {
  throughBackground.mockClear();
  await resetConnection();
  await new Promise((done) => {
    const request = indexedDB.deleteDatabase('vigie');
    request.onsuccess = request.onerror = done;
  });
});

describe('the panel session', () => {
  it('shows a small button at once, then the guide when the background answers', async () => {
    const { container } = mountPanel();
    expect(container.querySelector('.opener')).not.toBeNull();
    expect(throughBackground).toHaveBeenCalledWith('guide.get', { platform: 'facebook', pageId: match.pageId });
    await settle();
    expect(container.querySelector('.opener')).toBeNull();
    expect([...container.querySelectorAll('.item label')].map((l) => l.textContent)).toEqual(['Do one', 'Do two', 'Do three']);
  });

  it('keeps the ticked checkbox itself when the background confirms the tick (no element swapped under a key press)', async () => {
    const { container } = mountPanel();
    await settle();
    const box = container.querySelector<HTMLInputElement>('#vigie-item-one')!;
    box.focus();
    enter(box);
    const shown = container.querySelector<HTMLInputElement>('#vigie-item-one');
    expect(shown?.checked).toBe(true);
    await settle();
    // The answer drew the same state: the very same element is still there, focused.
    expect(container.querySelector('#vigie-item-one')).toBe(shown);
  });

  it('ends on the audience switched to last, even when the second switch comes before the first answer', async () => {
    const { session } = mountPanel();
    await settle();
    session.actions.setAudience('carer');
    session.actions.setAudience('parent');
    await settle();
    expect(session.state().view?.audience).toBe('parent');
    // And the background remembers parent: a new visit opens on it.
    const again = mountPanel();
    await settle();
    expect(again.session.state().view?.audience).toBe('parent');
  });

  it('saves a tick made with Enter, keeps the focus on it, and records the review at the last one', async () => {
    const { shadow, container } = mountPanel();
    await settle();
    for (const id of ['one', 'two', 'three']) {
      const box = container.querySelector<HTMLInputElement>(`#vigie-item-${id}`)!;
      box.focus();
      enter(box);
      // Shown at once, before the background answers.
      expect(container.querySelector<HTMLInputElement>(`#vigie-item-${id}`)?.checked).toBe(true);
      await settle();
      expect(shadow.activeElement?.id).toBe(`vigie-item-${id}`);
    }
    expect(throughBackground).toHaveBeenCalledWith('guide.tick', { platform: 'facebook', pageId: match.pageId, audience: 'parent', itemId: 'three', ticked: true, childId: null });
    expect(container.textContent).toContain('Done: 3 of 3 · Reviewed on March 1, 2026');
    // A new visit (a reload) gets the same ticks back from the background.
    const again = mountPanel();
    await settle();
    expect([...again.container.querySelectorAll<HTMLInputElement>('.item input')].map((b) => b.checked)).toEqual([true, true, true]);
  });

  it('collapses and opens on request, remembers it, and keeps the focus on the toggle', async () => {
    const { shadow, container } = mountPanel();
    await settle();
    container.querySelector<HTMLButtonElement>('#vigie-toggle')!.click();
    expect(container.querySelector('.card')).toBeNull();
    expect(shadow.activeElement?.className).toBe('opener');
    expect(throughBackground).toHaveBeenCalledWith('guide.setCollapsed', { platform: 'facebook', collapsed: true });
    await settle();
    const again = mountPanel();
    await settle();
    expect(again.container.querySelector('.opener')).not.toBeNull();
  });

  it('keeps the panel collapsed when the person closed it before the guide arrived', async () => {
    let answer: (view: GuideView) => void = () => undefined;
    const slow = vi.fn((type: string) => (type === 'guide.get' ? new Promise<GuideView>((done) => (answer = done)) : Promise.resolve({ collapsed: false }))) as unknown as typeof sendRequest;
    const { container } = mountPanel(slow);
    container.querySelector<HTMLButtonElement>('.opener')!.click();
    expect(container.textContent).toContain('Loading the checklist');
    container.querySelector<HTMLButtonElement>('#vigie-toggle')!.click();
    const view = (await route({ type: 'guide.get', payload: { platform: 'facebook', pageId: match.pageId } }, inFrame)) as { value: GuideView };
    answer({ ...view.value, collapsed: false });
    await settle();
    expect(container.querySelector('.opener')).not.toBeNull();
  });

  it('draws the page’s items before the ticks arrive (boxes and switch disabled, no progress), then the person’s ticks', async () => {
    await route({ type: 'guide.tick', payload: { platform: 'facebook', pageId: match.pageId, audience: 'parent', itemId: 'two', ticked: true, childId: null } }, inFrame);
    let answer: (view: GuideView) => void = () => undefined;
    const slow = vi.fn((type: string) => (type === 'guide.get' ? new Promise<GuideView>((done) => (answer = done)) : Promise.reject(new Error(type)))) as unknown as typeof sendRequest & ReturnType<typeof vi.fn>;
    const container = document.createElement('main');
    document.body.replaceChildren(container);
    const drawer = panelDrawer(container);
    const session = createPanelSession(match, 'en', {
      request: slow,
      now: () => new Date('2026-03-01T10:00:00Z'),
      render: (state) => drawer.draw({ state, t: createTranslator({ en: { ...shellEn, ...state.view?.labels }, fr: shellFr }, 'en'), actions: session.actions }),
    }, false, previewGuide(deps, match, 'en'));
    session.start();
    const boxes = () => [...container.querySelectorAll<HTMLInputElement>('.item input')];
    expect([...container.querySelectorAll('.item label')].map((l) => l.textContent)).toEqual(['Do one', 'Do two', 'Do three']);
    expect(boxes().map((box) => [box.checked, box.disabled])).toEqual([[false, true], [false, true], [false, true]]);
    expect([...container.querySelectorAll<HTMLInputElement>('input[name="vigie-audience"]')].every((radio) => radio.disabled)).toBe(true);
    expect(container.querySelector('.card')?.getAttribute('aria-busy')).toBe('true');
    expect(container.textContent).not.toContain('Done:');
    expect(container.textContent).toContain('Reading your ticks');
    // Nothing is ticked or switched before the ticks are read.
    session.actions.tick('one', true);
    session.actions.setAudience('carer');
    expect(slow.mock.calls.map(([type]) => type)).toEqual(['guide.get']);
    answer(((await route({ type: 'guide.get', payload: { platform: 'facebook', pageId: match.pageId } }, inFrame)) as { value: GuideView }).value);
    await new Promise((done) => setTimeout(done, 0));
    expect(boxes().map((box) => [box.checked, box.disabled])).toEqual([[false, false], [true, false], [false, false]]);
    expect(container.querySelector('.card')?.hasAttribute('aria-busy')).toBe(false);
    expect(container.textContent).toContain('Done: 1 of 3');
  });

  it('undoes a tick the background refused, and says when the guide cannot be loaded', async () => {
    const { container } = mountPanel();
    await settle();
    throughBackground.mockRejectedValueOnce(new MessageError('unknown-item'));
    enter(container.querySelector('#vigie-item-one')!);
    expect(container.querySelector<HTMLInputElement>('#vigie-item-one')?.checked).toBe(true);
    await settle();
    expect(container.querySelector<HTMLInputElement>('#vigie-item-one')?.checked).toBe(false);
    const refused = vi.fn(() => Promise.reject(new MessageError('forbidden-sender'))) as unknown as typeof sendRequest;
    const broken = mountPanel(refused);
    await settle();
    broken.container.querySelector<HTMLButtonElement>('.opener')!.click();
    expect(broken.container.textContent).toContain('could not load');
  });

  it('shows only the answer to the latest request when answers cross', async () => {
    const answers: Array<() => void> = [];
    const base = (await route({ type: 'guide.get', payload: { platform: 'facebook', pageId: match.pageId } }, inFrame)) as { value: GuideView };
    const crossing = vi.fn((type: string, payload: { itemId?: string }) => {
      if (type !== 'guide.tick') return Promise.resolve(base.value);
      // Each answer says only its own item is ticked, as a stale answer would.
      const items = base.value.items.map((item) => ({ ...item, current: item.id === payload.itemId }));
      return new Promise((done) => answers.push(() => done({ ...base.value, items })));
    }) as unknown as typeof sendRequest;
    const { container } = mountPanel(crossing);
    await settle();
    enter(container.querySelector('#vigie-item-one')!);
    enter(container.querySelector('#vigie-item-two')!);
    answers[1]!();
    await settle();
    answers[0]!();
    await settle();
    expect([...container.querySelectorAll<HTMLInputElement>('.item input')].map((b) => b.checked)).toEqual([false, true, false]);
  });

  it('drops answers that arrive after the page was left', async () => {
    const { container, session } = mountPanel();
    session.dispose();
    await settle();
    expect(container.querySelector('.opener')).not.toBeNull();
    expect(container.querySelector('.card')).toBeNull();
  });
});
