// Build time only: the popup's first screen (country, emergency numbers, main line) written into
// one static HTML page per language and helpline directory, so the browser paints the numbers
// straight from the HTML, before the popup's script has run (DESIGN.md: popup opened → helplines
// visible ≤ 50 ms). The popup's script, started once this is painted (entrypoints/popup/start.ts),
// then renders the same Popup over this markup and adds what depends on the moment and the tab (open now, report this
// page) and the rest of the directory.
// Run by build/popup-prerender.ts in Node, through a server-side build of this file.
import { renderToString } from 'preact-render-to-string';
import { createTranslator, type Translate } from '../../utils/i18n/translator';
import { POPUP_PAGES, type PopupPage } from '../../utils/help/popup-pages';
import { popupCatalogue } from './catalog';
import type { PopupEnv } from './context';
import { Popup } from './Popup';

/** What the popup's build produced: its first script and the text of its stylesheet. */
export interface PopupAssets {
  /** e.g. "/chunks/popup-C76u40x0.js" (entrypoints/popup/start.ts, built) */
  scriptSrc: string;
  css: string;
}

export interface PrerenderedPage {
  path: string;
  html: string;
}

/** The passport page, by path: the same link the popup's script writes as a full URL. */
const PASSPORT_PATH = '/passport.html';

function PopupDocument({ page, assets, t }: { page: PopupPage; assets: PopupAssets; t: Translate }) {
  // No time (see OpenStatusLine); the language alone stands for the person's locale, whose region
  // only changes how dates and times are written, and those are written by the script.
  const env: PopupEnv = { t, locale: page.language, now: undefined };
  return (
    <html lang={page.language} data-directory={page.directory}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{t('popup.title')}</title>
        {/* Inline, not linked: a linked stylesheet holds the first paint back by a file read (about
            12 ms in the benchmark). The manifest's CSP allows exactly this text by its hash. */}
        <style>{assets.css}</style>
        <script type="module" src={assets.scriptSrc} />
      </head>
      <body>
        <div id="app">
          <Popup
            env={env}
            country={page.directory}
            onCountryChange={() => undefined}
            report={{ pageUrl: undefined, openedAt: new Date(0), passportUrl: PASSPORT_PATH }}
            firstScreenOnly
          />
        </div>
      </body>
    </html>
  );
}

/** Every prerendered popup page, ready to be written into the build. */
export async function prerenderPopupPages(assets: PopupAssets): Promise<PrerenderedPage[]> {
  // The stylesheet goes in as a text node. The serialiser escapes "<" and "&" in text, which the
  // browser would not unescape inside <style>: the CSS would change, and no longer match the hash
  // the CSP allows. Minified CSS has neither; refuse it rather than ship a broken page.
  if (/[<&]/.test(assets.css)) throw new Error('The popup stylesheet contains "<" or "&": it cannot be inlined as text.');
  const translators = new Map<string, Translate>();
  for (const { language } of POPUP_PAGES) {
    if (!translators.has(language)) translators.set(language, createTranslator(await popupCatalogue(language), language));
  }
  return POPUP_PAGES.map((page) => ({
    path: page.path,
    html: `<!doctype html>\n${renderToString(<PopupDocument page={page} assets={assets} t={translators.get(page.language)!} />)}\n`,
  }));
}
