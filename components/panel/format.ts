// Dates as the panel shows them, in the panel's language. A bare day (YYYY-MM-DD, a "verified
// on" date) is a calendar day, shown as written whatever the time zone; a timestamp (a tick) is
// shown in local time.
import type { Language } from '../../utils/taxonomy';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function formatDate(date: string, language: Language): string {
  const bareDay = DAY.test(date);
  const parsed = new Date(bareDay ? `${date}T00:00:00Z` : date);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', ...(bareDay ? { timeZone: 'UTC' } : {}) }).format(parsed);
}
