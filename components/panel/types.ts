// What the panel's parts receive: the state the content script holds and the actions a person
// can take. The parts are pure functions of these (see components/panel/session.ts for
// who owns the state).
import type { Translate } from '../../utils/i18n/translator';
import type { Audience, Language } from '../../utils/taxonomy';
import type { GuideView } from '../../utils/guide/messages';

export interface PanelState {
  language: Language;
  /** The guide, once the background has answered (or its public preview, while `pending`). */
  view?: GuideView;
  /**
   * `view` is the preview drawn from the bundle before the guide answered (the items' public
   * text): no ticks, dates or progress yet, so the boxes and the audience switch are disabled and
   * nothing private is drawn until the answer replaces it.
   */
  pending?: boolean;
  collapsed: boolean;
  helpOpen: boolean;
  /** The background refused or could not answer. */
  failed: boolean;
  /** The page covers the panel or makes it invisible: ticks and the audience switch are paused. */
  covered: boolean;
  /** The person pressed "Change" beside whom the review is for: the question is shown again. */
  choosingForWhom?: boolean;
}

export interface PanelActions {
  toggleCollapsed(): void;
  setAudience(audience: Audience): void;
  tick(itemId: string, ticked: boolean): void;
  toggleHelp(): void;
  /** Whom the review is for: a child's id, or 'none'. */
  setForWhom(forWhom: string): void;
  /** Shows the question again (the "Change" button), or hides it. */
  toggleForWhom(): void;
}

/** Where the panel sits and how to put it out of the way (utils/guide/panel-placement.ts). */
export interface PanelPlaceProps {
  side: 'left' | 'right';
  /** The site the panel is on, as the person names it ("facebook.com"). */
  site?: string;
  introDismissed: boolean;
  move(): void;
  turnOffHere(): void;
  turnOffEverywhere(): void;
  dismissIntro(): void;
  /** Moves the checklist into the browser's side panel; absent where the browser has none. */
  dock?: () => void;
}

export interface PanelProps {
  state: PanelState;
  t: Translate;
  actions: PanelActions;
  /** Absent where the panel cannot be moved (a panel drawn outside a web page). */
  place?: PanelPlaceProps;
}

/** What the person just did, when the drawing must follow it: the collapse/open button (focus
 * stays on its successor) or the help button (the help, at the top, is scrolled into view). */
export type DrawCause = 'toggle' | 'help' | 'for-whom';
