// ── build: Vite and WXT hooks, build time only ─────────────────────────────────────────────────
// Owns the content script's slim build (this file), the popup's own build (popup-build.ts), the
// prerendered popup pages (popup-prerender.ts); the rule packs' stripping is the packs' own.
// Imported only by wxt.config.ts and the build tests; never by the extension.
//
// Build-time only (imported by wxt.config.ts through WXT's `vite:build:extendConfig` hook, never
// by the extension). WXT runs one Vite build per group of entrypoints; the group that holds the
// content script is slimmed, because every content script together must stay under 16 KB
// gzipped while the background and the extension pages have no such limit:
// - the rule packs lose the links only extension pages show (see utils/detection/platforms/lib/strip-pack-data.ts);
// - `wxt/browser` is WXT's own thin export (the browser's native `browser`, or `chrome`) instead
//   of webextension-polyfill. The content script only sends messages and reads runtime.id, which
//   both Chromium (MV3 promises) and Firefox provide natively; the polyfill was a third of the
//   script. The background and the pages keep the polyfill (its onMessage promise replies).
import { createRequire } from 'node:module';
import type { Alias, InlineConfig } from 'vite';
import type { Entrypoint } from 'wxt';
import { stripPageDetailsPlugin } from '../utils/detection/platforms/lib/strip-pack-data';

/** Does this build group contain a content script? */
export function buildsContentScript(entrypoints: readonly Entrypoint[]): boolean {
  return entrypoints.some((entrypoint) => entrypoint.type === 'content-script');
}

function aliasList(alias: NonNullable<InlineConfig['resolve']>['alias']): Alias[] {
  if (!alias) return [];
  if (Array.isArray(alias)) return [...(alias as readonly Alias[])];
  return Object.entries(alias).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
}

/** Rewrites, by reference, the Vite config of a build group that contains a content script. */
export function slimContentScriptBuild(entrypoints: readonly Entrypoint[], viteConfig: InlineConfig): void {
  if (!buildsContentScript(entrypoints)) return;
  viteConfig.plugins = [...(viteConfig.plugins ?? []), stripPageDetailsPlugin()];
  const nativeBrowser = createRequire(import.meta.url).resolve('wxt/browser');
  const aliases = aliasList(viteConfig.resolve?.alias).filter((entry) => entry.find !== 'wxt/browser');
  viteConfig.resolve = { ...viteConfig.resolve, alias: [{ find: /^wxt\/browser$/, replacement: nativeBrowser }, ...aliases] };
}
