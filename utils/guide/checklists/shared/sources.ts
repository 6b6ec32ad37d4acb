// Sources shared by several checklists: pages behind the shared advice (recognised child-safety
// bodies) and the public documents some ideas came from. Titles name the page, never an internal
// seed number.
import { cite, quoted } from '../build';

/** The Devon pilot (the project's seed 002): a 2012 public post; Facebook has changed since, see the items. */
export const DEVON_PILOT = cite(
  'https://new.devon.gov.uk/reworkdevon/2012/11/16/social-media-and-devons-childrens-centres/',
  'Social Media and Devon’s Children’s Centres, Devon County Council, 2012',
  '2026-11-21',
);

/** The day the passages below were read in the stored copies of these bodies' pages. */
const READ = '2026-12-04';

const PASSPORT_URL = 'https://www.ofcom.org.uk/about-ofcom/latest/features-and-news/digital-passport-to-help-care-experienced-children-online';
/** The UKCIS Digital Passport (the project's seed 003), as announced by Ofcom on 20 May 2021. */
export const DIGITAL_PASSPORT = cite(PASSPORT_URL, 'Ofcom: Digital Passport launched to help children in care online (UKCIS)', READ);
export const DIGITAL_PASSPORT_AGREEMENTS = quoted(PASSPORT_URL, 'en-GB', READ, ['advice'],
  'The Digital Passport can be used as a way of discussing views, feelings and experiences around a child’s digital life and recording agreements made, as well as checking whether they are still working for the child.',
  'An announcement dated 20 May 2021.');

const NSPCC_PHOTOS_URL = 'https://learning.nspcc.org.uk/research-resources/briefings/photography-sharing-images-guidance';
/** NSPCC Learning: photography and sharing images (the stored copy was last updated on 20 May 2022). */
export const NSPCC_PHOTOS = cite(NSPCC_PHOTOS_URL, 'NSPCC Learning: photography and sharing images guidance', READ);
export const NSPCC_PHOTOS_TRACED = quoted(NSPCC_PHOTOS_URL, 'en-GB', READ, ['advice'],
  'if a child and/or their family have experienced abuse they may worry about the perpetrator tracing them online',
  'One of the examples the page gives of families who may not want images shared.');
export const NSPCC_PHOTOS_IDENTIFIABLE = quoted(NSPCC_PHOTOS_URL, 'en-GB', READ, ['advice'],
  'children may become vulnerable to grooming if a photograph is shared alongside information that makes them identifiable. This includes: personal details; a tag with location information; visual details such as a school uniform');

const NSPCC_PHOTO_POLICY_URL = 'https://learning.nspcc.org.uk/research-resources/briefings/photography-sharing-images-guidance/';
/** The same guidance in its 2018 version, which speaks to schools and clubs. */
export const NSPCC_PHOTO_POLICY = cite(NSPCC_PHOTO_POLICY_URL, 'NSPCC Learning: photography and sharing images guidance (for schools, clubs and organisations)', READ);
export const NSPCC_PHOTO_POLICY_PASSAGE = quoted(NSPCC_PHOTO_POLICY_URL, 'en-GB', READ, ['advice'],
  'Schools, clubs and organisations should develop a photography policy to use for images of children and young people that are going to be used in publications, websites and social networking sites.',
  'The stored copy was last updated on 04 Sep 2018; the 2022 copy at the address without the final slash says the same about organisations in other words.');

const UKSIC_CARERS_URL = 'https://www.saferinternet.org.uk/advice-centre/foster-carers-and-adoptive-parents';
export const UKSIC_CARERS = cite(UKSIC_CARERS_URL, 'UK Safer Internet Centre: advice for foster carers and adoptive parents', READ);
export const UKSIC_ASK_SOCIAL_WORKER = quoted(UKSIC_CARERS_URL, 'en-GB', READ, ['advice'],
  'It can help to ask your social worker if the young person has a history of any online harm or risk (eg bullying, self-harm, grooming or sexual abuse).');
export const UKSIC_REPORTING = quoted(UKSIC_CARERS_URL, 'en-GB', READ, ['advice'],
  'Discuss the importance of reporting inappropriate conversations, messages, images and behaviours and how this can be done.');

const IWF_RULES_URL = 'https://talk.iwf.org.uk/?p=88';
export const IWF_FAMILY_RULES = cite(IWF_RULES_URL, 'Internet Watch Foundation (TALK): a family agreement about going online', READ);
export const IWF_RULES_TOGETHER = quoted(IWF_RULES_URL, 'en-GB', READ, ['advice'],
  'Being involved in setting the ‘rules’ will help your child feel that their opinion matters and that they have a say.');
