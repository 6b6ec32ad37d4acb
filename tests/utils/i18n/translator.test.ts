import { describe, expect, it } from 'vitest';
import { createTranslator, languageFromTag } from '../../../utils/i18n/translator';

describe('languageFromTag', () => {
  it.each([
    ['fr-FR', 'fr'],
    ['fr', 'fr'],
    ['FR_ca', 'fr'],
    ['en-GB', 'en'],
    ['de-DE', 'de'],
    ['nl-BE', 'nl'],
    ['es-419', 'es'],
    ['it', 'it'],
    ['pt-BR', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (tag, language) => {
    expect(languageFromTag(tag)).toBe(language);
  });
});

describe('createTranslator', () => {
  const catalogs = { en: { 'a.hello': 'Hello {name}', 'a.only': 'English only' }, fr: { 'a.hello': 'Bonjour {name}' } };

  it('fills parameters and leaves unknown placeholders visible', () => {
    const t = createTranslator(catalogs, 'fr');
    expect(t('a.hello', { name: 'Léa' })).toBe('Bonjour Léa');
    expect(t('a.hello')).toBe('Bonjour {name}');
  });

  it('falls back to English, then to the key itself', () => {
    const t = createTranslator(catalogs, 'fr');
    expect(t('a.only')).toBe('English only');
    expect(t('a.missing')).toBe('a.missing');
  });
});
