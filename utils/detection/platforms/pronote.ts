// Pronote (Index Éducation): each school has its own instance, usually
// https://<school code>.index-education.net/pronote/ (parent.html, eleve.html, mobile.*.html);
// schools that host it themselves use their own domains, which no list can cover. The whole
// space is one single-page app and no preferences URL or stable settings marker is known
// (page-signals.md §7). Choice: the pack declares the one shared domain as `*.index-education.net`
// (a valid content-script match pattern) so the toolbar can name the platform, and has no settings
// page, so the content script is not injected on school hosts at all.
import type { RulePack } from './types';

export const pronote: RulePack = {
  id: 'pronote',
  hosts: ['*.index-education.net'],
  pages: [],
  notSettings: [
    'https://demo.index-education.net/pronote/mobile.eleve.html',
    'https://demo.index-education.net/pronote/parent.html',
    'https://0692866r.index-education.net/pronote/eleve.html',
  ],
};
