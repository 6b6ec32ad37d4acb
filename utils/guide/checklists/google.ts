// Google Family Link (familylink.google.com and the Family Link app): supervision of a child's
// Google Account, Android devices and Chromebooks. Google's Family Link help was stored only in
// French and German; Internet Matters' French guide gives the advice on the controls. The set-up path,
// on the child's Android device, and the app's account settings are quoted from Google; the app's
// other menus stay "not confirmed".
import { cite, item, quoted } from './build';
import { agreeTogether } from './shared/agreement';
import { carerSupervisionAgreed } from './shared/carer';
import type { Checklist } from './types';

/** The day these passages were read in the stored copies of the pages. */
const READ = '2026-12-04';

const SUPERVISION_URL = 'https://support.google.com/families/answer/9055704?hl=fr';
const SUPERVISION = cite(SUPERVISION_URL, 'Google For Families Help: supervise your child’s existing Google Account (French edition)', READ);
const GUIDE_URL = 'https://www.internetmatters.org/fr/parental-controls/smartphones-and-other-devices/google-family-link/';
const GUIDE = cite(GUIDE_URL, 'Internet Matters: Google Family Link parental controls guide (French edition)', READ);
// The German edition; its steps' arrows were lost in the stored copy, so the menu names run together.
const MANAGE_ACCOUNT_DE_URL = 'https://support.google.com/families/answer/7103262?hl=de&ref_topic=7336731';
const MANAGE_ACCOUNT = cite(MANAGE_ACCOUNT_DE_URL, 'Google For Families Help: manage your child’s Google Account with Family Link (German edition)', READ);
const manageAccount = (supports: Parameters<typeof quoted>[3], quote: string) => quoted(MANAGE_ACCOUNT_DE_URL, 'de', READ, supports, quote);
const FRENCH = 'the French edition; the English copy was not stored';

export const googleChecklists: Checklist[] = [
  {
    platform: 'google',
    contexts: ['supervision'],
    version: READ,
    items: [
      item('family-link-controls', GUIDE, {
        evidence: [
          quoted(
            GUIDE_URL,
            'fr',
            READ,
            ['advice'],
            'Vous pouvez gérer l\'accès aux applications, définir l\'heure de l\'écran et l\'heure du coucher de l\'appareil à distance pour les aider à adopter de bonnes habitudes de sécurité en ligne lorsqu\'ils sont connectés à Internet.',
            'the French edition of the guide',
          ),
        ],
      }),
      item('family-link-consent', SUPERVISION, {
        evidence: [
          quoted(
            SUPERVISION_URL,
            'fr',
            READ,
            ['claim'],
            'Pour qu\'un parent puisse superviser son compte Google existant, l\'enfant doit : accepter la supervision parentale ; résider dans le même pays que ses parents.',
            `${FRENCH}; two items of a bulleted list, joined`,
          ),
          quoted(
            SUPERVISION_URL,
            'fr',
            READ,
            ['claim'],
            'Votre enfant et son appareil doivent être à proximité lorsque vous ajoutez la supervision à son compte.',
            FRENCH,
          ),
          quoted(
            SUPERVISION_URL,
            'fr',
            READ,
            ['path'],
            "Configurer la supervision à partir de l'appareil Android de votre enfant - Sur l'appareil de votre enfant, ouvrez l'application Paramètres . - Appuyez sur Google",
            `${FRENCH}; a heading and the steps of its list, joined; the stored excerpt breaks off after "Appuyez sur Google" at "Contrôle parenta…"`,
          ),
        ],
      }),
      item('family-link-stopping', SUPERVISION, {
        evidence: [
          quoted(
            SUPERVISION_URL,
            'fr',
            READ,
            ['claim'],
            'Lorsque votre enfant atteint l\'âge autorisé dans votre pays, lui ou vous pouvez à tout moment désactiver la supervision si elle avait été activée dans son compte Google. Si votre enfant désactive la supervision, vous en serez averti et ses appareils supervisés seront temporairement verrouillés.',
            FRENCH,
          ),
        ],
      }),
      item('family-link-account-settings', MANAGE_ACCOUNT, {
        evidence: [
          manageAccount(['claim'], 'Eltern in Ihrer Familiengruppe können mit Family Link die Kontoeinstellungen für das Google-Konto Ihres Kindes verwalten.'),
          manageAccount(['path'], 'Öffnen Sie die Family Link App .'),
          manageAccount(['path'], 'Wählen Sie das Konto Ihres Kindes aus.'),
          manageAccount(['path'], 'Tippen Sie auf Einstellungen Kontoeinstellungen'),
          quoted('https://support.google.com/families/answer/7101025?hl=de', 'de', READ, ['claim'],
            'Einige Einstellungen können Sie auch unter familylink.google.com verwalten.'),
        ],
      }),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
];
