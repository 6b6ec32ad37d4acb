// Small, hand-counted data for the facts tools: two platforms, two countries, and every case the
// counts distinguish (confirmed, off-domain, advice from a body, stale, shared, the same item
// shown on two pages, a helpline fact left unconfirmed, a source elsewhere).
import { cite, item, quoted } from '../../../utils/guide/checklists/build';
import type { Checklist } from '../../../utils/guide/checklists/types';
import { ALWAYS, NOT_CONFIRMED, phone } from '../../../utils/help/helplines/common';
import type { CountryDirectory, Service } from '../../../utils/help/helplines/types';
import type { FactsData } from '../../../tools/facts/data';

export const TODAY = '2026-12-03';
const READ = '2026-12-01';
const OLD = '2025-11-30';

const HELP = cite('https://help.instagram.com/1', 'Instagram Help Centre: private accounts', READ);
const BLOG = cite('https://www.example-blog.com/instagram', 'A blog', READ);
const BODY = cite('https://www.nspcc.org.uk/online-safety', 'NSPCC: online safety', READ);

const privateAccount = item('private-account', HELP, {
  evidence: [quoted('https://help.instagram.com/1', 'en', READ, ['path'], 'Settings and activity › Account privacy')],
});
const restrict = item('restrict', BLOG, {
  // on another host: says nothing, however well quoted
  evidence: [quoted('https://www.example-blog.com/instagram', 'en', READ, ['path'], 'Settings › Restricted')],
});
const talk = item('talk-first', BODY, {
  evidence: [quoted('https://www.nspcc.org.uk/online-safety', 'en-GB', READ, ['advice'], 'Talk to your child first.')],
});
const oldPath = item('hidden-words', HELP, {
  evidence: [quoted('https://help.instagram.com/2', 'en', OLD, ['path', 'default'], 'Privacy › Hidden Words')],
});
const legacy = item('mentions', HELP, { pathConfirmed: true });
const carer = item('carer-photos-agreed', BODY, { audiences: ['carer'], pathConfirmed: true, shared: 'carer.photos-agreed' });

const xBlock = item('block', cite('https://help.x.com/en/block', 'X Help: block', READ), {
  evidence: [quoted('https://help.x.com/en/block', 'en', READ, ['path'], 'More › Settings and privacy › Privacy and safety › Mute and block')],
});

export const fixtureChecklists: Checklist[] = [
  { platform: 'instagram', contexts: ['privacy'], version: READ, items: [privateAccount, restrict, talk, carer] },
  // the same private-account item shown on another page: still one fact
  { platform: 'instagram', contexts: ['safety'], version: READ, items: [privateAccount, oldPath, legacy, carer] },
  { platform: 'x', contexts: ['safety'], version: READ, items: [xBlock, carer] },
];

const base = { channels: [], hoursAsOf: READ, languages: ['fr'], checkedOn: READ, hours: ALWAYS, free: true, audience: 'anyone' } as const;

/** Every fact it states (number, hours, cost, purpose, who) quoted from its own domain. */
const quotedLine: Service = {
  ...base,
  id: 'fr-line',
  region: 'FR',
  kind: 'helpline',
  name: 'Line',
  phone: phone('3000'),
  sources: [{ url: 'https://line.gouv.fr/', date: READ }],
  officialDomains: ['line.gouv.fr'],
  evidence: [
    quoted('https://line.gouv.fr/', 'fr', READ, ['number', 'cost', 'hours'], 'Le 3000, gratuit, 24h/24.'),
    quoted('https://line.gouv.fr/qui', 'fr', OLD, ['purpose', 'who'], 'Pour les enfants victimes de harcèlement.'),
  ],
};
/** Official sources only, but its hours have no passage. */
const officialUnquoted: Service = {
  ...base,
  id: 'fr-portal',
  region: 'FR',
  kind: 'reporting',
  name: 'Portal',
  url: 'https://portal.gouv.fr',
  channels: [{ kind: 'form', href: 'https://portal.gouv.fr', label: 'portal.gouv.fr' }],
  sources: [{ url: 'https://portal.gouv.fr/about', date: READ }],
  officialDomains: ['portal.gouv.fr'],
  evidence: [quoted('https://portal.gouv.fr/about', 'fr', READ, ['channels', 'cost', 'purpose'], 'Signalez en ligne, gratuitement.')],
};
/** States only its number and cost (hours unknown, no purpose text); one source is a blog. */
const emergency: Service = {
  ...base,
  id: 'be-101',
  region: 'BE',
  kind: 'emergency',
  name: '101',
  phone: phone('101'),
  hours: NOT_CONFIRMED,
  sources: [
    { url: 'https://www.police.be/101', date: READ },
    { url: 'https://madinin-art.net/101', date: READ },
  ],
  officialDomains: ['police.be'],
  evidence: [quoted('https://www.police.be/101', 'fr', READ, ['number', 'cost'], 'Formez le 101, gratuit.')],
};
/** Declares no official domain (an empty list): nothing about it can be official. Its cost and its only channel are shown as unconfirmed, so it does not state them. */
const undeclared: Service = {
  ...base,
  id: 'be-line',
  region: 'BE',
  kind: 'helpline',
  name: 'BE line',
  phone: phone('103'),
  channels: [{ kind: 'whatsapp', href: 'https://www.103.be', label: '103.be', unconfirmed: true }],
  free: 'unconfirmed',
  sources: [{ url: 'https://www.103.be', date: READ }],
  officialDomains: [],
  evidence: [],
};

const noRoutes = { steps: [] };
const routes = { harassment: noRoutes, sextortion: noRoutes, hacked: noRoutes, 'illegal-content': noRoutes, 'child-danger': noRoutes, 'parent-question': noRoutes };

export const fixtureDirectories: CountryDirectory[] = [
  { country: 'BE', emergency: ['be-101'], main: 'be-line', services: [emergency, undeclared], routes },
  { country: 'FR', emergency: [], main: 'fr-line', services: [quotedLine, officialUnquoted], routes },
  // the line listed again in another directory: one entry
  { country: 'INT', emergency: [], main: 'fr-line', services: [quotedLine], routes },
];

export const fixtureData: FactsData = {
  checklists: fixtureChecklists,
  platformDomains: { instagram: ['instagram.com', 'meta.com'], x: ['x.com', 'twitter.com'] },
  directories: fixtureDirectories,
  withPurpose: new Set(['fr-line', 'fr-portal', 'be-line']),
};
