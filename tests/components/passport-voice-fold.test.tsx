// The child's own part on their page (issue 16.6): folded until opened, folded again when the page
// is hidden or left, its words out of the glance while folded; beside it, the way to record an
// incident and to the helplines of the chosen country.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { resetConnection } from '../../utils/storage/db';
import { ChildOverview } from '../../components/passport/ChildOverview';
import { rememberCountry } from '../../utils/help/country';
import { createChild } from '../../utils/passport/store';
import { childFields } from '../utils/passport/passport-fixtures';
import { byText, click, eventually, mount, settle, unmount } from './passport-helpers';

let root: HTMLElement | undefined;
beforeEach(() => {
  location.hash = '';
});
afterEach(async () => {
  if (root) unmount(root);
  root = undefined;
  Reflect.deleteProperty(document, 'visibilityState');
  await resetConnection();
  await deleteDB('vigie');
});

async function sam(language: 'en' | 'fr' = 'en') {
  const child = await createChild(childFields({ name: 'Sam', voice: { likes: 'building worlds', dislikes: '', goingWell: '', notGoingWell: '', worries: 'a group chat', learned: '', hopes: '' } }));
  root = mount(<ChildOverview childId={child.id} />, language);
  await eventually(() => expect(root!.querySelector('.fold-toggle')).not.toBeNull());
  const toggle = () => root!.querySelector<HTMLButtonElement>('.fold-toggle')!;
  const body = () => root!.querySelector<HTMLElement>('#child-voice-body')!;
  const glance = () => root!.querySelector<HTMLElement>('.at-a-glance')!.textContent ?? '';
  return { child, toggle, body, glance };
}

describe('the child’s own part on their page', () => {
  it('is folded until opened, and its words stay out of the glance meanwhile', async () => {
    const { toggle, body, glance } = await sam();
    expect(toggle().textContent).toBe("Show Sam's own part");
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    expect(toggle().getAttribute('aria-controls')).toBe('child-voice-body');
    expect(body().hidden).toBe(true);
    expect(glance()).not.toContain('building worlds');
    await click(toggle());
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    expect(toggle().textContent).toBe("Hide Sam's own part");
    expect(body().hidden).toBe(false);
    expect(body().textContent).toContain('a group chat');
    expect(glance()).toContain('building worlds');
  });

  it('folds again when the page is hidden, and when it is left', async () => {
    const { toggle, body } = await sam();
    await click(toggle());
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(body().hidden).toBe(true);
    Reflect.deleteProperty(document, 'visibilityState');
    await click(toggle());
    expect(body().hidden).toBe(false);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    expect(body().hidden).toBe(true);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
  });

  it('offers, beside the child’s words, to record an incident and the helplines of the chosen country', async () => {
    await rememberCountry('GB');
    const { child } = await sam();
    const record = byText<HTMLAnchorElement>(root!, 'a', 'Record an incident');
    expect(record.getAttribute('href')).toBe(`#child/${child.id}/incident/new`);
    await eventually(() => expect(byText<HTMLAnchorElement>(root!, 'a', 'Get help').getAttribute('href')).toBe('popup/en-GB.html'));
    expect(byText<HTMLAnchorElement>(root!, 'a', 'Get help').getAttribute('aria-label')).toBe('Get help: United Kingdom helplines');
  });

  it('says so in French, for France', async () => {
    await rememberCountry('FR');
    await sam('fr');
    expect(root!.querySelector('.fold-toggle')!.textContent).toBe('Afficher la partie de Sam');
    await eventually(() => expect(byText<HTMLAnchorElement>(root!, 'a', 'Trouver de l’aide').getAttribute('href')).toBe('popup/fr-FR.html'));
    expect(root!.querySelector('.worry-line')!.textContent).toContain('Quelque chose d’inquiétant\u00a0?');
  });
});
