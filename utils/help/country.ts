// Which country's helplines to show: the one the person chose (remembered in the extension's
// IndexedDB settings), otherwise the region of the browser's language ("fr-FR" → France,
// "en-GB" → the United Kingdom). Runs in extension pages only (it imports utils/storage/db.ts).
import { browser } from 'wxt/browser';
import { getSetting, setSetting } from '../storage/db';
import { COUNTRIES, isDirectoryId, type CountryCode, type DirectoryId } from './helplines';

export const COUNTRY_SETTING = 'country';

/** A language tag without a region still points to one country when the language is that country's own. */
const COUNTRY_OF_LANGUAGE: Readonly<Record<string, CountryCode>> = { de: 'DE', es: 'ES', fr: 'FR', it: 'IT', nl: 'NL' };

/** Region subtags people write that are not ISO 3166 codes. */
const REGION_ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

function parse(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag.replace(/_/g, '-'));
  } catch {
    return undefined;
  }
}

/** A country read from the browser's languages, and whether they named it (a covered region). */
export interface CountryGuess {
  country: DirectoryId;
  /** False when it is a guess the person should confirm: no region, or a region we have no directory for. */
  named: boolean;
}

/**
 * The country for a list of language tags (navigator.languages, most preferred first): the region
 * of the first tag that has one, or "another country" (INT) when we have no directory for that
 * region; failing that, the country of a language-only tag ("fr" → FR); failing that, INT. Only a
 * covered region counts as named: "fr" may be Belgium, Switzerland or Canada as well as France.
 */
export function guessCountry(tags: readonly string[]): CountryGuess {
  const locales = tags.map(parse).filter((l): l is Intl.Locale => l !== undefined);
  const withRegion = locales.find((l) => l.region !== undefined);
  if (withRegion?.region) {
    const region = REGION_ALIASES[withRegion.region] ?? withRegion.region;
    const covered = (COUNTRIES as readonly string[]).includes(region);
    return { country: covered ? (region as CountryCode) : 'INT', named: covered };
  }
  for (const locale of locales) {
    const country = COUNTRY_OF_LANGUAGE[locale.language];
    if (country) return { country, named: false };
  }
  return { country: 'INT', named: false };
}

export function countryFromLanguages(tags: readonly string[]): DirectoryId {
  return guessCountry(tags).country;
}

/** The browser's language tags (or its UI language when it lists none). */
function browserTags(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [browser.i18n.getUILanguage()];
}

/** The country of this browser's languages (or of its UI language when it lists none). */
export function browserCountry(): DirectoryId {
  return countryFromLanguages(browserTags());
}

/** This browser's guess, for the popup's "Is this your country?" (asked until a country is remembered). */
export function browserCountryGuess(): CountryGuess {
  return guessCountry(browserTags());
}

/** The remembered choice, if any (and still a directory we have). */
export async function rememberedCountry(): Promise<DirectoryId | undefined> {
  const stored = await getSetting<unknown>(COUNTRY_SETTING);
  return isDirectoryId(stored) ? stored : undefined;
}

export function rememberCountry(country: DirectoryId): Promise<void> {
  return setSetting(COUNTRY_SETTING, country);
}
