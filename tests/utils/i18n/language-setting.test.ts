// The language of one's own (issue 17, point 4): the person's choice in storage.local, else the
// browser's UI language; every open Vigie page hears a new choice through storage.onChanged.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browserLanguage, chooseLanguage, LANGUAGE_SETTING, languageChoice, onLanguageChange, uiLanguage } from '../../../utils/i18n/language-setting';

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de-AT');
});

describe('the language setting', () => {
  it('follows the browser until the person chooses', async () => {
    expect(browserLanguage()).toBe('de');
    expect(await languageChoice()).toBe('browser');
    expect(await uiLanguage()).toBe('de');
  });

  it('keeps the choice in storage.local, and forgets it when the person goes back to the browser’s', async () => {
    await chooseLanguage('it');
    expect(await fakeBrowser.storage.local.get(LANGUAGE_SETTING)).toEqual({ [LANGUAGE_SETTING]: 'it' });
    expect(await uiLanguage()).toBe('it');
    await chooseLanguage('browser');
    expect(await fakeBrowser.storage.local.get(LANGUAGE_SETTING)).toEqual({});
    expect(await uiLanguage()).toBe('de');
  });

  it('ignores a stored value that is not one of its languages', async () => {
    await fakeBrowser.storage.local.set({ [LANGUAGE_SETTING]: 'pt' });
    expect(await languageChoice()).toBe('browser');
    expect(await uiLanguage()).toBe('de');
  });

  it('tells every listener of a new choice, with the language to speak, until it stops listening', async () => {
    const heard = vi.fn();
    const stop = onLanguageChange(heard);
    await chooseLanguage('es');
    await vi.waitFor(() => expect(heard).toHaveBeenLastCalledWith('es', 'es'));
    await chooseLanguage('browser');
    await vi.waitFor(() => expect(heard).toHaveBeenLastCalledWith('de', 'browser'));
    stop();
    await chooseLanguage('nl');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
