// The panel's parts in happy-dom: what they show for a guide, and that every control works from
// the keyboard (Space and Enter on a tick, arrows between native radios, buttons everywhere).
import { describe, expect, it, vi } from 'vitest';
import { renderPanel } from '../../components/panel/panel';
import type { PanelActions, PanelState } from '../../components/panel/types';
import { createTranslator } from '../../utils/i18n/translator';
import type { GuideView } from '../../utils/guide/messages';
import shellEn from '../../utils/i18n/locales/en/panel.json';
import shellFr from '../../utils/i18n/locales/fr/panel.json';
import labelsEn from '../../utils/i18n/locales/en/panel-labels.json';
import labelsFr from '../../utils/i18n/locales/fr/panel-labels.json';

const t = createTranslator({ en: { ...shellEn, ...labelsEn }, fr: { ...shellFr, ...labelsFr } }, 'en');

function guideView(overrides: Partial<GuideView> = {}): GuideView {
  return {
    language: 'en',
    platform: 'facebook',
    pageId: 'privacy',
    context: 'privacy',
    pageName: 'Privacy settings',
    platformName: 'Facebook',
    audience: 'parent',
    itemCounts: { parent: 2, carer: 1, organisation: 0 },
    items: [
      {
        id: 'future-posts', do: 'Set future posts to Friends', why: 'Public posts reach strangers.', path: 'Settings › Audience › Posts',
        pathConfirmed: true, appOnly: false, deepLink: 'https://www.facebook.com/settings?tab=privacy',
        source: { url: 'https://www.facebook.com/help/1', title: 'Facebook Help' }, verifiedOn: '2026-11-21', current: false,
      },
      {
        id: 'supervision', do: 'Set up supervision', path: 'Menu › Family Centre', pathConfirmed: false, appOnly: true,
        source: { url: 'https://www.facebook.com/help/2', title: 'Family Centre help' }, verifiedOn: '2026-01-05',
        tickedOn: '2026-11-20T10:00:00.000Z', current: true,
      },
    ],
    review: { state: 'in-progress', done: 1, total: 2 },
    help: { reportUrl: 'https://www.facebook.com/help/report', helpUrl: 'https://www.facebook.com/help/privacy' },
    collapsed: false,
    labels: labelsEn,
    ...overrides,
  };
}

function actions() {
  return {
    toggleCollapsed: vi.fn<PanelActions['toggleCollapsed']>(),
    setAudience: vi.fn<PanelActions['setAudience']>(),
    tick: vi.fn<PanelActions['tick']>(),
    toggleHelp: vi.fn<PanelActions['toggleHelp']>(),
    setForWhom: vi.fn<PanelActions['setForWhom']>(),
    toggleForWhom: vi.fn<PanelActions['toggleForWhom']>(),
  };
}

function draw(state: Partial<PanelState>, acts = actions()) {
  const element = renderPanel({ state: { language: 'en', collapsed: false, helpOpen: false, failed: false, covered: false, view: guideView(), ...state }, t, actions: acts });
  document.body.replaceChildren(element);
  return { element, acts, text: element.textContent ?? '' };
}

const key = (target: Element, name: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));

describe('the collapsed panel', () => {
  it('is one button saying what it opens, with the progress', () => {
    const { element, acts } = draw({ collapsed: true });
    expect(element.localName).toBe('button');
    expect(element.getAttribute('aria-expanded')).toBe('false');
    expect(element.textContent).toBe('Vigie1/2');
    expect(element.getAttribute('aria-label')).toBe('Vigie: checklist for this page (1/2)');
    element.click();
    expect(acts.toggleCollapsed).toHaveBeenCalledOnce();
  });

  it('shows no count before the guide has arrived', () => {
    const { element } = draw({ collapsed: true, view: undefined });
    expect(element.textContent).toBe('Vigie');
    expect(element.getAttribute('aria-label')).toBe('Vigie: checklist for this page');
  });
});

describe('the open panel', () => {
  it('names the page and lists the checklist with why, where and the source', () => {
    const { element, text } = draw({});
    expect(element.querySelector('h2')?.textContent).toBe('Privacy settings');
    expect([...element.querySelectorAll('.item label')].map((l) => l.textContent)).toEqual(['Set future posts to Friends', 'Set up supervision']);
    expect(text).toContain('Public posts reach strangers.');
    expect(text).toContain('Where: Settings › Audience › Posts');
    expect(text).toContain('In the app only: Menu › Family Centre (path not confirmed)');
    expect(text).toContain('verified on November 21, 2026');
    expect(element.querySelector('a[href="https://www.facebook.com/help/1"]')?.textContent).toBe('Source: Facebook Help');
    expect(element.querySelector('a[href="https://www.facebook.com/settings?tab=privacy"]')?.textContent).toBe('Open this setting');
    expect(text).toContain('Done: 1 of 2');
  });

  it('shows each tick as saved, with its date', () => {
    const { element, text } = draw({});
    const boxes = [...element.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((b) => b.checked)).toEqual([false, true]);
    expect(text).toContain('Done on November 20, 2026');
  });

  it('shows a tick made before a due re-check as not done, with when it was last done', () => {
    const view = guideView({ review: { state: 'recheck', reason: 'age', reviewedAt: '2026-01-01T00:00:00.000Z', done: 0, total: 2 } });
    view.items[1]!.current = false;
    const { element, text } = draw({ view });
    expect(element.querySelector<HTMLInputElement>('#vigie-item-supervision')?.checked).toBe(false);
    expect(text).toContain('Last done on November 20, 2026');
    expect(text).toContain('more than 90 days ago');
    expect(element.querySelector('.review.recheck')).not.toBeNull();
  });

  it('says when the advice changed since the review, and when the page was reviewed', () => {
    expect(draw({ view: guideView({ review: { state: 'recheck', reason: 'version', reviewedAt: '2026-10-01T00:00:00.000Z', done: 0, total: 2 } }) }).text).toContain('advice for this page has changed');
    expect(draw({ view: guideView({ review: { state: 'reviewed', reviewedAt: '2026-10-01T00:00:00.000Z', done: 2, total: 2 } }) }).text).toContain('Reviewed on October 1, 2026');
  });

  it('says so when an audience has nothing on this page, and while the guide loads or failed', () => {
    expect(draw({ view: guideView({ audience: 'organisation', items: [], review: { state: 'new', done: 0, total: 0 } }) }).text).toContain('No checklist for this audience');
    expect(draw({ view: undefined }).text).toContain('Loading the checklist');
    expect(draw({ view: undefined, failed: true }).text).toContain('could not load');
  });

  it('keeps help folded until asked, then shows the helpline and the report page', () => {
    const helpline = { name: '3018', purpose: 'Help online', chatUrl: 'https://3018.fr', source: { url: 'https://src.example/3018', title: 'Source' }, verifiedOn: '2023-09-28' };
    const folded = draw({ view: guideView({ help: { helpline, reportUrl: 'https://www.facebook.com/help/report' } }) });
    const toggle = folded.element.querySelector('#vigie-help-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(folded.element.querySelector<HTMLElement>('#vigie-help')?.hidden).toBe(true);
    (toggle as HTMLButtonElement).click();
    expect(folded.acts.toggleHelp).toHaveBeenCalledOnce();
    const open = draw({ helpOpen: true, view: guideView({ help: { helpline, reportUrl: 'https://www.facebook.com/help/report' } }) });
    expect(open.element.querySelector<HTMLElement>('#vigie-help')?.hidden).toBe(false);
    // No number to dial in the panel (a page can draw over it): the toolbar's popup has them.
    expect(open.element.querySelector('a[href^="tel:"]')).toBeNull();
    expect(open.text).toContain('take the number from Vigie’s button in the browser’s toolbar');
    expect(open.element.querySelector('a[href="https://3018.fr"]')?.textContent).toBe('Chat online');
    expect(open.element.querySelector('a[href="https://www.facebook.com/help/report"]')?.textContent).toBe('Report a problem to Facebook');
    expect(draw({ helpOpen: true }).text).toContain('toolbar button lists the helplines');
  });

  it('has its help button from the first draw, disabled while the ticks are read, so the checklist does not move when they come', () => {
    const box = (element: HTMLElement) => element.querySelector<HTMLButtonElement>('#vigie-help-toggle');
    const reading = draw({ pending: true });
    expect(box(reading.element)?.disabled).toBe(true);
    expect(reading.element.querySelector('#vigie-help')).toBeNull();
    const read = draw({});
    expect(box(read.element)?.disabled).toBe(false);
    expect(draw({ view: undefined }).element.querySelector('#vigie-help-toggle')).toBeNull();
  });

  it('while the page covers it, says so and takes no tick and no audience switch', () => {
    const { element, acts, text } = draw({ covered: true });
    expect(element.querySelector('[role="alert"]')?.textContent).toContain('ticks are paused');
    const boxes = [...element.querySelectorAll<HTMLInputElement>('input')];
    expect(boxes.length).toBeGreaterThan(2);
    expect(boxes.every((box) => box.disabled)).toBe(true);
    for (const box of boxes) box.click();
    expect(acts.tick).not.toHaveBeenCalled();
    expect(acts.setAudience).not.toHaveBeenCalled();
    expect(text).toContain('covering Vigie');
    expect(draw({ covered: false }).element.querySelector('[role="alert"]')).toBeNull();
  });

  it('opens every outside link in a new tab without telling the destination where from', () => {
    const { element } = draw({ helpOpen: true });
    const outside = [...element.querySelectorAll('a')].filter((a) => a.getAttribute('href')?.startsWith('https:'));
    expect(outside.length).toBeGreaterThan(3);
    for (const link of outside) expect([link.target, link.rel]).toEqual(['_blank', 'noopener noreferrer']);
    // A screen reader hears that each opens a new tab; the name keeps the visible words.
    for (const link of outside) expect(link.getAttribute('aria-label')).toBe(`${link.textContent} (opens in a new tab)`);
  });

  it('says once that menus move, and how to find a setting whose path changed', () => {
    const { element } = draw({});
    expect(element.querySelectorAll('.menus-move')).toHaveLength(1);
    expect(element.querySelector('.menus-move')?.textContent).toContain('search the platform’s settings for the setting’s name');
  });

  it('speaks French with French words', () => {
    const french = createTranslator({ en: { ...shellEn, ...labelsEn }, fr: { ...shellFr, ...labelsFr } }, 'fr');
    const element = renderPanel({ state: { language: 'fr', collapsed: false, helpOpen: false, failed: false, covered: false, view: guideView({ language: 'fr' }) }, t: french, actions: actions() });
    expect(element.getAttribute('lang')).toBe('fr');
    expect(element.textContent).toContain('vérifié le 21 novembre 2026');
    expect(element.textContent).toContain('chemin non confirmé');
  });
});

describe('the open panel from the keyboard', () => {
  it('ticks with Space (the native change) and with Enter, and unticks with Enter', () => {
    const { element, acts } = draw({});
    const first = element.querySelector<HTMLInputElement>('#vigie-item-future-posts')!;
    first.checked = true;
    first.dispatchEvent(new Event('change', { bubbles: true }));
    expect(acts.tick).toHaveBeenLastCalledWith('future-posts', true);
    // Enter's default (submitting a form, in some pages) is cancelled.
    const defaultAllowed = key(element.querySelector('#vigie-item-supervision')!, 'Enter');
    expect(defaultAllowed).toBe(false);
    expect(acts.tick).toHaveBeenLastCalledWith('supervision', false);
    key(element.querySelector('#vigie-item-future-posts')!, 'a');
    expect(acts.tick).toHaveBeenCalledTimes(2);
  });

  it('labels every checkbox and radio, and describes a tick with why it matters', () => {
    const { element } = draw({});
    for (const input of element.querySelectorAll('input')) {
      const label = input.closest('label') ?? element.querySelector(`label[for="${input.id}"]`);
      expect(label?.textContent, input.id).toBeTruthy();
    }
    const first = element.querySelector('#vigie-item-future-posts')!;
    expect(element.querySelector(`#${first.getAttribute('aria-describedby')}`)?.textContent).toBe('Public posts reach strangers.');
  });

  it('switches the audience through native radios, one per audience, the current one checked', () => {
    const { element, acts } = draw({});
    const radios = [...element.querySelectorAll<HTMLInputElement>('input[name="vigie-audience"]')];
    expect(radios.map((r) => [r.value, r.checked])).toEqual([['parent', true], ['carer', false], ['organisation', false]]);
    expect(element.querySelector('legend')?.textContent).toBe('Checklist for');
    radios[2]!.checked = true;
    radios[2]!.dispatchEvent(new Event('change', { bubbles: true }));
    expect(acts.setAudience).toHaveBeenCalledWith('organisation');
  });

  it('offers only native controls, none taken out of the tab order, and a labelled collapse button', () => {
    const { element, acts } = draw({ helpOpen: true });
    expect(element.querySelectorAll('[tabindex]').length).toBe(0);
    const close = element.querySelector<HTMLButtonElement>('#vigie-toggle')!;
    expect([close.localName, close.getAttribute('aria-label'), close.getAttribute('aria-expanded')]).toEqual(['button', shellEn['panel.collapse'], 'true']);
    close.click();
    expect(acts.toggleCollapsed).toHaveBeenCalledOnce();
  });
});
