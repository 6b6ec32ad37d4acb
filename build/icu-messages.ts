// Build-time only (wxt.config.ts, vitest.config.ts and the popup's prerender build). Catalogues
// are ICU MessageFormat, compiled to functions when they are bundled, so plurals follow the
// language's CLDR rules and no message parser ships in the extension: an import of
// `locales/<language>/<area>.json?icu` becomes a module of message functions (strings for
// messages without arguments), built by @messageformat/core for that language. A plain
// `.json` import still gives the raw strings (the rule-pack tests, the panel's shell words).
import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/compile-module.js';
import type { ManualChunksOption } from 'rollup';
import type { Plugin } from 'vite';

/**
 * The compiled module's id: \0 keeps other plugins away from it, and the `.js` suffix keeps
 * Vite's JSON plugin (which looks at the ending) from parsing the compiled source as JSON.
 */
const PREFIX = '\0vigie-icu:';
const SUFFIX = '.messages.js';
/**
 * `?icu-whole` compiles the same file under another id: the background's whole catalogue
 * (utils/i18n/locales/index.ts) then bundles its own copy, instead of statically importing, one by
 * one, the per-file chunks the pages load lazily (a service worker cannot import() them itself).
 */
const WHOLE = '.whole';

/** The ES module source for one catalogue file: its language is the name of its folder. */
export async function compileCatalogue(file: string): Promise<string> {
  const language = basename(dirname(file));
  const messages = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
  return compileModule(new MessageFormat(language), messages);
}

/**
 * The chunk a lazily loaded catalogue file goes to: one per language and family of areas
 * ("de-helplines" holds helplines.json and every helplines-<country>.json, "de-passport" every
 * passport-*.json), and one per platform's checklist ("de-checklist-instagram"). A page then
 * reads four to six small files for its words instead of one per area file, and never a platform
 * or a language it does not show. The background's whole copy (`.whole`) stays in its own bundle.
 */
export const catalogueChunk: ManualChunksOption = (id) => {
  if (!id.startsWith(PREFIX) || !id.endsWith(SUFFIX) || id.endsWith(`${WHOLE}${SUFFIX}`)) return undefined;
  const file = id.slice(PREFIX.length, -SUFFIX.length);
  const area = basename(file, '.json');
  const family = area.startsWith('checklist-') ? area : area.split('-')[0]!;
  return `messages-${basename(dirname(file))}-${family}`;
};

export function icuMessages(): Plugin {
  return {
    name: 'vigie-icu-messages',
    enforce: 'pre',
    // Not in a single-file build (the content script's IIFE), where Rollup refuses manual chunks.
    outputOptions(options) {
      if (options.inlineDynamicImports || options.format === 'iife' || options.manualChunks) return null;
      return { ...options, manualChunks: catalogueChunk };
    },
    async resolveId(source, importer, options) {
      // import.meta.glob's `query: '?icu'` arrives as `….json?icu` (Vite may add `&lang.json`).
      const match = /^(.*\.json)\?icu(-whole)?(&.*)?$/.exec(source);
      if (!match) return null;
      const file = await this.resolve(match[1]!, importer, { ...options, skipSelf: true });
      return file ? `${PREFIX}${file.id}${match[2] ? WHOLE : ''}${SUFFIX}` : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX) || !id.endsWith(SUFFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length).replace(/\.whole$/, '');
      this.addWatchFile(file);
      return compileCatalogue(file);
    },
  };
}
