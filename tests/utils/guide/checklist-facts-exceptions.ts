// Checklist items that do not meet the evidence rules yet (2026-12-04), by "platform/id". These lists
// only shrink: tests/utils/guide/checklist-facts.test.ts fails on a new breach and on an entry that
// no longer applies. Fix the item (an official source, a quoted passage), then delete its line.
import type { Exceptions } from '../../support/listed-exceptions';

/** cite() on neither the platform's domains nor a recognised child-safety body's: "platform/id" → host. */
export const CITED_ELSEWHERE: Exceptions = {
  'classdojo/group-recheck-after-updates': 'new.devon.gov.uk',
  'classdojo/group-tell-newcomers': 'new.devon.gov.uk',
  'discord/group-recheck-after-updates': 'new.devon.gov.uk',
  'discord/group-service-account': 'new.devon.gov.uk',
  'discord/group-tell-newcomers': 'new.devon.gov.uk',
  'facebook/group-no-sensitive-groups': 'new.devon.gov.uk',
  'facebook/group-recheck-after-updates': 'new.devon.gov.uk',
  'facebook/group-tell-newcomers': 'new.devon.gov.uk',
  'facebook/page-recheck-after-updates': 'new.devon.gov.uk',
  'facebook/page-sign-posts': 'new.devon.gov.uk',
  'linkedin/group-no-sensitive-groups': 'new.devon.gov.uk',
  'linkedin/group-recheck-after-updates': 'new.devon.gov.uk',
  'linkedin/group-tell-newcomers': 'new.devon.gov.uk',
  'linkedin/page-recheck-after-updates': 'new.devon.gov.uk',
  'linkedin/page-sign-posts': 'new.devon.gov.uk',
  'seesaw/group-recheck-after-updates': 'new.devon.gov.uk',
  'seesaw/group-tell-newcomers': 'new.devon.gov.uk',
  'twitch/blocked-users': 'nmdoj.gov',
  'twitch/connections': 'www.streamthreats.com',
  'twitch/contact-details': 'noided.org',
  'twitch/content-labels': 'nettkompass.pages.dev',
  'twitch/download-data': 'www.streamthreats.com',
  'twitch/extra-accounts': 'nmdoj.gov',
  'twitch/gifts': 'nmdoj.gov',
  'twitch/page-recheck-after-updates': 'new.devon.gov.uk',
  'twitch/page-service-account': 'new.devon.gov.uk',
  'twitch/past-broadcasts': 'nmdoj.gov',
  'twitch/profile-bio': 'nmdoj.gov',
  'twitch/two-factor': 'nmdoj.gov',
  'twitch/whispers': 'nmdoj.gov',
  'whatsapp/group-no-sensitive-groups': 'new.devon.gov.uk',
  'whatsapp/group-tell-newcomers': 'new.devon.gov.uk',
  'youtube/page-recheck-after-updates': 'new.devon.gov.uk',
  'youtube/page-service-account': 'new.devon.gov.uk',
  'yubo/live-streams': 'online.flippingbook.com',
};

/** The legacy pathConfirmed flag with no official passage behind it. */
export const FLAGGED_WITHOUT_PASSAGE: Exceptions = {};

/** A source title that names one of our seed documents: "platform/id" → title. */
export const SEED_TITLES: Exceptions = {};
