// Switzerland. Children and young people call Pro Juventute's 147 (in German, French and Italian);
// not Austria's 147 (Rat auf Draht), which is another service. 112 works in Switzerland (the
// European Commission says so).
//
// Quoted from Pro Juventute's own page and the Federal Office of Public Health's suicide-prevention
// site (bag-blueprint.ch). The police's 117 is left out: no official page in the stored copies
// gives it, and 112 answers every emergency. Pro Juventute's Elternberatung for parents
// (+41 58 261 61 61) was seen only in a 2022 press release: not listed until projuventute.ch confirms it.
import { ALWAYS, CHECKED_ON, EU_112_OUTSIDE, EU_112_PAGE, NOT_CONFIRMED, phone, quoted } from './common';
import type { CountryDirectory } from './types';

const PRO_JUVENTUTE_147 = 'https://www.projuventute.ch/de/eltern/familie-gesellschaft/147';
const BAG_147 = 'https://www.bag-blueprint.ch/147ch-beratung-und-hilfe-fuer-kinder-und-jugendliche';

export const switzerland: CountryDirectory = {
  country: 'CH',
  emergency: ['ch-112'],
  main: 'ch-147',
  services: [
    {
      id: 'ch-112',
      region: 'CH',
      kind: 'emergency',
      name: '112',
      phone: phone('112'),
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: [],
      free: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: EU_112_PAGE, date: 'undated' }],
      officialDomains: ['europa.eu', 'ch.ch', 'admin.ch'],
      evidence: [EU_112_OUTSIDE],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'ch-147',
      region: 'CH',
      kind: 'helpline',
      name: 'Pro Juventute 147',
      phone: phone('147'),
      url: 'https://www.147.ch',
      channels: [
        { kind: 'sms', href: 'sms:147', label: '147' },
        { kind: 'whatsapp', href: 'https://www.147.ch', label: '147.ch' },
        { kind: 'email', href: 'mailto:beratung@147.ch', label: 'beratung@147.ch' },
      ],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['de', 'fr', 'it'],
      free: true,
      anonymous: 'unconfirmed',
      audience: 'child',
      sources: [{ url: PRO_JUVENTUTE_147, date: 'undated' }, { url: BAG_147, date: '2021' }],
      officialDomains: ['147.ch', 'projuventute.ch', 'bag-blueprint.ch'],
      evidence: [
        quoted(PRO_JUVENTUTE_147, 'de', CHECKED_ON, ['hours', 'cost', 'who'],
          'Rund um die Uhr können sich Kinder und Jugendliche kostenlos und vertraulich an die professionellen Beraterinnen und Berater von Pro Juventute wenden.'),
        quoted(PRO_JUVENTUTE_147, 'de', CHECKED_ON, ['number', 'channels'],
          'Erreichbar sind die Fachleute von Beratung + Hilfe 147 per Telefon 147, WhatsApp-Chat via 147.ch, Mail an beratung@147.ch.'),
        quoted(PRO_JUVENTUTE_147, 'de', CHECKED_ON, ['channels', 'cost'], 'Anrufe oder SMS auf die Notrufnummer 147 sind gratis'),
        quoted(BAG_147, 'de', CHECKED_ON, ['purpose', 'who'],
          'Kinder, Jugendliche und junge Erwachsene erhalten von «147.ch» rund um die Uhr und 365 Tage im Jahr Beratung und Hilfe via Telefon, E-Mail, SMS und Chat.',
          'the Federal Office of Public Health\'s suicide-prevention site (figures of 2021)'),
      ],
      checkedOn: CHECKED_ON,
    },
  ],
  routes: {
    harassment: {
      steps: [{ service: 'ch-147', reason: 'childLine' }],
      notes: ['evidence'],
    },
    sextortion: {
      steps: [
        { service: 'ch-147', reason: 'childLine' },
        { service: 'int-take-it-down', reason: 'hashUnder18' },
        { service: 'int-stopncii', reason: 'hashAdults' },
        { service: 'ch-112', reason: 'emergency' },
      ],
      notes: ['evidence'],
    },
    hacked: { steps: [], notes: ['accountRecovery'] },
    'illegal-content': {
      steps: [{ service: 'int-inhope', reason: 'hotlineMap' }],
      notes: ['evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'ch-112', reason: 'emergency' },
        { service: 'ch-147', reason: 'childLine' },
      ],
    },
    'parent-question': { steps: [], notes: ['noDedicatedLine'] },
  },
};
