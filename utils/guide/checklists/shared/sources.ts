// Sources shared by several checklists: the documents the advice started from and fostering
// services' guidance. Each was looked up with its date.
import { cite } from '../build';

/** Devon's children's centres on Facebook: a 2012 pilot (Facebook has changed since, see the items). */
export const DEVON_PILOT = cite(
  'https://new.devon.gov.uk/reworkdevon/2012/11/16/social-media-and-devons-childrens-centres/',
  'Social Media and Devon’s Children’s Centres, Devon County Council, 2012',
  '2026-11-21',
);

/** The UKCIS Digital Passport, as announced by Ofcom on 20 May 2021. */
export const DIGITAL_PASSPORT = cite(
  'https://www.ofcom.org.uk/about-ofcom/latest/features-and-news/digital-passport-to-help-care-experienced-children-online',
  'Ofcom: Digital Passport launched to help children in care online (UKCIS)',
  '2026-11-21',
);

export const FOSTER_PHOTOS_POLICY = cite(
  'https://i-space.org.uk/social-media-and-photographs-of-children',
  'i-Space fostering: social media and photographs of children in foster care',
  '2026-11-21',
);

export const FOSTER_SOCIAL_NETWORKING = cite(
  'https://www.i-space.org.uk/social-networking-guidance-for-foster-parents/',
  'i-Space fostering: social networking guidance for foster parents',
  '2026-11-21',
);

export const FOSTER_HANDBOOK_KENT = cite(
  'https://www.fosteringhandbook.com/kent/internet.html',
  'Kent fostering handbook: internet, photographs and mobile phones',
  '2026-11-21',
);

export const FOSTER_HANDBOOK_HARINGEY = cite(
  'https://www.fosteringhandbook.com/haringey/internet.html',
  'Haringey fostering handbook: internet, photographs and mobile phones',
  '2026-11-21',
);

export const TRUST_NOT_SURVEILLANCE = cite(
  'https://sparkandstitchinstitute.com/build-trust-parental-controls/',
  'Spark & Stitch Institute: building trust with parental controls',
  '2026-11-21',
);
