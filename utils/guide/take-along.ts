// The checklist to take to the phone (issue 15, point 7). Many controls live only in the apps
// (TikTok Family Pairing, Snapchat Family Center, screen time), where no panel can follow: the
// panel links to an extension page with the same list, to keep open beside the phone or print.
// It shows ticks, so it is a page of the extension's own origin, never part of a web page; its URL
// names only the public settings page, as the panel frame's does (framed-page.ts).
import { framedPageFragment, parseFramedPage, type FramedPage } from './framed-page';

export const TAKE_ALONG_FILE = 'take-along.html';

/** The page's path inside the extension, as `browser.runtime.getURL` takes it. */
export function takeAlongPath(page: FramedPage): `/${typeof TAKE_ALONG_FILE}#${string}` {
  return `/${TAKE_ALONG_FILE}#${framedPageFragment(page)}`;
}

/** The settings page a take-along URL's fragment names, or undefined. */
export const parseTakeAlong = (fragment: string): FramedPage | undefined => parseFramedPage(fragment);
