// Which prerendered popup page the toolbar button opens: the browser's language and the
// remembered country (else the browser's), chosen when the browser starts and when the extension is
// installed. The real browser's side is in tests/e2e/popup-toolbar.test.ts.
import { deleteDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { registerToolbarPopup } from '../../../utils/help/toolbar-popup-startup';
import { rememberCountry } from '../../../utils/help/country';
import { chooseLanguage } from '../../../utils/i18n/language-setting';
import * as db from '../../../utils/storage/db';
import { pointToolbarPopupForThisBrowser, wantedCountry } from '../../../utils/help/toolbar-popup';

let setPopup: ReturnType<typeof vi.fn>;

beforeEach(() => {
  // The fake browser does not implement the action API: record what would be asked of it.
  setPopup = vi.fn(() => Promise.resolve());
  fakeBrowser.action.setPopup = setPopup as unknown as typeof fakeBrowser.action.setPopup;
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-FR');
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB', 'en']);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.resetConnection();
  await deleteDB(db.DB_NAME);
});

describe('the page the toolbar opens', () => {
  it('is in the browser’s UI language, for the country of its languages when none was chosen', async () => {
    await pointToolbarPopupForThisBrowser();
    expect(setPopup).toHaveBeenCalledExactlyOnceWith({ popup: 'popup/fr-GB.html' });
  });

  it('is for the country the person chose, once remembered', async () => {
    await rememberCountry('LU');
    await pointToolbarPopupForThisBrowser();
    expect(setPopup).toHaveBeenCalledExactlyOnceWith({ popup: 'popup/fr-LU.html' });
  });

  it('falls back to "another country" for a region without a directory, and to English for another UI language', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('pt-BR');
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['pt-BR']);
    await pointToolbarPopupForThisBrowser();
    expect(setPopup).toHaveBeenCalledExactlyOnceWith({ popup: 'popup/en-INT.html' });
  });

  it('is the browser’s country when the database cannot be read', async () => {
    await rememberCountry('LU');
    vi.spyOn(db, 'getSetting').mockRejectedValue(new Error('QuotaExceededError'));
    expect(await wantedCountry()).toBe('GB');
  });

  it('is chosen again when the browser starts and when the extension is installed or updated', async () => {
    await rememberCountry('BE');
    registerToolbarPopup();
    expect(setPopup).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(setPopup).toHaveBeenCalledExactlyOnceWith({ popup: 'popup/fr-BE.html' }));
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await vi.waitFor(() => expect(setPopup).toHaveBeenCalledTimes(2));
  });

  it('follows the language the person chose, and the browser’s again when they go back to it', async () => {
    registerToolbarPopup();
    await chooseLanguage('nl');
    await vi.waitFor(() => expect(setPopup).toHaveBeenLastCalledWith({ popup: 'popup/nl-GB.html' }));
    await pointToolbarPopupForThisBrowser();
    expect(setPopup).toHaveBeenLastCalledWith({ popup: 'popup/nl-GB.html' });
    await chooseLanguage('browser');
    await vi.waitFor(() => expect(setPopup).toHaveBeenLastCalledWith({ popup: 'popup/fr-GB.html' }));
  });
});
