// Germany. Facts: ../shared/research/helplines.tsv (DE rows); 110 / 112 from baden-baden.de.
// The parents' line's hours conflict between sources: they are shown as not confirmed.
import { ALWAYS, CHECKED_ON, NOT_CONFIRMED, phone, slot, weekly } from './common';
import type { CountryDirectory } from './types';

const BERLIN = 'Europe/Berlin';
const EMERGENCY_SOURCES = [{ url: 'https://www.baden-baden.de/buergerservice/notlagen/unfaelle/feuerwehr-und-polizei/', date: 'undated' }];

export const germany: CountryDirectory = {
  country: 'DE',
  emergency: ['de-110', 'de-112'],
  main: 'de-nummer-gegen-kummer',
  services: [
    {
      id: 'de-110',
      region: 'DE',
      kind: 'emergency',
      name: '110 Polizei',
      phone: phone('110'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      sources: EMERGENCY_SOURCES,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'de-112',
      region: 'DE',
      kind: 'emergency',
      name: '112',
      phone: phone('112'),
      channels: [],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: [],
      free: true,
      sources: EMERGENCY_SOURCES,
      checkedOn: CHECKED_ON,
    },
    {
      id: 'de-elterntelefon',
      region: 'DE',
      kind: 'helpline',
      name: 'Nummer gegen Kummer – Elterntelefon',
      phone: phone('0800 111 0 550'),
      url: 'https://www.nummergegenkummer.de',
      channels: [],
      hours: NOT_CONFIRMED,
      hoursAsOf: '2020',
      languages: ['de'],
      free: true,
      anonymous: true,
      sources: [
        { url: 'https://www.shz.de/lokales/stormarner-tageblatt/nummer-gegen-kummer-gut-erreichbar-id27736962.html', date: '2020' },
        { url: 'https://kinderschutzbund-muenster.de/blog/2020/08/19/auch-zukuenftig-zusaetzliche-beratungszeiten-am-muensteraner-elterntelefon/', date: '2020-08-19' },
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
    {
      id: 'de-jugendschutz',
      region: 'DE',
      kind: 'reporting',
      name: 'jugendschutz.net',
      url: 'https://www.jugendschutz.net',
      channels: [
        { kind: 'form', href: 'https://www.jugendschutz.net', label: 'jugendschutz.net' },
        { kind: 'form', href: 'https://www.internet-beschwerdestelle.de', label: 'internet-beschwerdestelle.de' },
      ],
      hours: ALWAYS,
      hoursAsOf: 'undated',
      languages: ['de'],
      free: true,
      anonymous: true,
      sources: [
        { url: 'https://www.klicksafe.de/news/illegale-inhalte-schnell-und-anonym-melden', date: 'undated' },
        { url: 'https://www.klicksafe.de/service/anlaufstellen/internet-beschwerdestellen/', date: 'undated' },
      ],
      checkedOn: CHECKED_ON,
    },
    {
      id: 'de-nummer-gegen-kummer',
      region: 'DE',
      kind: 'helpline',
      name: 'Nummer gegen Kummer – Kinder- und Jugendtelefon',
      phone: phone('116 111'),
      url: 'https://www.nummergegenkummer.de',
      channels: [{ kind: 'chat', href: 'https://www.nummergegenkummer.de', label: 'nummergegenkummer.de', hours: NOT_CONFIRMED }],
      hours: weekly(BERLIN, slot(['mon', 'wed', 'thu'], '10:00', '12:00'), slot(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], '14:00', '20:00')),
      hoursAsOf: '2020',
      languages: ['de'],
      free: true,
      anonymous: true,
      sources: [
        { url: 'https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556', date: 'undated' },
        { url: 'https://www.shz.de/lokales/stormarner-tageblatt/nummer-gegen-kummer-gut-erreichbar-id27736962.html', date: '2020' },
      ],
      checkedOn: CHECKED_ON,
      caveat: true,
    },
  ],
  routes: {
    harassment: {
      steps: [
        { service: 'de-nummer-gegen-kummer', reason: 'childLine' },
        { service: 'de-jugendschutz', reason: 'illegalContentReport' },
      ],
      notes: ['evidence'],
    },
    sextortion: {
      steps: [
        { service: 'de-jugendschutz', reason: 'illegalContentReport' },
        { service: 'de-110', reason: 'emergency' },
        { service: 'de-nummer-gegen-kummer', reason: 'childLine' },
      ],
      notes: ['evidence'],
    },
    hacked: { steps: [], notes: ['accountRecovery'] },
    'illegal-content': {
      steps: [{ service: 'de-jugendschutz', reason: 'illegalContentReport' }],
      notes: ['evidence'],
    },
    'child-danger': {
      steps: [
        { service: 'de-110', reason: 'emergency' },
        { service: 'de-nummer-gegen-kummer', reason: 'childLine' },
      ],
    },
    'parent-question': {
      steps: [{ service: 'de-elterntelefon', reason: 'adultsWorried' }],
    },
  },
};
