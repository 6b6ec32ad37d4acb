// Helpline entries whose sources are not yet all on their official domains (2026-12-04: none left): entry id →
// the hosts elsewhere, sorted (every host while the entry declares no officialDomains). This list
// only shrinks: tests/utils/help/helplines-facts.test.ts fails on a new breach and on an entry that
// no longer applies as written. Replace the source by the service's or the government's own page,
// then delete or shorten the line.
import type { Exceptions } from '../../support/listed-exceptions';

export const SOURCES_ELSEWHERE: Exceptions = {};
