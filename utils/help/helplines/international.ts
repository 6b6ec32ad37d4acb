// The EU-wide child helpline number and the services that work from anywhere ("another country" in
// the popup, and the "elsewhere" list): Child Helpline International's member list, INHOPE's network
// of reporting hotlines, and the two tools that have intimate images blocked without sending them:
// Take It Down (NCMEC) for images taken before 18, StopNCII (SWGfL) for adults. Both make the image's
// fingerprint on the person's own device; every country's sextortion route names them.
//
// 116 111 is reserved across the EU but answered only where a helpline was given the number: it is
// offered only in the countries of EU_116111_IN_SERVICE, each with the passage that says so.
import type { Evidence } from '../../evidence';
import { ALWAYS, AUDIT_READ, CHECKED_ON, FROM_AUDIT, NOT_CONFIRMED, phone, quoted } from './common';
import type { CountryCode, CountryDirectory, Service } from './types';

const CHI = 'childhelplineinternational.org';

/** Where 116 111 answers, each with the passage that says so; nowhere else is it offered. */
export const EU_116111_IN_SERVICE: Readonly<Partial<Record<CountryCode, Evidence>>> = {
  DE: quoted('https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556', 'de', CHECKED_ON, ['number'],
    'Unter 116 111 stehen euch die Beraterinnen und Berater anonym und kostenlos zur Seite.'),
  LU: quoted('https://www.kjt.lu/de/wer-wir-sind/', 'de', CHECKED_ON, ['number'],
    'Der Telefonberatungsdienst für Kinder und Jugendliche 1 1 6 1 1 1 wurde durch die webbasierte Online Help (www.kjt.lu) erweitert.'),
};

export const eu116111: Service = {
  id: 'eu-116111',
  region: 'EU',
  kind: 'helpline',
  name: '116 111',
  phone: phone('116 111'),
  channels: [],
  hours: NOT_CONFIRMED,
  hoursAsOf: '2022-10-29',
  languages: [],
  // Free where Germany's ministry says so; Luxembourg's pages read do not say.
  free: 'unconfirmed',
  audience: 'child',
  sources: [{ url: 'https://childhelplineinternational.org/15-years-of-116111/', date: '2022-10-29' }],
  // The helplines that answer it, where it is offered, and the network that asked for it.
  officialDomains: [CHI, 'europa.eu', 'bmfsfj.de', 'kjt.lu'],
  evidence: [
    quoted('https://childhelplineinternational.org/15-years-of-116111/', 'en', AUDIT_READ, ['hours'],
      'Be open 24 hours a day… or ensure that information about availability is made publicly available', `${FROM_AUDIT}; the ellipsis is the audit's`),
    ...Object.values(EU_116111_IN_SERVICE).map((e) => ({ ...e!, supports: ['number', 'purpose', 'who'] as const })),
  ],
  checkedOn: CHECKED_ON,
  caveat: true,
};

/**
 * Where Child Helpline International says 116 111 does not answer: kept out of the list above, and
 * checked by the lint. Belgium and Ireland were not checked, nor were Austria and the Netherlands (no
 * page read on 2026-12-04 says it answers there), and Spain's (ANAR runs it, per a 2018 page the
 * audit quotes without its address) was not re-read: none of them is offered either.
 */
export const EU_116111_NOT_IN_SERVICE: Readonly<Partial<Record<CountryCode, Evidence>>> = Object.fromEntries(
  (['FR', 'IT'] as const).map((country) => [
    country,
    quoted('https://childhelplineinternational.org/our-work/news/can-child-call-116-111-italy-france/', 'en', AUDIT_READ, ['number'],
      'The number is still not operational in Italy and France and our child helpline members, Allo 119 and Telefono Azzurro are striving to get the number assigned',
      `${FROM_AUDIT}; the page is undated`),
  ]),
);

const INHOPE_EC = 'https://ec.europa.eu/digital-single-market/news/network-child-abuse-websites-closed-down-following-public-complaint-irish-hotline';
const TAKE_IT_DOWN_FAQ = 'https://takeitdown.ncmec.org/faq/';
const STOPNCII_SWGFL = 'https://swgfl.org.uk/magazine/stopncii-org-tackling-non-consensual-intimate-image-abuse/';

export const international: CountryDirectory = {
  country: 'INT',
  emergency: [],
  main: 'int-chi',
  services: [
    eu116111,
    {
      id: 'int-chi',
      region: 'INT',
      kind: 'directory',
      name: 'Child Helpline International',
      url: 'https://childhelplineinternational.org/about/members/',
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: 'https://childhelplineinternational.org/about/members/', date: 'undated' }],
      officialDomains: [CHI],
      evidence: [
        quoted('https://childhelplineinternational.org/20-years-20-voices-awel-belgium/', 'en', CHECKED_ON, ['purpose'],
          'To celebrate this momentous achievement, we invited some of our members – from all around the world, and from founding members to members who have only recently joined us – to share their stories in this special series.',
          'CHI\'s own page on its members; the members page itself was not in the stored copies'),
      ],
      checkedOn: CHECKED_ON,
      sourceNote: true,
    },
    {
      id: 'int-inhope',
      region: 'INT',
      kind: 'directory',
      name: 'INHOPE',
      url: 'https://www.inhope.org',
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: 'unconfirmed',
      anonymous: 'unconfirmed',
      audience: 'anyone',
      sources: [{ url: INHOPE_EC, date: 'undated' }],
      officialDomains: ['inhope.org', 'europa.eu'],
      evidence: [
        quoted(INHOPE_EC, 'en', CHECKED_ON, ['purpose'],
          'INHOPE’s mission is to eliminate child abuse material from the Internet and to protect young people from harmful and illegal uses of the Internet.',
          'the European Commission, which funds the network through its Safer Internet programme; an old page (33 hotlines then)'),
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'int-stopncii',
      region: 'INT',
      kind: 'reporting',
      name: 'StopNCII.org',
      url: 'https://stopncii.org',
      channels: [{ kind: 'web', href: 'https://stopncii.org', label: 'stopncii.org' }],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: true,
      anonymous: 'unconfirmed',
      audience: 'adult',
      sources: [{ url: STOPNCII_SWGFL, date: 'undated' }, { url: 'https://stopncii.org/gyik', date: 'undated' }],
      officialDomains: ['stopncii.org', 'swgfl.org.uk'],
      evidence: [
        quoted(STOPNCII_SWGFL, 'en-GB', CHECKED_ON, ['cost', 'who'], 'The platform is free to use and can be accessed by adults who feel their intimate images may be shared online.'),
        quoted(STOPNCII_SWGFL, 'en-GB', CHECKED_ON, ['who'], '18 years old or over in the content'),
        quoted(STOPNCII_SWGFL, 'en-GB', CHECKED_ON, ['purpose', 'channels'], 'The platform creates hashes (digital fingerprints) of intimate images directly on a user’s device.'),
        quoted('https://stopncii.org/gyik', 'en', CHECKED_ON, ['who'],
          'If the image is of someone under the age of 18 – even if it is of yourself and you are now over 18 – please submit to TakeItDown.'),
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'int-take-it-down',
      region: 'INT',
      kind: 'reporting',
      name: 'Take It Down (NCMEC)',
      url: 'https://takeitdown.ncmec.org',
      channels: [{ kind: 'web', href: 'https://takeitdown.ncmec.org', label: 'takeitdown.ncmec.org' }],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['en'],
      free: 'unconfirmed',
      anonymous: true,
      audience: 'child',
      sources: [{ url: TAKE_IT_DOWN_FAQ, date: 'undated' }],
      officialDomains: ['ncmec.org', 'missingkids.org'],
      evidence: [
        quoted(TAKE_IT_DOWN_FAQ, 'en', CHECKED_ON, ['who', 'purpose'],
          'No, if you’re under age 18, anywhere in the world and appear in nude, partially nude, or sexually explicit images that may have been shared online, you can use this service.'),
        quoted(TAKE_IT_DOWN_FAQ, 'en', CHECKED_ON, ['who', 'channels'],
          'If you were under age 18 when images or videos of you nude, partially nude, or in a sexually explicit situation were taken and you believe they have been or will be shared online, you can use this service. You must have the image or video on your device.'),
        quoted(TAKE_IT_DOWN_FAQ, 'en', CHECKED_ON, ['who'], 'No, you don’t have to share any personal information with us to create a hash for your images or videos.'),
      ],
      checkedOn: CHECKED_ON,
    },
  ],
  routes: {
    harassment: { steps: [{ service: 'int-chi', reason: 'directory' }], notes: ['evidence'] },
    sextortion: {
      steps: [
        { service: 'int-take-it-down', reason: 'hashUnder18' },
        { service: 'int-stopncii', reason: 'hashAdults' },
        { service: 'int-inhope', reason: 'hotlineMap' },
        { service: 'int-chi', reason: 'directory' },
      ],
      notes: ['evidence'],
    },
    hacked: { steps: [], notes: ['accountRecovery'] },
    'illegal-content': { steps: [{ service: 'int-inhope', reason: 'hotlineMap' }], notes: ['evidence'] },
    'child-danger': { steps: [{ service: 'int-chi', reason: 'directory' }], notes: ['localEmergency'] },
    'parent-question': { steps: [{ service: 'int-chi', reason: 'directory' }] },
  },
};
