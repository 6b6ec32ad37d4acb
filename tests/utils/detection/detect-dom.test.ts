// The rules that need the document, on fixture documents (tests/fixtures/dom/<platform>.<page>.html):
// each matches with its signal and not without it; the ordinary page around it matches nothing.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectPage, domSignalsAt } from '../../../utils/detection/detect';
import { rulePacks } from '../../../utils/detection/platforms';
import { REPO_ROOT } from './helpers/url-corpus';

const DOM_FIXTURES = resolve(REPO_ROOT, 'tests/fixtures/dom');

function fixture(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(resolve(DOM_FIXTURES, name), 'utf8'), 'text/html');
}

const domRules = rulePacks.flatMap((pack) => pack.pages.filter((rule) => rule.dom?.anyOf).map((rule) => [pack.id, rule] as const));

describe.each(domRules.map(([platform, rule]) => [`${platform}/${rule.id}`, platform, rule] as const))('%s', (_name, platform, rule) => {
  const file = `${platform}.${rule.id}.html`;

  it('has a fixture document showing its signal', () => {
    expect(existsSync(resolve(DOM_FIXTURES, file)), `add tests/fixtures/dom/${file}: a minimal page with one of the rule's anyOf selectors`).toBe(true);
  });

  it('matches its test URLs only with the document that shows the signal', () => {
    const doc = fixture(file);
    for (const url of rule.testUrls) {
      expect(detectPage(url, doc), url).toMatchObject({ platform, pageId: rule.id, context: rule.context });
      expect(detectPage(url)?.pageId, `${url} without a document`).not.toBe(rule.id);
    }
  });

  it('is watched at its test URLs, through an element the fixture has', () => {
    const doc = fixture(file);
    for (const url of rule.testUrls) {
      const signals = domSignalsAt(url);
      expect(signals).toContain(rule.dom);
      expect(doc.querySelector(rule.dom!.watch), `${rule.dom!.watch} in ${file}`).not.toBeNull();
    }
  });
});

describe('the ordinary pages around the DOM signals', () => {
  it.each([
    ['discord.chat.html', 'https://discord.com/channels/@me'],
    ['discord.chat.html', 'https://discord.com/channels/123456789012345678/123456789012345679'],
    ['whatsapp.chat.html', 'https://web.whatsapp.com/'],
    ['messenger.chat.html', 'https://www.messenger.com/t/1234567890'],
    ['facebook.profile.html', 'https://www.facebook.com/exampleuser'],
  ])('%s at %s is not a settings page (the settings button alone is no signal)', (file, url) => {
    expect(detectPage(url, fixture(file))).toBeNull();
  });

  it('reads a Discord settings layer by its stable ids, whatever the language', () => {
    expect(detectPage('https://discord.com/channels/@me', fixture('discord.family-center-layer.html'))?.context).toBe('supervision');
  });
});

describe('a Facebook group admin URL', () => {
  const url = 'https://www.facebook.com/groups/1234567890/pending_posts/';

  it('is the admin tools by its URL alone, and with the admin view', () => {
    expect(detectPage(url)?.pageId).toBe('group-admin');
    expect(detectPage(url, fixture('facebook.group-admin.html'))?.pageId).toBe('group-admin');
  });

  it('is nothing when the same URL shows the error page that non-admins get', () => {
    expect(detectPage(url, fixture('facebook.group-admin-error.html'))).toBeNull();
  });

  it('is watched through the title only', () => {
    expect(domSignalsAt(url).map((s) => s.watch)).toEqual(['title']);
  });
});

describe('the watch list', () => {
  it('is empty where the URL alone decides, so no observer runs there', () => {
    for (const url of [
      'https://www.facebook.com/settings?tab=privacy',
      'https://www.facebook.com/groups/1234567890/',
      'https://x.com/home',
      'https://www.instagram.com/exampleuser/',
      'https://discord.com/safety-parents',
      'https://example.org/',
    ]) {
      expect(domSignalsAt(url), url).toEqual([]);
    }
  });
});
