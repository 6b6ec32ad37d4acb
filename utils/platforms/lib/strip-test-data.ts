// Build-time only (imported by wxt.config.ts, never by the extension): the rule packs keep each
// page's test URLs and look-alikes next to its matcher, as tests need them, but the content
// script must not ship them (they were a fifth of its gzipped size, against a 16 KB budget for
// all content scripts). This Vite plugin drops the `testUrls` and `notSettings` arrays from the
// pack files before bundling. The arrays hold only string literals, so a bracket never occurs
// inside one; tests/utils/platforms-strip.test.ts checks every pack file.
import type { Plugin } from 'vite';

const TEST_DATA = /\b(?:testUrls|notSettings)\s*:\s*\[[^\]]*\]\s*,?/g;
const PACK_FILE = /[\\/]utils[\\/]platforms[\\/](?:lib[\\/])?[\w-]+\.ts$/;

export function stripTestData(source: string): string {
  return source.replace(TEST_DATA, '');
}

export function stripTestDataPlugin(): Plugin {
  return {
    name: 'vigie-strip-rule-pack-test-data',
    enforce: 'pre',
    transform(code, id) {
      return PACK_FILE.test(id) ? { code: stripTestData(code), map: null } : undefined;
    },
  };
}
