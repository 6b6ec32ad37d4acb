// Discord checklists for a child's account: privacy and safety, messaging, account (My Account and
// the neighbouring tabs of the settings layer), and Family Center.
// Server (guild) settings for staff are in discord-groups.ts.
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

const VERSION = '2026-12-04';
/** The day the passages below were read in the stored copies of Discord's pages. */
const READ = '2026-12-04';

const BLOCKING_URL = 'https://support.discord.com/hc/en-us/articles/217916488-Blocking-Privacy-Settings';
const BLOCKING_HI_URL =
  'https://support.discord.com/hc/hi-in/articles/217916488-%E0%A4%AC-%E0%A4%B2%E0%A5%89%E0%A4%95%E0%A4%BF%E0%A4%82%E0%A4%97-%E0%A4%94%E0%A4%B0-%E0%A4%AA-%E0%A4%B0%E0%A4%BE%E0%A4%87%E0%A4%B5%E0%A5%87%E0%A4%B8%E0%A5%80-%E0%A4%B8%E0%A5%87%E0%A4%9F%E0%A4%BF%E0%A4%82%E0%A4%97-%E0%A4%B8';
const BLOCKING_AND_PRIVACY = cite(BLOCKING_URL, 'Discord Support: blocking and privacy settings', READ);
const TEEN_URL = 'https://discord.com/safety/360044153831-helping-your-teen-stay-safe-on-discord';
const HELPING_TEENS = cite(TEEN_URL, 'Discord Safety Center: helping your teen stay safe on Discord', READ);
const DATA_PACKAGE_URL = 'https://support.discord.com/hc/en-us/articles/360004957991';
const DATA_PACKAGE = cite(DATA_PACKAGE_URL, 'Discord Support: your Discord data package', READ);
const DELETE_URL = 'https://support.discord.com/hc/en-us/articles/212500837-How-do-I-permanently-delete-my-account?page=1';
const DELETE_ACCOUNT = cite(DELETE_URL, 'Discord Support: how do I permanently delete my account?', READ);
const MESSAGE_REQUESTS_URL = 'https://support.discord.com/hc/en-us/articles/7924992471191-Message-Requests';
const MESSAGE_REQUESTS = cite(MESSAGE_REQUESTS_URL, 'Discord Support: message requests', READ);
const TWO_FACTOR_URL = 'https://support.discord.com/hc/en-us/articles/219576828-Setting-up-Two-Factor-Authentication';
const TWO_FACTOR = cite(TWO_FACTOR_URL, 'Discord Support: setting up two-factor authentication', READ);
const REPORTING_URL = 'https://discord.com/moderation/360058643194-104:-How-to-Report-Content-to-Discord';
const REPORTING = cite(REPORTING_URL, 'Discord Moderator Academy: how to report content to Discord', READ);
const FAMILY_CENTER_LINK = 'https://discord.com/feature/family-center';

const PRIVACY_AND_SAFETY_MENU = quoted(BLOCKING_URL, 'en', READ, ['path'],
  'Here you have various settings for sensitive media, DM spam filtering, server privacy default settings and more.');
const SETTINGS_IN_PRIVACY_AND_SAFETY = quoted(TEEN_URL, 'en', READ, ['path'],
  'These settings can be controlled by going into User Settings and selecting the Privacy & Safety section.');

const evidence = {
  friendRequests: [
    quoted(BLOCKING_URL, 'en', READ, ['path'],
      'To find this menu, open up your User Settings and select the Friend Requests tab.',
      'Newer apps may group these switches under Content & Social; the support page still names the Friend Requests tab.'),
  ],
  sensitiveMedia: [
    SETTINGS_IN_PRIVACY_AND_SAFETY,
    PRIVACY_AND_SAFETY_MENU,
    quoted(TEEN_URL, 'en', READ, ['default'],
      'Discord will block image-based media that may be sensitive in direct messages (DMs) from non-friends and blur that content in DMs from friends, group direct messages (GDMs), and servers for teens.'),
  ],
  dmSpamFilter: [SETTINGS_IN_PRIVACY_AND_SAFETY, PRIVACY_AND_SAFETY_MENU],
  block: [
    quoted(BLOCKING_URL, 'en', READ, ['path'],
      "In your DM chat, selecting the @Username will bring up the user's profile! You can press the three dots in the top right to pull up a menu that will let you block the user."),
  ],
  serverDms: [
    PRIVACY_AND_SAFETY_MENU,
    quoted(BLOCKING_URL, 'en', READ, ['path', 'claim'],
      'You can toggle off the Allow direct messages from server members setting to block DMs from users in your servers who aren’t on your friends list.'),
    quoted(BLOCKING_URL, 'en', READ, ['default'],
      'By default, whenever you’re in a server with someone else, they can send you a direct message (DM).'),
  ],
  existingServers: [
    quoted(BLOCKING_HI_URL, 'hi', READ, ['path'],
      'प्राइवेसी सेटिंग्स का पहला पार्ट प्राइवेसी सेटिंग्स मेन्यू है. सर्वर के नाम के आगे छोटा से डाउन एरो पर क्लिक करें और आपको यह ड्रॉप-डाउन मेन्यू विंडो मिलेगी:',
      'The Hindi version of the blocking and privacy article, translated from an older English text: the server name’s menu holds Privacy Settings.'),
    quoted(BLOCKING_HI_URL, 'hi', READ, ['path', 'claim'],
      'इस ऑप्शन को सलेक्ट/डीसलेक्ट करने से आप उस सर्वर के यूज़र के DM (डायरेक्ट मैसेज) ब्लॉक कर सकते हैं जो आपकी फ्रेंड्स लिस्ट में नहीं हैं.'),
    quoted(BLOCKING_URL, 'en', READ, ['claim'],
      'If you select "No" you’ll need to adjust your DM settings individually for each server that you have joined prior to toggling this setting off.'),
  ],
  accountEmail: [
    quoted(DATA_PACKAGE_URL, 'en', READ, ['claim'],
      "We'll send a data package to the email address associated with your Discord account."),
  ],
  dataPackage: [
    quoted(DATA_PACKAGE_URL, 'en', READ, ['path'], 'Select the Data & Privacy tab and scroll to Request your data.'),
    quoted(DATA_PACKAGE_URL, 'en', READ, ['claim'],
      'You’ll receive a confirmation stating you should receive your data package within 30 days.'),
  ],
  deleteAccount: [
    quoted(DELETE_URL, 'en', READ, ['path'], 'User Settings -> My Account -> Account Removal -> Delete Account'),
    quoted(DELETE_URL, 'en', READ, ['claim'],
      "If you're a server owner, you'll need to either delete the server, or transfer ownership."),
  ],
  twoFactor: [
    quoted(TWO_FACTOR_URL, 'en', READ, ['claim'],
      'Two-Factor Authentication (2FA for short) is a good way to add an extra layer of security to your Discord account to make sure that only you have the ability to log in.'),
    quoted(TWO_FACTOR_URL, 'en', READ, ['claim'],
      'You\'ll directly land on "My Account", which will offer Two-Factor Authentication right underneath your username/avatar/email info.',
      'An older layout: it confirms My Account, not the Password and Authentication section named in the path.'),
  ],
  report: [
    quoted(REPORTING_URL, 'en', READ, ['claim'],
      "Content that breaks the Discord Community Guidelines should be reported to Discord's Trust & Safety team."),
  ],
  messageRequests: [
    quoted(MESSAGE_REQUESTS_URL, 'en', READ, ['claim'],
      'If someone you are not friends with sends you a direct message (DM), Discord may filter that DM into a separate “Message Requests” folder.',
      'The stored copy describes message requests as an experiment and names User Settings › Privacy & Safety › Direct Message Requests; newer apps are reported to group them under Content & Social.'),
    quoted(MESSAGE_REQUESTS_URL, 'en', READ, ['claim'],
      'You will need to approve the message request before being able to chat directly with the message requestor.'),
  ],
  familyCenter: [
    quoted(TEEN_URL, 'en', READ, ['claim'],
      "Family Center gives you visibility into your teen's Discord activity to support ongoing discussions."),
  ],
};

const BIRTHDAY_HI_URL =
  'https://support.discord.com/hc/hi-in/articles/360040724612-Discord-%E0%A4%AE%E0%A5%87%E0%A4%B0%E0%A5%87-%E0%A4%AC%E0%A4%B0-%E0%A4%A5%E0%A5%9C%E0%A5%87-%E0%A4%95%E0%A5%87-%E0%A4%AC%E0%A4%BE%E0%A4%B0%E0%A5%87-%E0%A4%AE%E0%A5%87%E0%A4%82-%E0%A4%95-%E0%A4%AF%E0%A5%8B%E0%A4%82-%E0%A4%9C%E0%A4%BE%E0%A4%A8%E0%A4%A8%E0%A4%BE-%E0%A4%9A%E0%A4%BE%E0%A4%B9%E0%A4%A4%E0%A4%BE-%E0%A4%B9%E0%A5%88';
/** For a child under 13: Discord's minimum age, higher in some countries (its own list). */
const TOO_YOUNG = underMinimumAge(
  13,
  cite(BIRTHDAY_HI_URL, 'Discord Support: why does Discord want to know my birthday? (Hindi edition)', READ),
  [
    quoted(BIRTHDAY_HI_URL, 'hi', READ, ['claim'],
      'सभी देशों के लिए जो नीचे दिए गए लिस्ट में नहीं है, हमारे ऐप या वेबसाइट को एक्सेस करने के लिए 13 वर्ष न्यूनतम आयु है.',
      'the Hindi edition (the English copy was not stored): 13 in every country not listed; the list below it gives higher ages, e.g. France 15+, Germany 16+, Ireland 16+, Italy 14+, Austria 14+'),
  ],
);

export const discordChecklists: Checklist[] = firstInFamilyLists(TOO_YOUNG, [
  {
    platform: 'discord',
    contexts: ['privacy'],
    version: VERSION,
    items: [
      item('friend-requests', BLOCKING_AND_PRIVACY, { evidence: evidence.friendRequests }),
      item('sensitive-media', HELPING_TEENS, {
        evidence: evidence.sensitiveMedia,
        // Discord's teen default: the parent checks it stayed on.
        variants: [{ ages: ['13-15', '16-17'], words: 'still-on', evidence: evidence.sensitiveMedia }],
      }),
      item('dm-spam-filter', BLOCKING_AND_PRIVACY, { evidence: evidence.dmSpamFilter }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'discord',
    contexts: ['safety'],
    version: VERSION,
    items: [
      item('block', BLOCKING_AND_PRIVACY, { evidence: evidence.block }),
      item('two-factor', TWO_FACTOR, { evidence: evidence.twoFactor }),
      item('report', REPORTING, { evidence: evidence.report }),
      item('family-center-where', HELPING_TEENS, { deepLink: FAMILY_CENTER_LINK, evidence: evidence.familyCenter }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'discord',
    contexts: ['messaging'],
    version: VERSION,
    items: [
      item('server-dms', BLOCKING_AND_PRIVACY, { evidence: evidence.serverDms }),
      item('existing-servers', BLOCKING_AND_PRIVACY, { evidence: evidence.existingServers }),
      item('message-requests', MESSAGE_REQUESTS, { evidence: evidence.messageRequests }),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'discord',
    contexts: ['account'],
    version: VERSION,
    items: [
      item('account-email', DATA_PACKAGE, { evidence: evidence.accountEmail }),
      item('data-package', DATA_PACKAGE, { evidence: evidence.dataPackage }),
      item('delete-account', DELETE_ACCOUNT, { evidence: evidence.deleteAccount }),
    ],
  },
  {
    platform: 'discord',
    contexts: ['supervision'],
    version: VERSION,
    items: [
      item('family-center-shows', HELPING_TEENS, { evidence: evidence.familyCenter }),
      item('family-center-does-not-show', HELPING_TEENS),
      item('family-center-controls', HELPING_TEENS),
      item('family-center-set-up', HELPING_TEENS, { deepLink: FAMILY_CENTER_LINK }),
      agreeTogether,
      carerSupervisionAgreed,
    ],
  },
]);
