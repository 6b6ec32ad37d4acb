// Someone threatens to share sexual images of the child unless they pay or send more. The order
// matters: stop the pressure first (no money, no reply), keep what the report will need, reassure
// the child, report, and only then block; then ask for the images to come down.
import type { FirstStep } from './types';

const READ = '2026-12-04';
const ESAFETY = 'https://www.esafety.gov.au/key-issues/image-based-abuse/take-action/deal-with-sextortion';
const CYBERMALVEILLANCE = 'https://cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/sextorsion';
const NCMEC_PARENT = 'https://www.missingkids.org/blog/2023/sextortion-parents-should-know';

export const sextortion: readonly FirstStep[] = [
  {
    id: 'dontPay',
    evidence: [
      { url: ESAFETY, quote: 'Do not give the blackmailer any money or additional images and stop all contact with them.', lang: 'en-AU', read: READ, supports: ['advice'] },
    ],
  },
  {
    id: 'stopReplying',
    evidence: [
      {
        url: CYBERMALVEILLANCE,
        quote: 'Dès que le chantage est mentionné, ne répondez plus aux messages du maître chanteur, aussi menaçant soit-il, et bloquez-le sur les messageries et réseaux sociaux.',
        lang: 'fr', read: READ, supports: ['advice'],
      },
      { url: ESAFETY, quote: 'Do not give the blackmailer any money or additional images and stop all contact with them.', lang: 'en-AU', read: READ, supports: ['advice'] },
    ],
  },
  {
    id: 'keepEvidence',
    evidence: [
      {
        url: NCMEC_PARENT,
        quote: "Block the blackmailer's accounts, but don't panic and go through your kid's phone willy-nilly deleting all the apps and all the photos.",
        lang: 'en-US', read: READ, supports: ['advice'],
        note: 'A parent writing on NCMEC’s own blog; NCMEC publishes it as advice to parents.',
      },
      { url: 'https://www.esafety.gov.au/report/cyberbullying', quote: 'It is also a good idea to collect evidence before you report to social media services.', lang: 'en-AU', read: READ, supports: ['advice'] },
    ],
  },
  {
    id: 'notTheirFault',
    evidence: [
      {
        url: 'https://learning.nspcc.org.uk/research-resources/report-remove',
        quote: "It's important that young people don't feel judged when this happens and you should reassure them that they haven’t done anything wrong.",
        lang: 'en-GB', read: READ, supports: ['advice'],
      },
      { url: NCMEC_PARENT, quote: 'Hug your kid, tell him how incredibly brave he was to tell you, and that you will fix it together.', lang: 'en-US', read: READ, supports: ['advice'] },
    ],
  },
  {
    id: 'report',
    evidence: [
      {
        url: CYBERMALVEILLANCE,
        quote: 'Interrompre toute relation avec l’escroc, verrouiller les comptes de réseaux sociaux au plus vite, déposer plainte…',
        lang: 'fr', read: READ, supports: ['advice'],
      },
      {
        url: ESAFETY,
        quote: 'Try to stay calm and make an image-based abuse report to eSafety — we will work with you to get the right outcomes.',
        lang: 'en-AU', read: READ, supports: ['advice'],
      },
    ],
  },
  {
    id: 'block',
    evidence: [
      {
        url: CYBERMALVEILLANCE,
        quote: 'Dès que le chantage est mentionné, ne répondez plus aux messages du maître chanteur, aussi menaçant soit-il, et bloquez-le sur les messageries et réseaux sociaux.',
        lang: 'fr', read: READ, supports: ['advice'],
      },
      {
        url: NCMEC_PARENT,
        quote: "Block the blackmailer's accounts, but don't panic and go through your kid's phone willy-nilly deleting all the apps and all the photos.",
        lang: 'en-US', read: READ, supports: ['advice'],
      },
    ],
  },
  {
    id: 'takeDown',
    services: ['gb-report-remove', 'int-take-it-down'],
    evidence: [
      {
        url: 'https://takeitdown.ncmec.org/faq/',
        quote: 'If you were under age 18 when images or videos of you nude, partially nude, or in a sexually explicit situation were taken and you believe they have been or will be shared online, you can use this service.',
        lang: 'en-US', read: READ, supports: ['advice'],
      },
      {
        url: 'https://learning.nspcc.org.uk/research-resources/report-remove',
        quote: 'You can also help a young person aged under 18 to use the Report Remove tool to see if the image or video can be taken down, and Childline can provide further support.',
        lang: 'en-GB', read: READ, supports: ['advice'],
      },
    ],
  },
];
