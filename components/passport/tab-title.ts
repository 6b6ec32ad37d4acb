// The tab's title, from the kind of place only: never a child's name, a topic, a date or any
// record text. The browser keeps titles in its History (shown in the address bar's suggestions,
// uploaded by the browser's own history sync) and in its session files, where the lock at rest
// cannot reach them; the heading inside the page says whose passport it is.
import type { Route } from '../../utils/passport/route';
import type { LockView } from './use-lock';

type Translate = (key: string) => string;

const KINDS: Record<Route['view'], string> = {
  'home': 'passport.tab.home',
  'child-new': 'passport.tab.child',
  'child': 'passport.tab.child',
  'child-section': 'passport.tab.child',
  'agreement': 'passport.tab.agreement',
  'incident': 'passport.tab.incident',
  'incident-start': 'passport.tab.incident',
  'export': 'passport.tab.export',
  'import': 'passport.tab.import',
  'lock': 'passport.tab.lock',
  'print': 'passport.tab.print',
  'move': 'passport.tab.move',
  'not-found': 'passport.tab.notFound',
};

export function tabTitle(route: Route, lock: LockView, t: Translate): string {
  const kind = lock === 'locked' ? 'passport.tab.locked' : KINDS[route.view];
  return `${t(kind)} · ${t('passport.title')}`;
}
