// What the stores show (issue 17, point 1): for every language, the manifest's words
// (public/_locales/<language>/messages.json) and the store listing (docs/store/<language>.md) exist,
// parse and fit the Chrome Web Store's limits: name ≤ 75 characters, short description and
// manifest description ≤ 132.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../utils/taxonomy';

const ROOT = resolve(import.meta.dirname, '../..');
const MANIFEST_KEYS = ['extName', 'extDescription', 'actionTitle', 'commandOpen', 'commandFocusPanel'];

/** "# Vigie (de)", "## Short description" (one line), "## Description" (paragraphs). */
function parseListing(text: string): { title: string; short: string; description: string } {
  const match = /^# (.+)\n\n## Short description\n\n(.+)\n\n## Description\n\n([\s\S]+)$/.exec(text);
  if (!match) throw new Error('expected "# Vigie (xx)", "## Short description" with one line, then "## Description"');
  return { title: match[1]!, short: match[2]!, description: match[3]!.trim() };
}

describe.each(LANGUAGES)('the store words in %s', (language) => {
  const messagesFile = join(ROOT, 'public/_locales', language, 'messages.json');
  const listingFile = join(ROOT, 'docs/store', `${language}.md`);

  it('has the manifest’s messages, within the limits', () => {
    expect(existsSync(messagesFile), messagesFile).toBe(true);
    const messages = JSON.parse(readFileSync(messagesFile, 'utf8')) as Record<string, { message: string }>;
    expect(Object.keys(messages).sort()).toEqual([...MANIFEST_KEYS].sort());
    for (const key of MANIFEST_KEYS) expect(messages[key]!.message.trim(), key).not.toBe('');
    expect(messages.extName!.message.length).toBeLessThanOrEqual(75);
    expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('has a store listing, within the limits', () => {
    expect(existsSync(listingFile), listingFile).toBe(true);
    const listing = parseListing(readFileSync(listingFile, 'utf8'));
    expect(listing.title).toBe(`Vigie (${language})`);
    expect(listing.short.length).toBeLessThanOrEqual(132);
    expect(listing.description.split(/\n\n/).length).toBeGreaterThanOrEqual(2);
  });
});
