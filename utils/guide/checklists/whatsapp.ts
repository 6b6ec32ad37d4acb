// WhatsApp checklists for a child's account. On the web, settings open as panels of
// web.whatsapp.com; most switches exist in the phone app as well. Group settings for staff are in
// whatsapp-groups.ts. Passages from WhatsApp's Help Centre (faq.whatsapp.com) as stored.
import { cite, item, quoted } from './build';
import { TWO_FACTOR_CLAIM } from './instagram';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const READ = '2026-12-04';
const PRIVACY_URL = 'https://faq.whatsapp.com/3307102709559968/?helpref=uf_share';
const PRIVACY_WEB_URL = 'https://faq.whatsapp.com/3307102709559968/?locale=en_US&cms_platform=web';
export const WHATSAPP_PRIVACY = cite('https://faq.whatsapp.com/3307102709559968', 'WhatsApp Help Centre: how to change your privacy settings', READ);
const BLOCK_URL = 'https://faq.whatsapp.com/1142481766359885/?locale=kk_KZ&cms_platform=iphone';
const BLOCK_AND_REPORT = cite('https://faq.whatsapp.com/1142481766359885', 'WhatsApp Help Centre: how to block and report contacts', READ);
const GROUPS_BLOG_FR_URL = 'https://blog.whatsapp.com/new-privacy-settings-for-groups/?lang=fr&fbclid=IwAR1cFyNLasCn9Q1LUbUbaaDfjlo5de2khKRY1ZRwVpTxe5s_og-4UH4ou7w';
// Only the German copy of this page is stored; its menu names are the German app's.
const TWO_STEP_DE_URL = 'https://faq.whatsapp.com/269945317385609/?locale=de_DE';
const TWO_STEP = cite(TWO_STEP_DE_URL, 'WhatsApp Help Centre: manage two-step verification settings (German)', READ);
const TWO_STEP_PATH = [
  quoted(TWO_STEP_DE_URL, 'de', READ, ['path'], 'Öffne die Einstellungen in WhatsApp.'),
  quoted(TWO_STEP_DE_URL, 'de', READ, ['path'], 'Tippe auf Konto > Verifizierung in zwei Schritten > Aktivieren.'),
];

const privacy = (supports: Parameters<typeof quoted>[3], quote: string, note?: string) => quoted(PRIVACY_URL, 'en', READ, supports, quote, note);
const privacyWeb = (supports: Parameters<typeof quoted>[3], quote: string, note?: string) =>
  quoted(PRIVACY_WEB_URL, 'en', READ, supports, quote, note);
/** Where the privacy settings are; each item adds the line naming its own setting. */
const PRIVACY_MENU = privacy(['path'], 'iPhone: Tap Settings > Privacy.');
// The page's copies disagree on who sees About by default: the general one says any user, the
// web one says contacts.
const DEFAULTS = privacy(['default'],
  'By default, WhatsApp sets your privacy settings to allow:\n  • Any user to see your profile photo, about information, and read receipts');
/** The phone number cannot be hidden: staff lists quote it too. */
export const NUMBER_VISIBLE = privacyWeb(['claim'], 'There is no way to hide your phone number when using WhatsApp.');
const BLOCK_PATH = quoted(BLOCK_URL, 'en', READ, ['path'],
  'Open the chat with the contact, then tap the contact\'s name > Block Contact > Block or Report Contact > Report and Block.',
  'iPhone steps; the stored copy is the English text served with a Kazakh locale');

export const whatsappChecklists: Checklist[] = [
  {
    platform: 'whatsapp',
    contexts: ['privacy'],
    version: READ,
    items: [
      item('last-seen', WHATSAPP_PRIVACY, {
        evidence: [PRIVACY_MENU, privacy(['path'], 'See your Last Seen and Online'),
          privacy(['claim'], 'Note: Users you’ve saved as a contact or who you’ve messaged before may be able to see your last seen and online.')],
      }),
      item('profile-photo', WHATSAPP_PRIVACY, { evidence: [PRIVACY_MENU, privacy(['path'], 'See your Profile Photo'), DEFAULTS] }),
      item('about', WHATSAPP_PRIVACY, {
        evidence: [PRIVACY_MENU, privacy(['path'], 'See your About information'), DEFAULTS,
          privacyWeb(['default'], 'Your contacts to see your status updates, about and when you were last seen.', 'the web copy gives a different default for About')],
      }),
      item('phone-number-visible', WHATSAPP_PRIVACY, { evidence: [NUMBER_VISIBLE] }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'whatsapp',
    contexts: ['safety'],
    version: READ,
    items: [
      item('two-step', TWO_STEP, { evidence: [...TWO_STEP_PATH, TWO_FACTOR_CLAIM] }),
      item('block', BLOCK_AND_REPORT, {
        evidence: [
          BLOCK_PATH,
          quoted(BLOCK_URL, 'en', READ, ['claim'], 'Blocked contacts will no longer be able to call you or send you messages.'),
          quoted(BLOCK_URL, 'en', READ, ['claim'],
            'Your last seen, online, status updates, and any changes made to your profile photo will no longer be visible to contacts you\'ve blocked.'),
        ],
      }),
      item('report', BLOCK_AND_REPORT, {
        evidence: [BLOCK_PATH, quoted(BLOCK_URL, 'en', READ, ['claim'], 'You can also report them if you think they are sending problematic content or spam.')],
      }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'whatsapp',
    contexts: ['messaging'],
    version: READ,
    items: [
      item('groups-add', WHATSAPP_PRIVACY, {
        evidence: [
          PRIVACY_MENU,
          privacy(['path'], 'Add you to Groups'),
          privacy(['default'], 'Any users to add you to groups'),
          // WhatsApp's own French words for the setting and its choices.
          quoted(GROUPS_BLOG_FR_URL, 'fr', READ, ['claim'],
            'Pour l\'activer, allez dans les Paramètres/Réglages de votre application, puis appuyez sur Compte > Confidentialité > Groupes et sélectionnez l\'une de ces trois options : « Tout le monde », « Mes contacts » ou « Mes contacts sauf... ».',
            'WhatsApp blog, April 2019: Privacy has since moved out of Account'),
        ],
      }),
      item('calls', WHATSAPP_PRIVACY, { evidence: [privacyWeb(['claim'], 'Which calls get silenced.'), privacyWeb(['claim'], 'Who can call you.')] }),
      item('status-audience', WHATSAPP_PRIVACY, {
        evidence: [PRIVACY_MENU, privacy(['path'], 'See your Status updates'), privacy(['default'], 'Your contacts to see your status updates')],
      }),
      carerContactsAgreed,
    ],
  },
];
