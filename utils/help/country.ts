// Which country's helplines to show: the one the person chose (remembered in the extension's
// IndexedDB settings), otherwise the region of the browser's language ("fr-FR" → France,
// "en-GB" → the United Kingdom). Runs in extension pages only (it imports utils/storage/db.ts).
import { browser } from 'wxt/browser';
import { getSetting, setSetting } from '../storage/db';
import { COUNTRIES, isDirectoryId, type CountryCode, type DirectoryId } from './helplines';

export const COUNTRY_SETTING = 'country';

/** A language tag without a region still points to one country when the language is that country's own. */
const COUNTRY_OF_LANGUAGE: Readonly<Record<string, CountryCode>> = { de: 'DE', es: 'ES', fr: 'FR', it: 'IT' };

/** Region subtags people write that are not ISO 3166 codes. */
const REGION_ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

function parse(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag.replace(/_/g, '-'));
  } catch {
    return undefined;
  }
}

/**
 * The country for a list of language tags (navigator.languages, most preferred first): the region
 * of the first tag that has one, or "another country" (INT) when we have no directory for that
 * region; failing that, the country of a language-only tag ("fr" → FR); failing that, INT.
 */
export function countryFromLanguages(tags: readonly string[]): DirectoryId {
  const locales = tags.map(parse).filter((l): l is Intl.Locale => l !== undefined);
  const withRegion = locales.find((l) => l.region !== undefined);
  if (withRegion?.region) {
    const region = REGION_ALIASES[withRegion.region] ?? withRegion.region;
    return (COUNTRIES as readonly string[]).includes(region) ? (region as CountryCode) : 'INT';
  }
  for (const locale of locales) {
    const country = COUNTRY_OF_LANGUAGE[locale.language];
    if (country) return country;
  }
  return 'INT';
}

/** The country of this browser's languages (or of its UI language when it lists none). */
export function browserCountry(): DirectoryId {
  return countryFromLanguages(navigator.languages.length > 0 ? navigator.languages : [browser.i18n.getUILanguage()]);
}

/** The remembered choice, if any (and still a directory we have). */
export async function rememberedCountry(): Promise<DirectoryId | undefined> {
  const stored = await getSetting<unknown>(COUNTRY_SETTING);
  return isDirectoryId(stored) ? stored : undefined;
}

export function rememberCountry(country: DirectoryId): Promise<void> {
  return setSetting(COUNTRY_SETTING, country);
}
