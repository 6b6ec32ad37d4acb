// A country picked in the prerendered popup before its script ran is the person's choice.
import { afterEach, describe, expect, it } from 'vitest';
import { countryPickedBeforeScript } from '../../../entrypoints/popup/early-pick';

function prerenderedMenu(selected: string): void {
  document.body.innerHTML = `<select id="country"><option value="FR">France</option><option value="BE">Belgique</option><option value="INT">Other</option></select>`;
  document.querySelector<HTMLSelectElement>('#country')!.value = selected;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a country picked before the popup script ran', () => {
  it('is the country picked in the prerendered menu, when it is not the prerendered one', () => {
    prerenderedMenu('BE');
    expect(countryPickedBeforeScript(document, 'FR')).toBe('BE');
    prerenderedMenu('INT');
    expect(countryPickedBeforeScript(document, 'FR')).toBe('INT');
  });

  it('is nothing when the menu still shows the prerendered country, on popup.html (not prerendered), or with no menu', () => {
    prerenderedMenu('FR');
    expect(countryPickedBeforeScript(document, 'FR')).toBeUndefined();
    prerenderedMenu('BE');
    expect(countryPickedBeforeScript(document, undefined)).toBeUndefined();
    document.body.innerHTML = '';
    expect(countryPickedBeforeScript(document, 'FR')).toBeUndefined();
  });
});
