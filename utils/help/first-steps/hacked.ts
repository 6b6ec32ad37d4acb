// The child's account was taken over: get it back through the service, change the password (and
// every other place it was used), add a second factor, and warn the contacts the intruder may write to.
import type { FirstStep } from './types';

const READ = '2026-12-04';
const CYBERMALVEILLANCE = 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/fiches-reflexes/1064';
const SWISS_NCSC = 'https://ncsc.admin.ch/ncsc/fr/home/infos-fuer/infos-private/aktuelle-themen/konto-gehackt.html';
const MYGOV = 'https://my.gov.au/en/services/living-arrangements/experiencing-crime-and-other-risks-online/what-to-do-if-things-go-wrong-online/recover-from-identity-theft-or-a-data-breach/protect-your-online-accounts';
const CYBERMALVEILLANCE_STEPS = 'Que faire si vous vous êtes fait pirater un compte ? Changer votre mot de passe, prévenir vos contacts, alerter votre banque, déposer plainte…';

export const hacked: readonly FirstStep[] = [
  {
    id: 'recover',
    evidence: [
      {
        url: SWISS_NCSC,
        quote: 'Si vous n’avez plus accès à votre compte, essayez de réinitialiser le mot de passe en utilisant la fonction «réinitialiser le mot de passe» présente sur la page de connexion.',
        lang: 'fr-CH', read: READ, supports: ['advice'],
      },
      { url: MYGOV, quote: 'If you see suspicious activity in any of your accounts, contact the account provider.', lang: 'en-AU', read: READ, supports: ['advice'] },
    ],
  },
  {
    id: 'changePassword',
    evidence: [
      { url: SWISS_NCSC, quote: 'Si vous avez encore accès à votre compte, changez immédiatement le mot de passe.', lang: 'fr-CH', read: READ, supports: ['advice'] },
      { url: CYBERMALVEILLANCE, quote: CYBERMALVEILLANCE_STEPS, lang: 'fr', read: READ, supports: ['advice'] },
    ],
  },
  {
    id: 'secondFactor',
    evidence: [
      {
        url: 'https://www.cyber.gov.au/acsc/view-all-content/guidance/secure-your-account-keep-others-out',
        quote: 'Turn on a second layer of security (called two-factor authentication) on your social media accounts – like a code sent to your mobile phone or a fingerprint scan, each time you want to log in.',
        lang: 'en-AU', read: READ, supports: ['advice'],
      },
      { url: MYGOV, quote: 'Change your passwords and PIN numbers. Turn on multi-factor authentication (MFA) if you can.', lang: 'en-AU', read: READ, supports: ['advice'] },
    ],
  },
  {
    id: 'warnContacts',
    evidence: [{ url: CYBERMALVEILLANCE, quote: CYBERMALVEILLANCE_STEPS, lang: 'fr', read: READ, supports: ['advice'] }],
  },
];
