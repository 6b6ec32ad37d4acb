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
import type { Plugin } from 'vite';

/**
 * The compiled module's id: \0 keeps other plugins away from it, and the `.js` suffix keeps
 * Vite's JSON plugin (which looks at the ending) from parsing the compiled source as JSON.
 */
const PREFIX = '\0vigie-icu:';
const SUFFIX = '.messages.js';

/** The ES module source for one catalogue file: its language is the name of its folder. */
export async function compileCatalogue(file: string): Promise<string> {
  const language = basename(dirname(file));
  const messages = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
  return compileModule(new MessageFormat(language), messages);
}

export function icuMessages(): Plugin {
  return {
    name: 'vigie-icu-messages',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      // import.meta.glob's `query: '?icu'` arrives as `….json?icu` (Vite may add `&lang.json`).
      const match = /^(.*\.json)\?icu(&.*)?$/.exec(source);
      if (!match) return null;
      const file = await this.resolve(match[1]!, importer, { ...options, skipSelf: true });
      return file ? `${PREFIX}${file.id}${SUFFIX}` : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX) || !id.endsWith(SUFFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      this.addWatchFile(file);
      return compileCatalogue(file);
    },
  };
}
