// Snapchat checklists for a child's account: privacy, safety, messaging, account (the web
// portal accounts.snapchat.com), and Family Center. Nearly every other setting is in the app only.
// Paths and claims are quoted from Snap's own pages (help.snapchat.com, support.snapchat.com,
// parents.snapchat.com, values.snap.com); several stored copies are in German, French, Danish or
// Hindi, and their notes say so. Contact settings for teens follow parents.snapchat.com, which is
// newer than the help page still describing an "Everyone" option.
import { cite, item, quoted } from './build';
import { agreeTogether } from './shared/agreement';
import {
  carerContactsAgreed,
  carerNoWhereabouts,
  carerPhotosAgreed,
  carerRecordAndTell,
  carerSupervisionAgreed,
} from './shared/carer';
import { firstInFamilyLists, underMinimumAge } from './shared/minimum-age';
import type { Checklist } from './types';

/** The day these passages were read in the stored copies of the pages. */
const READ = '2026-12-04';

const PRIVACY_URL = 'https://help.snapchat.com/hc/en-us/articles/7012343074580-How-do-I-change-my-privacy-settings-on-Snapchat?lang=fil-PH';
const PRIVACY = cite(PRIVACY_URL, 'Snapchat Support: how do I change my privacy settings on Snapchat?', READ);
const FAQ_URL = 'https://parents.snapchat.com/snapchat-family-safety-faq';
const FAQ = cite(FAQ_URL, 'Snapchat for Parents: frequently asked questions (age, birthday, contact and location defaults)', READ);
const PARENTS_URL = 'https://parents.snapchat.com/en-GB/parental-controls?lang=en-GB';
const PARENTS = cite(PARENTS_URL, 'Snapchat for Parents: tools and resources, safety checklist for parents', READ);
const TWO_FACTOR_URL =
  'https://help.snapchat.com/hc/en-us/articles/7012345351700-How-do-I-set-up-Two-Factor-Authentication-2FA-on-Snapchat-with-an-authentication-app?lang=zh-Hans';
const TWO_FACTOR = cite(TWO_FACTOR_URL, 'Snapchat Support: how do I set up two-factor authentication with an authentication app?', READ);
const BLOCK_URL = 'https://support.snapchat.com/a/block-friends';
const BLOCK = cite(BLOCK_URL, 'Snapchat Support: deleting and blocking friends', READ);
const FORGET_DEVICE_URL = 'https://help.snapchat.com/hc/de/articles/7012350395412-Wie-vergesse-ich-ein-verlinktes-Ger%C3%A4t-auf-Snapchat';
const FORGET_DEVICE = cite(FORGET_DEVICE_URL, 'Snapchat Support: how do I forget a linked device? (German edition)', READ);
const CONNECTED_APPS_URL =
  'https://help.snapchat.com/hc/fr-fr/articles/7012393350676-Comment-supprimer-une-application-reli%C3%A9e-%C3%A0-Snapchat';
const CONNECTED_APPS = cite(CONNECTED_APPS_URL, 'Snapchat Support: how to remove an app connected to Snapchat (French edition)', READ);
const SNAP_KIT_URL = 'https://values.snap.com/privacy/privacy-by-product/snap-kit';
const MY_DATA_URL = 'https://values.snap.com/privacy/privacy-by-product/your-snapchat-account';
const MY_DATA = cite(MY_DATA_URL, 'Snap Privacy by Product: your Snapchat account (My Data, deleting your account)', READ);
const REACTIVATE_URL =
  'https://help.snapchat.com/hc/hi-in/articles/7012367354132-%E0%A4%AE%E0%A5%88%E0%A4%82-%E0%A4%85%E0%A4%AA%E0%A4%A8%E0%A5%87-Snapchat-%E0%A4%85%E0%A4%95%E0%A4%BE%E0%A4%89%E0%A4%82%E0%A4%9F-%E0%A4%95%E0%A5%8B-%E0%A4%AB%E0%A4%BF%E0%A4%B0-%E0%A4%B8%E0%A5%87-%E0%A4%8F%E0%A4%95-%E0%A4%9F%E0%A4%BF%E0%A4%B5%E0%A5%87%E0%A4%9F-%E0%A4%95%E0%A5%88%E0%A4%B8%E0%A5%87-%E0%A4%95%E0%A4%B0%E0%A5%82%E0%A4%82';
const REACTIVATE = cite(REACTIVATE_URL, 'Snapchat Support: how do I reactivate my Snapchat account? (Hindi edition; 30 days)', READ);
const FAMILY_CENTER_URL = 'https://help.snapchat.com/hc/da/articles/7121384944788-Hvad-er-Familiecenter';
const FAMILY_CENTER = cite(FAMILY_CENTER_URL, 'Snapchat Support: what is Family Center? (Danish edition)', READ);
// Cited as they were on 2026-11-21: not re-read, no passage quoted.
const MOBILE_NUMBER = cite(
  'https://help.snapchat.com/hc/en-us/articles/7012334341652',
  'Snapchat Support: how do I change or verify my mobile number on Snapchat?',
  '2026-11-21',
);
const PARENT_REQUEST = cite(
  'https://help.snapchat.com/hc/en-us/articles/28013038693908',
  'Snapchat Support: how do I make a privacy request for my teen?',
  '2026-11-21',
);
const app = { appOnly: true };
const DANISH = 'the Danish edition of the Family Center page; the English copy was not stored';
const OLD_SUPPORT = 'an older support.snapchat.com copy; an icon in its steps was not kept in the stored text';

const privacyControls = quoted(
  PRIVACY_URL,
  'en',
  READ,
  ['path'],
  "Tap the ⚙️ button in the Profile screen to open Settings Scroll down to the 'Privacy Controls' section and tap an option",
  'the steps of a bulleted list, joined',
);
const byDefaultFriends = quoted(PRIVACY_URL, 'en', READ, ['default'], "By default, only 'Friends' you’ve added on Snapchat can contact you directly or view your Story.");
const contactLimited = quoted(
  FAQ_URL,
  'en',
  READ,
  ['default', 'claim'],
  'Contact settings for all users are set to friends and phone contacts only, and can’t be expanded.',
  'the help page on privacy settings still describes an "Everyone" choice for Contact Me; this newer page for parents says contact cannot be widened',
);
const locationOff = quoted(
  FAQ_URL,
  'en',
  READ,
  ['default', 'claim'],
  'Location-sharing is off by default. If Snapchatters decide to use the location-sharing feature on our Snap Map, they can only share their location with people they are already friends with.',
);
const addedMe = quoted(BLOCK_URL, 'en', READ, ['path'], "To Block a user who added you, tap 'Added Me' on the Profile Screen.", OLD_SUPPORT);
const knownInRealLife = quoted(PARENTS_URL, 'en', READ, ['advice'], 'Only invite and accept friend invitations from people they know in real life.');
const parentAccount = quoted(PARENTS_URL, 'en', READ, ['claim'], 'To use Family Centre, parents must have a Snapchat account.');

const MINIMUM_AGE = quoted(
  FAQ_URL,
  'en',
  READ,
  ['claim'],
  'Teens must be at least 13 to create a Snapchat account. If we determine that an account belongs to a person under 13, we terminate their account from the platform and delete their data.',
);
/** For a child under 13: Snapchat offers no account for them. */
const TOO_YOUNG = underMinimumAge(13, FAQ, [MINIMUM_AGE]);

export const snapchatChecklists: Checklist[] = firstInFamilyLists(TOO_YOUNG, [
  {
    platform: 'snapchat',
    contexts: ['privacy'],
    version: READ,
    items: [
      item('ghost-mode', PRIVACY, {
        ...app,
        evidence: [
          privacyControls,
          quoted(
            PRIVACY_URL,
            'en',
            READ,
            ['path', 'claim'],
            'Who Can See My Location: Choose who can view your location on the Snap Map. Your location won’t be shared on the Map until you open it for the first time.',
          ),
          locationOff,
        ],
      }),
      item('view-my-story', PRIVACY, {
        ...app,
        evidence: [
          privacyControls,
          quoted(
            PRIVACY_URL,
            'en',
            READ,
            ['path', 'claim'],
            'Who Can View My Story: Choose who can view your Story. Tap ‘Custom’ if you’d like to block specific friends from seeing your Story.',
          ),
          byDefaultFriends,
        ],
      }),
      item('quick-add', PRIVACY, {
        ...app,
        evidence: [
          privacyControls,
          quoted(
            PRIVACY_URL,
            'en',
            READ,
            ['path', 'claim'],
            'Who Can See Me In Find Friends: Choose who can see you in Quick Add, a feature that makes it easier to find and add friends. Note: It could take up to 72 hours for any change to this setting to take effect.',
          ),
        ],
      }),
      item('friend-list', PARENTS, { ...app, evidence: [knownInRealLife, byDefaultFriends, locationOff] }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'snapchat',
    contexts: ['safety'],
    version: READ,
    items: [
      item('block-and-report', BLOCK, {
        ...app,
        evidence: [
          addedMe,
          quoted(BLOCK_URL, 'en', READ, ['path', 'claim'], "Press 'Block' to prevent them from sending you Snaps, Chats, or from viewing your Stories.", OLD_SUPPORT),
          quoted(
            PARENTS_URL,
            'en',
            READ,
            ['claim'],
            'On Family Centre, parents can also easily and confidentially report any concerns directly to our Trust and Safety team, who work around the clock to help keep Snapchatters safe.',
          ),
        ],
      }),
      item('two-factor', TWO_FACTOR, {
        ...app,
        evidence: [
          quoted(TWO_FACTOR_URL, 'en', READ, ['path'], 'Tap ⚙️ in My Profile to open Settings Tap ‘Two-Factor Authentication’', 'the steps of a bulleted list, joined'),
        ],
      }),
      item('family-center-where', PARENTS, { ...app, evidence: [parentAccount] }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'snapchat',
    contexts: ['messaging'],
    version: READ,
    items: [
      item('contact-me', FAQ, {
        ...app,
        evidence: [
          privacyControls,
          quoted(PRIVACY_URL, 'en', READ, ['path'], 'Who Can Contact Me: Choose who can contact you directly with Snaps, Chats, calls, etc.'),
          contactLimited,
        ],
      }),
      item('mutual-friends', FAQ, { ...app, evidence: [addedMe, contactLimited] }),
      item('new-friends', PARENTS, { evidence: [knownInRealLife] }),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'snapchat',
    contexts: ['account'],
    version: READ,
    items: [
      item('birthday', FAQ, {
        ...app,
        evidence: [
          MINIMUM_AGE,
          quoted(
            FAQ_URL,
            'en',
            READ,
            ['claim'],
            'To help prevent teens from circumventing these safeguards on Snapchat, we don’t allow 13-17- year-olds with existing Snapchat accounts to change their birth year to an age of 18 or above.',
          ),
        ],
      }),
      item('mobile-and-email', MOBILE_NUMBER, app),
      item('linked-devices', FORGET_DEVICE, {
        ...app,
        evidence: [
          quoted(
            FORGET_DEVICE_URL,
            'de',
            READ,
            ['path'],
            'Tippe unter „Meinen Account verwalten“ auf „Zwei-Faktor-Authentifizierung“. Tippe auf „Gerät vergessen“.',
            'the German edition; two steps of a bulleted list, joined',
          ),
        ],
      }),
      item('connected-apps', CONNECTED_APPS, {
        ...app,
        evidence: [
          quoted(
            CONNECTED_APPS_URL,
            'fr',
            READ,
            ['path'],
            'Appuyez sur votre icône de profil et appuyez sur ⚙️ pour ouvrir les Paramètres Appuyez sur « Applications reliées » Appuyez sur l’application que vous souhaitez supprimer Appuyez sur « Supprimer » en bas au milieu de l’écran',
            'the French edition; the steps of a bulleted list, joined',
          ),
          quoted(
            SNAP_KIT_URL,
            'en',
            READ,
            ['claim'],
            'If you haven’t opened a connected app or website in 90 days, we’ll remove its access, but you may need to contact the developer if you have questions about any data that has already been shared.',
          ),
        ],
      }),
      item('my-data', MY_DATA, {
        evidence: [
          quoted(
            MY_DATA_URL,
            'en',
            READ,
            ['path', 'claim'],
            'you can visit, click ‘My Data,’ and then click ‘Submit Request.’ We’ll prepare a copy of your account information and let you know when it’s ready for you to download.',
            'the link to the accounts portal was not kept in the stored text ("you can visit, click")',
          ),
        ],
      }),
      item('delete-account', REACTIVATE, {
        evidence: [
          quoted(
            REACTIVATE_URL,
            'hi',
            READ,
            ['claim'],
            'निष्क्रिय कर दिए Snapchat अकाउंट को फिर से रीएक्टिवेट करने के लिए आपके पास 30 दिनों का समय है इससे पहले कि इसे स्थायी रूप से हटाने के लिए शिड्यूल कर दिया जाए।',
            'the Hindi edition: 30 days to reactivate a deactivated account before it is scheduled for permanent deletion',
          ),
        ],
      }),
      item('parent-privacy-request', PARENT_REQUEST),
    ],
  },
  {
    platform: 'snapchat',
    contexts: ['supervision'],
    version: READ,
    items: [
      item('family-center-shows', FAMILY_CENTER, {
        evidence: [
          quoted(
            FAMILY_CENTER_URL,
            'da',
            READ,
            ['claim'],
            "Seneste samtaler viser din teenagers fem seneste samtaler; tryk på 'Vis alle seneste' for at se alle samtaler i de sidste 7 dage.",
            DANISH,
          ),
          quoted(FAMILY_CENTER_URL, 'da', READ, ['claim'], 'Se din teenagers eksisterende venner og eventuelle nye venner, de har tilføjet', DANISH),
        ],
      }),
      item('family-center-does-not-show', FAMILY_CENTER, {
        evidence: [quoted(FAMILY_CENTER_URL, 'da', READ, ['claim'], 'Se, hvem din teenager har chattet med for nylig, uden at læse beskederne', DANISH)],
      }),
      item('family-center-content', FAMILY_CENTER, {
        ...app,
        evidence: [
          quoted(FAMILY_CENTER_URL, 'da', READ, ['claim'], 'Begræns følsomt indhold og stop My AI fra at svare din teenager', DANISH),
          quoted(
            FAMILY_CENTER_URL,
            'da',
            READ,
            ['path'],
            'Indstillinger giver dig mulighed for at administrere din teenagers oplevelse på Snapchat',
            `${DANISH}; "Settings" inside Family Center`,
          ),
        ],
      }),
      item('family-center-location', FAMILY_CENTER, {
        ...app,
        evidence: [
          quoted(FAMILY_CENTER_URL, 'da', READ, ['claim'], 'Anmod om din teenagers placering, så du kan se dem på Snapkort(et)', DANISH),
          quoted(
            FAMILY_CENTER_URL,
            'da',
            READ,
            ['claim'],
            'Opsæt Sted-advarsler, der sender dig notifikationer, når din teen sikkert ankommer til eller forlader vigtige steder som hjem eller skole',
            DANISH,
          ),
        ],
      }),
      item('family-center-set-up', PARENTS, { ...app, evidence: [parentAccount] }),
      item('family-center-report', FAMILY_CENTER, {
        evidence: [quoted(FAMILY_CENTER_URL, 'da', READ, ['claim'], 'Indberet konti til vores sikkerhedsteams', DANISH)],
      }),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
]);
