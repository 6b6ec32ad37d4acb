// Threads checklists for a child's account, account page included (threads.com, formerly
// threads.net). No Threads help page was found in the stored copies: the advice comes from the
// UK Safer Internet Centre's guide for parents, and from Instagram's and Meta's own pages for
// what Threads shares with them. A child-safety body gives the advice, never a menu path.
import { cite, item, quoted } from './build';
import { ACCOUNTS_CENTRE, META_SECURITY_URL, TEEN_AGE, TEEN_PRIVATE, TWO_FACTOR_CLAIM } from './instagram';
import { carerContactsAgreed, carerNoWhereabouts, carerPhotosAgreed, carerRecordAndTell } from './shared/carer';
import type { Checklist } from './types';

const READ = '2026-12-04';
const GUIDE_URL = 'https://saferinternet.org.uk/blog/threads-a-guide-for-parents-and-carers';
const GUIDE = cite(GUIDE_URL, 'UK Safer Internet Centre: Threads, a guide for parents and carers (4 August 2023)', READ);
const guide = (quote: string) => quoted(GUIDE_URL, 'en', READ, ['advice'], quote, 'written at the launch of Threads, in 2023');
const SECURE_ACCOUNT = cite(META_SECURITY_URL, 'Meta Safety Center: secure your account on any Meta technology', READ);
const INSTAGRAM_TEEN_SETTINGS = cite(
  'https://help.instagram.com/3237561506542117',
  'Instagram Help Centre: about Instagram teen privacy and safety settings',
  READ,
);
const REPLIES_AND_MENTIONS = guide('Additionally, users have control over who can mention them or reply to their threads.');

export const threadsChecklists: Checklist[] = [
  {
    platform: 'threads',
    contexts: ['privacy'],
    version: READ,
    items: [
      item('private-profile', GUIDE, {
        evidence: [guide('For users under 18 in the UK, Threads automatically sets accounts to a private profile, which limits activity and visibility to followers in a lot of cases.')],
      }),
      item('profile-details', GUIDE, {
        evidence: [guide('This integration allows your Instagram profile to carry over, including your username, verification details, and follower information. However, users can tailor their Threads profile to be different to their Instagram if they desire.')],
      }),
      item('same-as-instagram', GUIDE, {
        evidence: [guide('Meta has integrated Instagram’s existing suite of safety features into Threads.')],
      }),
      carerPhotosAgreed,
      carerNoWhereabouts,
    ],
  },
  {
    platform: 'threads',
    contexts: ['safety'],
    version: READ,
    items: [
      item('block-or-restrict', GUIDE, { evidence: [guide('The app also allows users to unfollow, block, restrict')] }),
      item('two-factor', SECURE_ACCOUNT, { evidence: [TWO_FACTOR_CLAIM] }),
      item('login-alerts', SECURE_ACCOUNT, {
        evidence: [quoted(META_SECURITY_URL, 'en', READ, ['claim'],
          'You can choose to receive an alert when someone tries logging in to your account from a device we don\'t recognize.')],
      }),
      carerRecordAndTell,
    ],
  },
  {
    platform: 'threads',
    contexts: ['messaging'],
    version: READ,
    items: [
      item('replies-and-quotes', GUIDE, { evidence: [REPLIES_AND_MENTIONS] }),
      item('mentions', GUIDE, { evidence: [REPLIES_AND_MENTIONS] }),
      item('hidden-words', GUIDE, {
        evidence: [guide('Similarly to Instagram, Threads offers the ability to add hidden words to filter out replies that may contain harmful or irrelevant content.')],
      }),
      carerContactsAgreed,
    ],
  },
  {
    platform: 'threads',
    contexts: ['account'],
    version: READ,
    items: [
      item('instagram-birthday', INSTAGRAM_TEEN_SETTINGS, { evidence: [TEEN_AGE, TEEN_PRIVATE] }),
      item('download-information', ACCOUNTS_CENTRE),
      item('deactivate-or-delete', ACCOUNTS_CENTRE),
    ],
  },
];
