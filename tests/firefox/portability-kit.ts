// What the Firefox passport tests share when a file comes in: the import page reached from the
// passport's home, the file chosen, its passphrase typed, and the preview shown.
import type { ElementHandle, Page } from 'puppeteer-core';
import { byLabel, byText, click, type, waitForText } from './by-text';

/** Chooses `path` in the import page's file input, types the passphrase, and shows the preview. */
export async function openInImportPage(page: Page, path: string, passphrase: string): Promise<string> {
  await click(byText(page, 'a', 'Import a passport file'));
  const input = (await byLabel(page, 'Passport file')) as ElementHandle<HTMLInputElement>;
  // What a person does in the file chooser, done by WebDriver BiDi's input.setFiles: the page
  // gets the same change event and File.
  await input.uploadFile(path);
  await waitForText(page, 'This file is protected by a passphrase.');
  await type(await byLabel(page, 'Passphrase of the file'), passphrase);
  await click(byText(page, 'button', 'Open the file'));
  return waitForText(page, 'What the file would change', '.import-preview');
}
