// Facebook checklists for a child's account: privacy, safety, messaging and account pages.
// Group and Page checklists for staff are in facebook-groups.ts. Facebook's help articles were read
// in copies that Meta serves from lookaside.fbsbx.com, its own mirror of facebook.com/help: the
// passages are recorded under the article's facebook.com address, with a note saying where the
// copy was read (an upload host is never cited as a source).
import { cite, item, quoted } from './build';
import { TWO_FACTOR_CLAIM } from './instagram';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import { firstInFamilyLists, underMinimumAge } from './shared/minimum-age';
import type { Checklist } from './types';

const READ = '2026-12-04';
const EARLIER = '2026-11-21';
/** Where a Facebook help passage was read: Meta's mirror of the article. */
export const MIRROR = (help: string) => `read in the stored copy of this article that Meta serves from lookaside.fbsbx.com/help/${help}`;
/** The article's own address, under which its passages are recorded. */
export const facebookHelp = (help: string) => `https://www.facebook.com/help/${help}`;

const FAMILY_CENTER_URL = 'https://familycenter.meta.com/our-products/facebook-messenger';
export const FAMILY_CENTER = cite(FAMILY_CENTER_URL, 'Meta Family Center: Facebook and Messenger tools for parents', READ);
const MESSAGE_CONTROL_URL = 'https://www.messenger.com/help/2258699540867663/?helpref=related_articles';
export const MESSAGE_CONTROL = cite(MESSAGE_CONTROL_URL, 'Messenger Help Centre: control who can message you on Messenger', READ);
const DEFAULT_AUDIENCE_URL = facebookHelp('336801584336688');
const DEFAULT_AUDIENCE = cite(
  'https://www.facebook.com/help/336801584336688',
  'Facebook Help Centre: how do I set a default audience for my posts on Facebook?',
  READ,
);
const INTERNET_MATTERS = cite(
  'https://www.internetmatters.org/parental-controls/social-media/facebook/',
  'Internet Matters: Facebook safety and privacy settings',
  READ,
);
export const FACEBOOK_TWO_FACTOR = cite(
  'https://www.facebook.com/help/148233965247823',
  'Facebook Help Centre: how two-factor authentication works on Facebook',
  EARLIER,
);
// Read in a proxied copy of the page: it names the Download Your Information tool and deletion.
const YOUR_INFORMATION = cite(
  'https://www.facebook.com/help/contact/507739850846588',
  'Facebook: access, download and delete your information',
  READ,
);

/** Meta Family Center on Facebook and Messenger, quoted by Messenger and Family Center items too. */
export const FC_BLOCK = quoted(FAMILY_CENTER_URL, 'en', READ, ['claim'],
  'Blocking someone (on Facebook or Messenger) to prevent unwanted conversations or future interactions');
export const FC_RESTRICT = quoted(FAMILY_CENTER_URL, 'en', READ, ['claim'],
  'Restricting people (on Facebook or Messenger) to limit the the level of visibility and interaction you have with certain people');
export const FC_REPORT = quoted(FAMILY_CENTER_URL, 'en', READ, ['claim'],
  'Reporting content or accounts that violate our guidelines and standards');
export const FC_TEEN_CHATS = quoted(FAMILY_CENTER_URL, 'en', READ, ['claim', 'default'],
  'To help keep young people safe, we restrict adults over 18 from starting private chats with teens they\'re not connected to on Messenger and have even stricter default message settings for teens under 16.');
export const FC_TEEN_ACCOUNTS = quoted(FAMILY_CENTER_URL, 'en', READ, ['claim', 'default'],
  'Soon, teens on Facebook and Messenger will automatically be placed in Teen Accounts, which have updated settings that limit who can contact them and the content they see. Teens under 16 will need parental permission to change these settings.',
  'copy from before the Teen Accounts reached Facebook and Messenger ("Soon")');
const FC_TEEN_AUDIENCE = quoted(FAMILY_CENTER_URL, 'en', READ, ['default'],
  'Some protections are automatically enabled. With Teen Accounts, the following audience settings will automatically be set to Friends:',
  'the stored copy drops the list of settings that follows');
export const FC_LATEST_APP = quoted(FAMILY_CENTER_URL, 'en', READ, ['claim'],
  'Please ensure you have downloaded the latest version of the app to use supervision tools.');
export const FC_SHOWS = quoted(FAMILY_CENTER_URL, 'en', READ, ['claim'],
  'See who your teen’s friends and contacts are\n  • See who and what your teen has blocked\n  • See who can message your teen or view their stories');

/** Messenger's help on message delivery, the setting Facebook's messages use. */
export const MS_DELIVERY_PATH = quoted(MESSAGE_CONTROL_URL, 'en', READ, ['path'],
  'Click your profile picture in the bottom left, then click Preferences.\n  3. Tap Privacy & safety.\n  4. Tap Message delivery.');
export const MS_DELIVERY_CHOICE = quoted(MESSAGE_CONTROL_URL, 'en', READ, ['claim'],
  'Choose to deliver their messages to your Chats list or to your message requests folder. Or, tap Don’t receive requests to stop receiving their messages entirely.');
export const MS_PHONE = quoted(MESSAGE_CONTROL_URL, 'en', READ, ['claim'],
  'People on Facebook with your phone number in their phone’s contact list. Keep in mind that someone with your phone number does not need to be a Facebook friend to reach you.');
export const MS_REQUESTS = quoted(MESSAGE_CONTROL_URL, 'en', READ, ['claim'],
  'Anyone else you haven’t chatted with before can only send you message requests and can’t call you unless you reply to their message request.');

const UNDERAGE_URL = 'https://www.facebook.com/help/contact/209046679279097';
const OVER_HTTP = 'stored copy of the form fetched over http';
/** For a child under 13: Facebook deletes the account when it learns of it. */
const TOO_YOUNG = underMinimumAge(13, cite(UNDERAGE_URL, 'Facebook Help Centre: report an underage child', READ), [
  quoted(UNDERAGE_URL, 'en', READ, ['claim'], 'If you believe there is a child under the age of 13 using Facebook, please use this form to file a report.', OVER_HTTP),
  quoted(UNDERAGE_URL, 'en', READ, ['claim'],
    "If you're reporting a child's account registered under a false date of birth, and the child’s age is reasonably verifiable as under 13, we will promptly delete the account.", OVER_HTTP),
]);

export const facebookChecklists: Checklist[] = firstInFamilyLists(TOO_YOUNG, [
  {
    platform: 'facebook',
    contexts: ['privacy'],
    version: READ,
    items: [
      item('future-posts-audience', DEFAULT_AUDIENCE, {
        deepLink: 'https://www.facebook.com/settings?tab=privacy',
        evidence: [
          quoted(DEFAULT_AUDIENCE_URL, 'en', READ, ['path'],
            'On the left, click Privacy.\n  5. In Your Activity, next to Who can see your future posts?, click Edit.',
            `${MIRROR('336801584336688')}; an older computer layout (Settings › Privacy › Your Activity)`),
          quoted(DEFAULT_AUDIENCE_URL, 'en', READ, ['claim'],
            'You can change a specific post’s audience with the audience selector without changing the audience of your future posts.',
            MIRROR('336801584336688')),
        ],
      }),
      item('teen-audience', FAMILY_CENTER, { evidence: [FC_TEEN_AUDIENCE, FC_TEEN_ACCOUNTS] }),
      item('restrict', FAMILY_CENTER, { evidence: [FC_RESTRICT] }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'facebook',
    contexts: ['safety'],
    version: READ,
    items: [
      item('blocking', INTERNET_MATTERS, { deepLink: 'https://www.facebook.com/settings?tab=blocking', evidence: [FC_BLOCK] }),
      item('two-factor', FACEBOOK_TWO_FACTOR, {
        deepLink: 'https://accountscenter.facebook.com/password_and_security',
        evidence: [TWO_FACTOR_CLAIM],
      }),
      item('report', INTERNET_MATTERS, { evidence: [FC_REPORT] }),
      item('family-center', FAMILY_CENTER, { evidence: [FC_SHOWS, FC_LATEST_APP] }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'facebook',
    contexts: ['messaging'],
    version: READ,
    items: [
      // Facebook's messages are Messenger's: Meta's Messenger help speaks for them.
      item('message-delivery', MESSAGE_CONTROL, { evidence: [MS_DELIVERY_PATH, MS_DELIVERY_CHOICE] }),
      item('message-requests', MESSAGE_CONTROL, { evidence: [MS_REQUESTS] }),
      item('phone-contacts', MESSAGE_CONTROL, { evidence: [MS_PHONE] }),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'facebook',
    contexts: ['account'],
    version: READ,
    items: [
      item('birthday', FAMILY_CENTER, { evidence: [FC_TEEN_ACCOUNTS, FC_TEEN_CHATS] }),
      item('download-information', YOUR_INFORMATION, { deepLink: 'https://www.facebook.com/dyi' }),
      item('delete-account', YOUR_INFORMATION),
    ],
  },
]);
