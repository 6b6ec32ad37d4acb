// The popup's prerendered pages (components/popup/prerender.tsx, written into the build by
// build/popup-prerender.ts): one per language and directory, each already holding its
// country's emergency numbers and main line in its HTML, its stylesheet inline and allowed by the
// CSP through its hash alone. The real browser's side (painted before any script, then rendered
// over by the popup's script) is in tests/e2e/popup-toolbar.test.ts.
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../utils/i18n/locales';
import { prerenderPopupPages } from '../../components/popup/prerender';
import { allowStyleSource, styleHashSource } from '../../build/popup-prerender';
import { emergencyFor, mainHelpline, type Service } from '../../utils/help/helplines';
import { createTranslator } from '../../utils/i18n/translator';
import { DIRECTORY_IDS, POPUP_PAGES } from '../../utils/help/popup-pages';
import { LANGUAGES } from '../../utils/taxonomy';

// The '>' matters: the stylesheet must reach the page exactly as written (its hash is in the CSP).
const assets = { scriptSrc: '/chunks/popup-TEST.js', css: 'body{margin:0}.danger>h2{color:#a3211a}' };
const pages = await prerenderPopupPages(assets);

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The link a service's emergency entry dials or texts, as EmergencyBlock chooses it. */
function emergencyHref(service: Service): string | undefined {
  return service.phone?.tel ?? service.channels.find((c) => c.kind === 'sms')?.href;
}

describe('the prerendered popup pages', () => {
  it('exist once for every language and every directory, under popup/<language>-<directory>.html', () => {
    expect(POPUP_PAGES).toHaveLength(LANGUAGES.length * DIRECTORY_IDS.length);
    expect(pages.map((p) => p.path)).toEqual(POPUP_PAGES.map((p) => p.path));
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
    expect(pages.map((p) => p.path)).toContain('popup/fr-FR.html');
    expect(pages.map((p) => p.path)).toContain('popup/en-INT.html');
  });

  it.each(POPUP_PAGES.map((page, index) => ({ ...page, html: pages[index]!.html })))(
    '$path holds its country’s numbers in its own language, before any script',
    ({ language, directory, html }) => {
      expect(html.startsWith('<!doctype html>\n<html')).toBe(true);
      const doc = parse(html);
      const t = createTranslator(catalogs, language);
      expect(doc.documentElement.lang).toBe(language);
      expect(doc.documentElement.dataset.directory).toBe(directory);
      expect(doc.title).toBe(t('popup.title'));

      const dangerLinks = [...doc.querySelectorAll('.danger-list a')].map((a) => a.getAttribute('href'));
      expect(dangerLinks).toEqual(emergencyFor(directory).map(emergencyHref).filter((href) => href !== undefined));
      expect(doc.querySelector('#danger-heading')?.textContent).toBe(t('popup.danger.heading'));

      const heading = doc.querySelector('#main-heading');
      expect(heading?.getAttribute('elementtiming')).toBe('vigie-helplines');
      expect(heading?.textContent).toBe(t('popup.main.heading'));
      const main = mainHelpline(directory);
      expect(doc.querySelector('.service-main .service-name')?.textContent).toBe(main.name);
      if (main.phone) expect(doc.querySelector('.service-main a.call')?.getAttribute('href')).toBe(main.phone.tel);

      expect([...doc.querySelectorAll('#country option[selected]')].map((o) => o.getAttribute('value'))).toEqual([directory]);
      // Only the first screen: the router and the full list are the script's to add.
      expect(doc.querySelector('.situation')).toBeNull();
      // Every string went through the catalogue: no key shows instead of words.
      expect(doc.body.textContent).not.toMatch(/\b(popup|helplines)\.[a-zA-Z]+/);
    },
  );

  it('load the popup’s first script by its address and carry the stylesheet inline, with nothing else inline', () => {
    for (const { html } of pages) {
      const doc = parse(html);
      const scripts = [...doc.querySelectorAll('script')];
      expect(scripts.map((s) => [s.getAttribute('type'), s.getAttribute('src'), s.textContent])).toEqual([['module', assets.scriptSrc, '']]);
      expect([...doc.querySelectorAll('style')].map((s) => s.textContent)).toEqual([assets.css]);
      expect(doc.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(0);
      // The CSP forbids inline style attributes and event handlers: none may be needed.
      const inlineAttributes = [...doc.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((name) => name === 'style' || name.startsWith('on')));
      expect(inlineAttributes).toEqual([]);
    }
  });

  it('leave the "open now" line empty but in its place: the time is only known when the popup opens', () => {
    const doc = parse(pages.find((p) => p.path === 'popup/fr-FR.html')!.html);
    const status = doc.querySelector('.service-main .status');
    expect(status?.classList.contains('status-pending')).toBe(true);
    expect(status?.textContent).toBe('');
  });

  it('refuse a stylesheet that would not reach the page as written (it could end the style element, or be escaped)', async () => {
    await expect(prerenderPopupPages({ ...assets, css: 'a{}</style><script>alert(1)</script>' })).rejects.toThrow(/cannot be inlined/);
    await expect(prerenderPopupPages({ ...assets, css: '<!-- a{}' })).rejects.toThrow(/cannot be inlined/);
    await expect(prerenderPopupPages({ ...assets, css: 'a::after{content:"&"}' })).rejects.toThrow(/cannot be inlined/);
  });
});

describe('the CSP source for the inline stylesheet', () => {
  it('is the base64 SHA-256 of the exact text', () => {
    // The SHA-256 of the empty string, a published constant.
    expect(styleHashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    expect(styleHashSource('a{}')).not.toBe(styleHashSource('a{ }'));
  });

  it('is added to style-src, which starts from default-src when the policy has none', () => {
    const policy = "default-src 'self'; script-src 'self'; object-src 'none'";
    expect(allowStyleSource(policy, "'sha256-x'")).toBe("default-src 'self'; style-src 'self' 'sha256-x'; script-src 'self'; object-src 'none'");
    expect(allowStyleSource("default-src 'none'; style-src 'self'", "'sha256-x'")).toBe("default-src 'none'; style-src 'self' 'sha256-x'");
    expect(allowStyleSource("script-src 'self'", "'sha256-x'")).toBe("script-src 'self'; style-src 'sha256-x'");
  });
});
