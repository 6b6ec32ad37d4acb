// The passport page's places, as URL fragments: `#child/<id>`, `#agreement/<id>`… so that the
// back button, a reload and a notification all land in the right place. The popup opens
// `#incident?url=<encoded>&at=<ISO time>` to start an incident about the tab it was opened on.
// Keeping the passport safe: `#export` (or `#export/<childId>`), `#import`, `#lock`,
// `#print` (or `#print/<childId>`), and `#move/<childId>` for a hand-over. Pure: parse and format only.
import type { IncidentPrefill } from './forms';

export type ChildSection = 'edit' | 'digital' | 'voice' | 'agreement/new' | 'incident/new' | 'celebration/new';

export type Route =
  | { view: 'home' }
  | { view: 'child-new'; prefill?: IncidentPrefill }
  | { view: 'child'; childId: string }
  | { view: 'child-section'; childId: string; section: ChildSection; prefill?: IncidentPrefill }
  | { view: 'agreement'; agreementId: string; edit?: boolean }
  | { view: 'incident'; incidentId: string }
  | { view: 'incident-start'; prefill: IncidentPrefill }
  | { view: 'export'; childId?: string }
  | { view: 'import' }
  | { view: 'lock' }
  | { view: 'print'; childId?: string }
  | { view: 'move'; childId: string }
  | { view: 'not-found' };

/** Places that work on the whole passport or, with an id, on one child. */
const SAFEKEEPING = ['export', 'print'] as const;

const SECTIONS: readonly ChildSection[] = ['edit', 'digital', 'voice', 'agreement/new', 'incident/new', 'celebration/new'];
// Ids are UUIDs made by the page or by an import: anything else in a fragment is not ours.
const ID = /^[A-Za-z0-9-]{1,64}$/;

function prefillFrom(query: URLSearchParams): IncidentPrefill | undefined {
  const url = query.get('url') ?? undefined;
  // A "+" of a time-zone offset left unencoded arrives as a space.
  const at = query.get('at')?.replace(/ /g, '+');
  const prefill: IncidentPrefill = {};
  if (url) prefill.url = url.slice(0, 2000);
  if (at && !Number.isNaN(new Date(at).getTime())) prefill.at = at;
  return prefill.url || prefill.at ? prefill : undefined;
}

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', queryString = ''] = raw.split(/\?(.*)/s);
  const query = new URLSearchParams(queryString);
  const parts = path.split('/').filter(Boolean);
  const [first, id, ...rest] = parts;
  if (parts.length === 0) return { view: 'home' };
  if ((first === 'import' || first === 'lock') && parts.length === 1) return { view: first };
  if (SAFEKEEPING.some((view) => view === first) && parts.length <= 2) {
    const view = first as (typeof SAFEKEEPING)[number];
    if (!id) return { view };
    return ID.test(id) ? { view, childId: id } : { view: 'not-found' };
  }
  if (first === 'incident' && !id) return { view: 'incident-start', prefill: prefillFrom(query) ?? {} };
  if (first === 'child' && id === 'new' && rest.length === 0) {
    const prefill = prefillFrom(query);
    return prefill ? { view: 'child-new', prefill } : { view: 'child-new' };
  }
  if (!id || !ID.test(id)) return { view: 'not-found' };
  if (first === 'child') {
    if (rest.length === 0) return { view: 'child', childId: id };
    const section = rest.join('/') as ChildSection;
    if (!SECTIONS.includes(section)) return { view: 'not-found' };
    const prefill = section === 'incident/new' ? prefillFrom(query) : undefined;
    return prefill ? { view: 'child-section', childId: id, section, prefill } : { view: 'child-section', childId: id, section };
  }
  if (first === 'agreement' && rest.length === 0) return { view: 'agreement', agreementId: id };
  if (first === 'agreement' && rest.join('/') === 'edit') return { view: 'agreement', agreementId: id, edit: true };
  if (first === 'incident' && rest.length === 0) return { view: 'incident', incidentId: id };
  if (first === 'move' && rest.length === 0) return { view: 'move', childId: id };
  return { view: 'not-found' };
}

function withPrefill(path: string, prefill?: IncidentPrefill): string {
  if (!prefill || (!prefill.url && !prefill.at)) return path;
  const query = new URLSearchParams();
  if (prefill.url) query.set('url', prefill.url);
  if (prefill.at) query.set('at', prefill.at);
  return `${path}?${query.toString()}`;
}

export function routeHref(route: Route): string {
  switch (route.view) {
    case 'home':
    case 'not-found':
      return '#';
    case 'child-new':
      return withPrefill('#child/new', route.prefill);
    case 'child':
      return `#child/${route.childId}`;
    case 'child-section':
      return withPrefill(`#child/${route.childId}/${route.section}`, route.prefill);
    case 'agreement':
      return `#agreement/${route.agreementId}${route.edit ? '/edit' : ''}`;
    case 'incident':
      return `#incident/${route.incidentId}`;
    case 'incident-start':
      return withPrefill('#incident', route.prefill);
    case 'export':
    case 'print':
      return route.childId ? `#${route.view}/${route.childId}` : `#${route.view}`;
    case 'import':
    case 'lock':
      return `#${route.view}`;
    case 'move':
      return `#move/${route.childId}`;
  }
}

/** The passport page's address for one agreement (used by review notifications). */
export const agreementPath = (agreementId: string): `/passport.html#${string}` => `/passport.html#agreement/${agreementId}`;
