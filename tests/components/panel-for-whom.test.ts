// The panel's "Whom is this review for?" in happy-dom: the question lists the passport's children
// (those with an account here first) and "not a child of the passport", the answer shows with a
// one-click Change, the locked passport and the child who left are said in words.
import { describe, expect, it, vi } from 'vitest';
import { renderPanel } from '../../components/panel/panel';
import type { PanelActions } from '../../components/panel/types';
import { createTranslator } from '../../utils/i18n/translator';
import type { GuideForWhom, GuideView } from '../../utils/guide/messages';
import labelsEn from '../../utils/i18n/locales/en/panel-labels.json';
import childEn from '../../utils/i18n/locales/en/passport-child.json';

const t = createTranslator({ en: { ...labelsEn, ...childEn }, fr: {} }, 'en');
const children: GuideForWhom['children'] = [
  { id: 'lea', name: 'Léa', ageBand: '11-12', hasAccountHere: true },
  { id: 'tom', name: 'Tom', ageBand: '8-10', hasAccountHere: false },
];

function view(forWhom?: GuideForWhom): GuideView {
  return {
    language: 'en', platform: 'instagram', pageId: 'privacy', context: 'privacy', pageName: 'Account privacy', platformName: 'Instagram',
    audience: 'parent', itemCounts: { parent: 0, carer: 0, organisation: 0 }, items: [], review: { state: 'new', done: 0, total: 0 },
    help: {}, collapsed: false, labels: labelsEn, ...(forWhom ? { forWhom } : {}),
  };
}
function draw(forWhom: GuideForWhom | undefined, choosing = false) {
  const actions = { toggleCollapsed: vi.fn(), setAudience: vi.fn(), tick: vi.fn(), toggleHelp: vi.fn(), setForWhom: vi.fn<PanelActions['setForWhom']>(), toggleForWhom: vi.fn() };
  const element = renderPanel({ state: { language: 'en', collapsed: false, helpOpen: false, failed: false, covered: false, choosingForWhom: choosing, view: view(forWhom) }, t, actions });
  document.body.replaceChildren(element);
  return { element, actions, text: element.textContent ?? '' };
}

describe('the panel asks whom the review is for', () => {
  it('asks nothing when the passport has no child', () => {
    expect(draw(undefined).element.querySelector('.for-whom')).toBeNull();
  });

  it('lists the children with their age band, an account here said in words, and "not a child"; a button answers', () => {
    const { element, actions } = draw({ state: 'ask', children });
    const group = element.querySelector('[role="group"]')!;
    expect(element.querySelector(`#${group.getAttribute('aria-labelledby')}`)?.textContent).toBe('Whom is this review for?');
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Léa, 11 to 12 · account on Instagram in the passport', 'Tom, 8 to 10', 'My own account, someone else’s, or a group I run']);
    buttons[1]!.click();
    expect(actions.setForWhom).toHaveBeenCalledWith('tom');
    buttons[2]!.click();
    expect(actions.setForWhom).toHaveBeenLastCalledWith('none');
  });

  it('shows the answer with a Change button, and the question again (the answer pressed) while changing', () => {
    const { element, actions, text } = draw({ state: 'child', children, childId: 'lea' });
    expect(text).toContain('Review for Léa, 11 to 12: each tick is recorded in their passport.');
    const change = element.querySelector<HTMLButtonElement>('#vigie-for-whom-change')!;
    expect(change.getAttribute('aria-label')).toBe('Change whom this review is for');
    change.click();
    expect(actions.toggleForWhom).toHaveBeenCalled();
    const changing = draw({ state: 'child', children, childId: 'lea' }, true).element;
    expect(changing.querySelector('[aria-pressed="true"]')?.textContent).toContain('Léa');
  });

  it('says when the passport is locked, and when the child left', () => {
    expect(draw({ state: 'locked', children: [] }).element.querySelector('[role="status"]')?.textContent).toContain('The passport is locked with a passphrase');
    const gone = draw({ state: 'ask', children, childGone: true }).element;
    expect(gone.querySelector('[role="alert"]')?.textContent).toContain('no longer in the passport');
    expect(gone.querySelector('[role="group"]')).not.toBeNull();
    expect(draw({ state: 'none', children: [], childGone: true }).element.querySelector('[role="group"], #vigie-for-whom-change')).toBeNull();
  });

  // The panel never holds the lock's key: opening the passport in a tab does not link the review,
  // so the words must not send the person there for it (they did, and the panel then said the same).
  it('while locked, says the review stays unlinked even with the passport open in a tab, and that the ticks are kept', () => {
    const note = draw({ state: 'locked', children: [] }).element.querySelector('.for-whom-locked')?.textContent ?? '';
    expect(note).toContain('even while the passport is open in a tab: this review is not linked to a child');
    expect(note).toContain('The ticks are kept here; the reviews already in the passport stay as they were.');
    expect(note).not.toMatch(/open it to link/i);
  });
});
