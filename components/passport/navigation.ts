// Where the passport page is (a signal fed by the URL fragment), how to go elsewhere, and the
// short status message read out after an action ("Agreement saved"). Runs in the passport page.
import { signal } from '@preact/signals';
import { parseRoute, routeHref, type Route } from '../../utils/passport/route';

export const currentRoute = signal<Route>(parseRoute(location.hash));
/** The message of the last action, shown and announced on the page it led to. */
export const statusMessage = signal('');
/** How many moves the user made inside the page: after the first, headings take focus on arrival. */
export const arrivals = signal(0);

let pendingStatus: string | undefined;

function onHashChange(): void {
  currentRoute.value = parseRoute(location.hash);
  statusMessage.value = pendingStatus ?? '';
  pendingStatus = undefined;
  arrivals.value += 1;
}

export function startRouting(): () => void {
  currentRoute.value = parseRoute(location.hash);
  addEventListener('hashchange', onHashChange);
  return () => removeEventListener('hashchange', onHashChange);
}

/** Goes to a place in the passport, optionally saying what just happened. */
export function navigate(route: Route, message?: string): void {
  pendingStatus = message;
  const href = routeHref(route);
  if (location.hash === href || (href === '#' && location.hash === '')) onHashChange();
  else location.hash = href;
}

/** Goes to a place without leaving a step in the history (a redirect). */
export function redirect(route: Route): void {
  history.replaceState(history.state, '', routeHref(route));
  onHashChange();
}
