// The passport page's language: the translator and date formats, given to every component
// through a context so that tests can render any component in any language.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createTranslator, type Catalogs, type Translate } from '../../utils/i18n/translator';
import type { Language } from '../../utils/taxonomy';
import type { FieldError } from '../../utils/passport/validate';

export interface Locale {
  language: Language;
  t: Translate;
  /** A calendar day (YYYY-MM-DD) as words: "14 March 2025", "14 mars 2025". */
  day(isoDay: string): string;
  /** A moment (full ISO) in the user's time zone: "14 March 2025 at 18:30". */
  moment(iso: string): string;
  /** A validation message, with a `date` parameter written as words. */
  errorText(error: FieldError): string;
}

/** `catalogs`: at least this language's passport words (catalog.ts loads them). */
export function makeLocale(language: Language, catalogs: Catalogs): Locale {
  const days = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const moments = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
  const t = createTranslator(catalogs, language);
  const day = (isoDay: string) => {
    const date = new Date(`${isoDay}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? isoDay : days.format(date);
  };
  return {
    language,
    t,
    day,
    errorText: ({ key, params }) => t(key, params && typeof params.date === 'string' ? { ...params, date: day(params.date) } : params),
    moment: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : moments.format(date);
    },
  };
}

// No words until the page has loaded its language (entrypoints/passport/main.tsx provides it).
export const LocaleContext = createContext<Locale>(makeLocale('en', {}));

export const useLocale = (): Locale => useContext(LocaleContext);
