// The print view in another language than the page's (issue 17, point 1): the document is printed
// in the language picked, its words loaded then (the page itself holds only its own language).
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { deleteDB } from 'idb';
import { PrintView } from '../../components/passport/PrintView';
import { createChild } from '../../utils/passport/store';
import { resetConnection } from '../../utils/storage/db';
import { catalogs } from '../../utils/i18n/locales';
import { createTranslator } from '../../utils/i18n/translator';
import { childFields } from '../utils/passport/passport-fixtures';
import { eventually, mount, unmount } from './passport-helpers';

let root: HTMLElement | undefined;
afterEach(async () => {
  if (root) unmount(root);
  root = undefined;
  await resetConnection();
  await deleteDB('vigie');
});

describe('printing in another language', () => {
  it('offers the six languages named in themselves, and prints in the one picked', async () => {
    await createChild(childFields({ name: 'Sam' }));
    root = mount(<PrintView />, 'en');
    await eventually(() => expect(root!.querySelector('.print-document')).not.toBeNull());
    const select = root.querySelector<HTMLSelectElement>('#print-language')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['English', 'Français', 'Deutsch', 'Español', 'Italiano', 'Nederlands']);
    expect(root.querySelector('.print-document')?.getAttribute('lang')).toBe('en');
    await act(() => {
      select.value = 'it';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await eventually(() => expect(root!.querySelector('.print-document')?.getAttribute('lang')).toBe('it'));
    const ageBand = createTranslator(catalogs, 'it')(`passport.ageBand.${childFields({ name: 'Sam' }).ageBand}`);
    expect(ageBand).not.toBe(createTranslator(catalogs, 'en')(`passport.ageBand.${childFields({ name: 'Sam' }).ageBand}`));
    expect(root.querySelector('.printed-child .muted')?.textContent).toContain(ageBand);
    // The page around the document stays in English.
    expect(root.querySelector('.print-choices button')?.textContent).toBe(createTranslator(catalogs, 'en')('portability.print.button'));
  });
});
