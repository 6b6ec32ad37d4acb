// Someone keeps insulting, threatening or humiliating the child online: do not feed it, keep the
// proof, report it where it happened, block, and tell the child no one deserves this.
import type { FirstStep } from './types';

const READ = '2026-12-04';
const CNIL = 'https://www.cnil.fr/fr/reagir-en-cas-de-harcelement-en-ligne';
const CNIL_BLOCK = 'Vous avez la possibilité de bloquer l’accès de cette personne à vos publications, de la signaler auprès de la communauté ou d’alerter le réseau social sur un comportement qui contrevient à sa charte d’utilisation.';

export const harassment: readonly FirstStep[] = [
  {
    id: 'dontReply',
    evidence: [{ url: CNIL, quote: 'Ne surtout pas répondre ni se venger', lang: 'fr', read: READ, supports: ['advice'] }],
  },
  {
    id: 'keepEvidence',
    evidence: [
      { url: 'https://www.esafety.gov.au/report/cyberbullying', quote: 'It is also a good idea to collect evidence before you report to social media services.', lang: 'en-AU', read: READ, supports: ['advice'] },
    ],
  },
  {
    id: 'report',
    evidence: [
      { url: 'https://www.esafety.gov.au/report/cyberbullying', quote: 'Report to the social media service where the bullying took place', lang: 'en-AU', read: READ, supports: ['advice'] },
      { url: CNIL, quote: CNIL_BLOCK, lang: 'fr', read: READ, supports: ['advice'] },
    ],
  },
  {
    id: 'block',
    evidence: [{ url: CNIL, quote: CNIL_BLOCK, lang: 'fr', read: READ, supports: ['advice'] }],
  },
  {
    id: 'notTheirFault',
    evidence: [
      { url: 'https://www.esafety.gov.au/key-topics/cyberbullying/report-cyberbullying', quote: 'No one deserves to be bullied online.', lang: 'en-AU', read: READ, supports: ['advice'] },
    ],
  },
];
