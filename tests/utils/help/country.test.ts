// Which country's helplines the popup shows first: the remembered choice, else the browser
// language's region.
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { COUNTRY_SETTING, countryFromLanguages, guessCountry, rememberCountry, rememberedCountry } from '../../../utils/help/country';
import { DB_NAME, resetConnection, setSetting } from '../../../utils/storage/db';

afterEach(async () => {
  await resetConnection();
  await deleteDB(DB_NAME);
});

describe('country from the browser languages', () => {
  it.each([
    [['fr-FR', 'fr', 'en-US', 'en'], 'FR'],
    [['en-GB', 'en-US', 'en'], 'GB'],
    [['en-US', 'en'], 'US'],
    [['fr-CA', 'fr', 'en'], 'CA'],
    [['fr-BE'], 'BE'],
    [['de-CH', 'de'], 'CH'],
    [['fr-LU'], 'LU'],
    [['en-IE'], 'IE'],
    [['en-AU'], 'AU'],
    [['es-ES'], 'ES'],
    [['it-IT'], 'IT'],
    [['de-DE'], 'DE'],
    // The new languages' countries (issue 17.6): the Netherlands, Austria, Dutch-speaking Belgium.
    [['nl-NL', 'nl'], 'NL'],
    [['de-AT', 'de'], 'AT'],
    [['nl-BE', 'nl', 'fr-BE'], 'BE'],
  ])('%j → %s', (languages, country) => {
    expect(countryFromLanguages(languages)).toBe(country);
  });

  it('says when the browser named the country, and when it is only a guess to confirm (the popup then asks)', () => {
    expect(guessCountry(['fr-FR', 'fr'])).toEqual({ country: 'FR', named: true });
    expect(guessCountry(['de'])).toEqual({ country: 'DE', named: false });
    expect(guessCountry(['fr'])).toEqual({ country: 'FR', named: false });
    expect(guessCountry(['en-NZ', 'en'])).toEqual({ country: 'INT', named: false });
    expect(guessCountry(['en'])).toEqual({ country: 'INT', named: false });
    expect(guessCountry([])).toEqual({ country: 'INT', named: false });
  });

  it('takes the first tag that has a region, even after a language-only tag', () => {
    expect(countryFromLanguages(['fr', 'fr-CA'])).toBe('CA');
    expect(countryFromLanguages(['en', 'en-GB'])).toBe('GB');
  });

  it('maps a language-only tag to the country of that language', () => {
    expect(countryFromLanguages(['fr'])).toBe('FR');
    expect(countryFromLanguages(['de'])).toBe('DE');
    expect(countryFromLanguages(['it', 'en'])).toBe('IT');
  });

  it('does not guess a country for English alone, or for a region Vigie has no directory for', () => {
    expect(countryFromLanguages(['en'])).toBe('INT');
    expect(countryFromLanguages(['fr-SN', 'fr-FR'])).toBe('INT');
    expect(countryFromLanguages(['es-419'])).toBe('INT');
    expect(countryFromLanguages([])).toBe('INT');
  });

  it('accepts underscores, lower-case regions, the common "UK" and skips malformed tags', () => {
    expect(countryFromLanguages(['fr_FR'])).toBe('FR');
    expect(countryFromLanguages(['en-gb'])).toBe('GB');
    expect(countryFromLanguages(['en-UK'])).toBe('GB');
    expect(countryFromLanguages(['not a tag!', 'en-US'])).toBe('US');
  });
});

describe('the remembered country', () => {
  it('is empty at first, then keeps the choice in the extension settings', async () => {
    expect(await rememberedCountry()).toBeUndefined();
    await rememberCountry('BE');
    expect(await rememberedCountry()).toBe('BE');
    await rememberCountry('INT');
    expect(await rememberedCountry()).toBe('INT');
  });

  it('survives a new connection (a reopened popup)', async () => {
    await rememberCountry('LU');
    await resetConnection();
    expect(await rememberedCountry()).toBe('LU');
  });

  it('ignores a stored value that is not a directory Vigie has', async () => {
    await setSetting(COUNTRY_SETTING, 'XX');
    expect(await rememberedCountry()).toBeUndefined();
    await setSetting(COUNTRY_SETTING, 42);
    expect(await rememberedCountry()).toBeUndefined();
  });
});
