// Build-time only (imported by wxt.config.ts, never by the extension). The rule packs keep, next
// to each matcher, data that only some builds need:
// - test URLs and look-alikes (`testUrls`, `notSettings`), which only the tests need: dropped from
//   every build;
// - links shown by extension pages (`deepLink`, `helpUrl`, `reportUrl`), which the background and
//   the popup read through pageDetails(): dropped from the content-script build only, which needs
//   nothing but hosts, page ids, contexts and matchers (all content scripts share a 16 KB gzipped
//   budget).
// Each value is a plain string, template or array of string literals, so neither a bracket nor a
// quote of its own kind ever occurs inside it; tests/utils/detection/platforms-strip.test.ts checks every
// pack file, and tests/build/content-script.test.ts checks the built content script.
import type { Plugin } from 'vite';

const TEST_DATA = /\b(?:testUrls|notSettings)\s*:\s*\[[^\]]*\]\s*,?/g;
const PAGE_DETAILS = /\b(?:deepLink|helpUrl|reportUrl)\s*:\s*(?:'[^'\n]*'|"[^"\n]*"|`[^`\n]*`)\s*,?/g;
const PACK_FILE = /[\\/]detection[\\/]platforms[\\/](?:lib[\\/])?[\w-]+\.ts$/;

export function stripTestData(source: string): string {
  return source.replace(TEST_DATA, '');
}

export function stripPageDetails(source: string): string {
  return source.replace(PAGE_DETAILS, '');
}

function packFilePlugin(name: string, strip: (source: string) => string): Plugin {
  return {
    name,
    enforce: 'pre',
    transform(code, id) {
      return PACK_FILE.test(id) ? { code: strip(code), map: null } : undefined;
    },
  };
}

/** For every build: the packs without their test URLs and look-alikes. */
export function stripTestDataPlugin(): Plugin {
  return packFilePlugin('vigie-strip-rule-pack-test-data', stripTestData);
}

/** For the content-script build only: the packs without the links that extension pages show. */
export function stripPageDetailsPlugin(): Plugin {
  return packFilePlugin('vigie-strip-rule-pack-page-details', stripPageDetails);
}
