// A child may be at risk (abuse, grooming, a meeting arranged online): immediate danger is for the
// emergency number; short of that, do not wait to be certain before asking for advice.
import type { FirstStep } from './types';

const READ = '2026-12-04';

export const childDanger: readonly FirstStep[] = [
  {
    id: 'emergency',
    evidence: [{ url: 'https://www.iwf.org.uk/faqs/', quote: 'If a child or adult is in immediate danger, please contact the police on your local emergency number.', lang: 'en-GB', read: READ, supports: ['advice'] }],
  },
  {
    id: 'dontWait',
    evidence: [{ url: 'https://www.nspcc.org.uk/what-you-can-do/report-abuse/', quote: "Don't wait until you're certain if you are worried about a child.", lang: 'en-GB', read: READ, supports: ['advice'], note: 'Read from the page as stored at its http:// address.' }],
  },
];
