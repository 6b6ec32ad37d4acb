// Switzerland. Children and young people call Pro Juventute's 147 (in German, French and Italian);
// not Austria's 147 (Rat auf Draht), which is another service. 117 is the police; 112 also works.
//
// Quoted from Pro Juventute's own page and the Federal Office of Public Health's suicide-prevention
// site (bag-blueprint.ch); 112 and 117 from the federal portal ch.ch and the Federal Office for Civil
// Protection (alertswiss.ch), which says 112 always reaches the cantonal police. Pro Juventute's Elternberatung for parents
// (+41 58 261 61 61) was seen only in a 2022 press release: not listed until projuventute.ch confirms it.
import { ALWAYS, CHECKED_ON, EU_112_OUTSIDE, NOT_CONFIRMED, phone, quoted } from './common';
import type { CountryDirectory } from './types';

const PRO_JUVENTUTE_147 = 'https://www.projuventute.ch/de/eltern/familie-gesellschaft/147';
const BAG_147 = 'https://www.bag-blueprint.ch/147ch-beratung-und-hilfe-fuer-kinder-und-jugendliche';
const CH_CH = 'https://ch.ch/en/road-accident-what-should-i-do';
const ALERTSWISS = 'https://blog.alertswiss.ch/fr/rubrique/nouvelles-de-lofpp/journee-europeenne-du-numero-durgence-112';
const FEDERAL = ['ch.ch', 'admin.ch', 'alertswiss.ch'];

export const switzerland: CountryDirectory = {
  country: 'CH',
  emergency: ['ch-117', 'ch-112'],
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
      free: true,
      audience: 'anyone',
      sources: [{ url: CH_CH, date: 'undated' }, { url: ALERTSWISS, date: 'undated' }],
      officialDomains: [...FEDERAL, 'europa.eu'],
      evidence: [
        quoted(CH_CH, 'en', CHECKED_ON, ['number', 'purpose'],
          'The most important emergency number in Switzerland and in Europe is 112. If you dial 112, you will be connected with the police emergency control centre.'),
        quoted(ALERTSWISS, 'fr', CHECKED_ON, ['cost'], 'Joignable aussi bien depuis le réseau fixe que d’un portable, il est partout gratuit.'),
        EU_112_OUTSIDE,
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'ch-117',
      region: 'CH',
      kind: 'emergency',
      name: '117 Police',
      phone: phone('117'),
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: 'undated',
      languages: [],
      free: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: CH_CH, date: 'undated' }, { url: ALERTSWISS, date: 'undated' }],
      officialDomains: FEDERAL,
      evidence: [
        quoted(CH_CH, 'en', CHECKED_ON, ['number'], 'Police | 117 |', 'a row of the portal\'s table of emergency numbers'),
        quoted(ALERTSWISS, 'fr', CHECKED_ON, ['number', 'purpose'],
          'Un quatrième numéro d’urgence complète les trois numéros suisses bien connus que sont le 117 (police), le 118 (sapeurs-pompiers) et le 144 (premiers secours) : le 112.'),
      ],
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
      officialDomains: ['147.ch', 'projuventute.ch', 'bag-blueprint.ch', 'ch.ch'],
      evidence: [
        quoted(PRO_JUVENTUTE_147, 'de', CHECKED_ON, ['hours', 'cost', 'who'],
          'Rund um die Uhr können sich Kinder und Jugendliche kostenlos und vertraulich an die professionellen Beraterinnen und Berater von Pro Juventute wenden.'),
        quoted(PRO_JUVENTUTE_147, 'de', CHECKED_ON, ['number', 'channels'],
          'Erreichbar sind die Fachleute von Beratung + Hilfe 147 per Telefon 147, WhatsApp-Chat via 147.ch, Mail an beratung@147.ch.'),
        quoted(PRO_JUVENTUTE_147, 'de', CHECKED_ON, ['channels', 'cost'], 'Anrufe oder SMS auf die Notrufnummer 147 sind gratis'),
        quoted(CH_CH, 'en', CHECKED_ON, ['number'], 'Pro Juventute helpline for children and young people | 147 |', 'a row of the federal portal\'s table of emergency numbers'),
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
        { service: 'ch-117', reason: 'emergency' },
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
        { service: 'ch-117', reason: 'emergency' },
        { service: 'ch-147', reason: 'childLine' },
      ],
    },
    'parent-question': { steps: [], notes: ['noDedicatedLine'] },
  },
};
