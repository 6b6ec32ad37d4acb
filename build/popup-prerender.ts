// Build-time only (wxt.config.ts hooks). Once WXT has built the popup, this writes the prerendered
// popup pages (components/popup/prerender.tsx) next to it, and lets the manifest's CSP allow the
// one stylesheet they carry inline, by its SHA-256, and nothing else inline.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { icuMessages } from './icu-messages';
import type { Browser } from 'wxt/browser';
import type { ResolvedPublicFile, Wxt } from 'wxt';
import type { PopupAssets, PrerenderedPage } from '../components/popup/prerender';

const PRERENDER_ENTRY = 'components/popup/prerender.tsx';

/** The script and the stylesheet the built popup.html loads (Vite writes one of each: popup-build.ts). */
export function builtPopupAssets(outDir: string): PopupAssets {
  const html = readFileSync(join(outDir, 'popup.html'), 'utf8');
  const scriptSrc = /<script type="module"[^>]* src="([^"]+)"/.exec(html)?.[1];
  const cssHref = /<link rel="stylesheet"[^>]* href="([^"]+)"/.exec(html)?.[1];
  if (!scriptSrc || !cssHref) throw new Error(`The built popup.html in ${outDir} has no module script or no stylesheet to prerender with.`);
  return { scriptSrc, css: readFileSync(join(outDir, cssHref), 'utf8') };
}

/** The CSP source that allows exactly this inline stylesheet. */
export function styleHashSource(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** Adds `source` to the policy's style-src (made from default-src when there is none yet). */
export function allowStyleSource(policy: string, source: string): string {
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
  const styleAt = directives.findIndex((d) => d.split(/\s+/)[0] === 'style-src');
  if (styleAt !== -1) {
    directives[styleAt] = `${directives[styleAt]} ${source}`;
  } else {
    const defaults = directives.find((d) => d.split(/\s+/)[0] === 'default-src')?.split(/\s+/).slice(1) ?? [];
    directives.splice(1, 0, ['style-src', ...defaults, source].join(' '));
  }
  return directives.join('; ');
}

/**
 * Renders the pages in Node: a server-side Vite build of the prerender module (it needs what the
 * extension's build does: JSX, JSON, import.meta.glob), imported once, then thrown away.
 */
export async function prerenderedPopupPages(root: string, assets: PopupAssets): Promise<PrerenderedPage[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-prerender-'));
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'warn',
      esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
      plugins: [icuMessages()],
      build: {
        ssr: resolve(root, PRERENDER_ENTRY),
        outDir: dir,
        emptyOutDir: true,
        rollupOptions: { output: { format: 'es', entryFileNames: 'prerender.mjs' } },
      },
      // Bundled whole: the output lives outside the project, where node_modules cannot be found.
      ssr: { noExternal: true },
    });
    const module = (await import(pathToFileURL(join(dir, 'prerender.mjs')).href)) as typeof import('../components/popup/prerender');
    return await module.prerenderPopupPages(assets);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Hook 'build:publicAssets' (runs once every page is built): adds the prerendered popup pages. */
export async function addPrerenderedPopupPages(wxt: Wxt, files: ResolvedPublicFile[]): Promise<void> {
  // The development server serves the popup from memory; only real builds are prerendered.
  if (wxt.config.command !== 'build') return;
  const pages = await prerenderedPopupPages(wxt.config.root, builtPopupAssets(wxt.config.outDir));
  for (const page of pages) files.push({ relativeDest: page.path, contents: page.html });
}

/** Hook 'build:manifestGenerated': lets the extension pages' CSP allow the popup's inline stylesheet. */
export function allowPrerenderedPopupStyle(wxt: Wxt, manifest: Browser.runtime.Manifest): void {
  if (wxt.config.command !== 'build') return;
  const csp = manifest.content_security_policy as { extension_pages?: string } | undefined;
  if (!csp?.extension_pages) throw new Error('The manifest has no extension_pages CSP to allow the popup stylesheet in.');
  csp.extension_pages = allowStyleSource(csp.extension_pages, styleHashSource(builtPopupAssets(wxt.config.outDir).css));
}
