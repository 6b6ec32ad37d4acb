// The panel's guide: answers `guide.*` messages with the guide for a page (translated, with this
// person's ticks, for the child of the passport the review is for) and stores ticks and
// preferences in the extension's IndexedDB; a tick for a child also records the child's settings
// review in the passport (through deps.passport, for-whom.ts). Runs in the panel
// frame itself when the browser lets that frame open the database, else in the background (a
// browser that blocks third-party storage treats a frame inside a web page as third-party).
// Only Vigie's own pages may ask, never a content script: it lives in someone else's page. A
// panel frame may ask only about the page its own URL names (framed-page.ts).
import type { Route, Routes, Sender } from '../messaging';
import type { Translate } from '../i18n/translator';
import type { Checklist } from './checklists/types';
import type { DetailedPageMatch } from '../detection/platforms/types';
import { AUDIENCES, type Audience, type Context, type Language, type PlatformId } from '../taxonomy';
import type { GuidePage, GuideView } from './messages';
import type { PassportChild, PassportLink } from './passport-link';
import { pageDetails } from '../detection/detect';
import { isPanelFrameUrl, parseFramedPage } from './framed-page';
import { guidanceFor, pickAudience, resolveGuide } from './guide-view';
import { loadProgress, moveProgress, progressKey, saveTick } from './progress-store';
import { mainHelpline } from './panel-helpline';
import { isCollapsed, rememberAudience, rememberedAudience, rememberedForWhom, rememberForWhom, setCollapsed, userCountry } from './panel-prefs';
import { packOf, pageRuleOf, parseAudienceChoice, parseCollapsed, parseForWhom, parseGuidePage, parseTick } from './payloads';
import { resolveForWhom, reviewForChild, type ForWhom } from './for-whom';
import { areaOf } from '../i18n/catalogue-loader';

// The panel's words as written (raw, not compiled: the panel fills their `{placeholders}` itself),
// a few hundred bytes per language.
const labelFiles = import.meta.glob<Record<string, string>>('../i18n/locales/*/panel-labels.json', { eager: true, import: 'default' });
const englishLabels = labelFiles['../i18n/locales/en/panel-labels.json'] ?? {};

/** The panel's words, sent with every guide; a key missing in a language falls back to English. */
function panelLabels(language: Language): Record<string, string> {
  const own = Object.entries(labelFiles).find(([path]) => areaOf(path)?.language === language)?.[1];
  return { ...englishLabels, ...own };
}

export interface GuideDeps {
  now(): Date;
  /** The language the panel speaks: the person's choice, else the browser's. */
  language(): Language | Promise<Language>;
  /** The browser's preferred language tags (navigator.languages), to guess the country. */
  languageTags(): readonly string[];
  /** The extension's origin with a trailing slash. */
  baseUrl(): string;
  translate(language: Language): Translate;
  checklistFor(page: { platform: PlatformId; context: Context; pageId: string }): Checklist | undefined;
  /** The family passport (utils/passport/guide-link.ts). Absent: no passport, the panel asks nothing. */
  passport?: PassportLink;
}

/** The page as detection describes it, rebuilt from the rule pack (never taken from the message). */
function matchOf(page: GuidePage): DetailedPageMatch {
  const pack = packOf(page.platform);
  const rule = pageRuleOf(page);
  if (!pack || !rule) throw new Error('unknown-page');
  return {
    platform: pack.id,
    context: rule.context,
    pageId: rule.id,
    nameKey: `pages.${pack.id}.${rule.id}`,
    ...pageDetails(pack.id, rule.id),
  };
}

/**
 * A panel frame may read and tick only the page it was opened for (its URL's fragment), so a frame
 * opened on one page of a platform never ticks another page's list; the passport and the popup
 * may ask about any page. (The router already refused every sender that is not our own page.)
 */
function checkSender(sender: Sender, page: { platform: PlatformId; pageId?: string }, deps: GuideDeps): void {
  if (!isPanelFrameUrl(sender.url, deps.baseUrl())) return;
  const framed = parseFramedPage(new URL(sender.url).hash);
  if (framed?.platform === page.platform && (page.pageId === undefined || framed.pageId === page.pageId)) return;
  throw new Error('forbidden-page');
}

/**
 * The child left the passport (deleted while a panel was open): their ticks on this page are kept,
 * not linked to a child, and the platform's question is asked again.
 */
async function childLeft(platform: PlatformId, pageId: string, childId: string): Promise<void> {
  for (const audience of AUDIENCES) await moveProgress(progressKey(platform, pageId, audience, childId), progressKey(platform, pageId, audience));
  const remembered = await rememberedForWhom(platform);
  if (typeof remembered === 'object' && remembered.childId === childId) await rememberForWhom(platform, undefined);
}

/** For whom the platform's reviews are now; a remembered child who left is dealt with on the way. */
async function forWhomNow(deps: GuideDeps, page: GuidePage): Promise<ForWhom> {
  const children = deps.passport ? await deps.passport.children() : undefined;
  const whom = resolveForWhom(page.platform, children, Array.isArray(children) ? await rememberedForWhom(page.platform) : undefined);
  if (whom.goneChildId) await childLeft(page.platform, page.pageId, whom.goneChildId);
  return whom;
}

/** The child of a tick, read again from the passport: it may have left, or been locked, since the panel drew. */
async function childOfTick(deps: GuideDeps, childId: string | null): Promise<PassportChild | 'locked' | 'gone' | undefined> {
  if (childId === null || !deps.passport) return undefined;
  const children = await deps.passport.children();
  if (children === 'locked') return 'locked';
  return children.find((child) => child.id === childId) ?? 'gone';
}

async function guideView(deps: GuideDeps, page: GuidePage, picked?: Audience, childGone = false): Promise<GuideView> {
  const match = matchOf(page);
  const checklist = deps.checklistFor(match);
  const remembered = picked ? undefined : await rememberedAudience(match.platform, match.context);
  const audience = pickAudience(match.context, checklist, { picked, remembered });
  const language = await deps.language();
  const t = deps.translate(language);
  const whom = await forWhomNow(deps, page);
  const [progress, collapsed, country] = await Promise.all([
    loadProgress(progressKey(match.platform, match.pageId, audience, whom.child?.id)),
    isCollapsed(match.platform),
    userCountry(deps.languageTags()),
  ]);
  return resolveGuide({
    match, checklist, audience, language, t, progress, collapsed,
    labels: panelLabels(language),
    helpline: mainHelpline(country, t),
    country,
    now: deps.now(),
    // A child who left during this very request was already forgotten: say so all the same.
    forWhom: childGone ? { ...(whom.view ?? { state: 'none', children: [] }), childGone } : whom.view,
    ageBand: whom.child?.ageBand,
  });
}

/**
 * What the panel can draw before the guide answers: the page's items for the audience it will
 * most likely show (`likely`, else the page's default), in public words only: no tick, no date,
 * no progress, no helpline (the country is a setting). Synchronous, from the bundle: the frame
 * paints its first item without waiting for the database or the background (issue 15, point 3).
 * `language`: the one the frame has loaded (its catalogue is that language only).
 */
export function previewGuide(deps: GuideDeps, page: GuidePage, language: Language, likely?: Audience): GuideView {
  const match = matchOf(page);
  const checklist = deps.checklistFor(match);
  const audience = pickAudience(match.context, checklist, { remembered: likely });
  return resolveGuide({
    match, checklist, audience, language, t: deps.translate(language), progress: undefined, collapsed: false,
    labels: panelLabels(language), helpline: undefined, now: deps.now(),
  });
}

/** The audience a page opens with when none is remembered (or the remembered one has no items here). */
export function defaultAudienceOf(deps: GuideDeps, page: GuidePage): Audience {
  const match = matchOf(page);
  return pickAudience(match.context, deps.checklistFor(match), {});
}

export function createGuideRoutes(deps: GuideDeps): Routes {
  const get: Route<'guide.get'> = {
    origin: 'extension-page',
    parse: parseGuidePage,
    handle(page, sender) {
      checkSender(sender, page, deps);
      return guideView(deps, page);
    },
  };
  const setAudience: Route<'guide.setAudience'> = {
    origin: 'extension-page',
    parse: parseAudienceChoice,
    async handle({ audience, ...page }, sender) {
      checkSender(sender, page, deps);
      await rememberAudience(page.platform, matchOf(page).context, audience);
      return guideView(deps, page, audience);
    },
  };
  const tick: Route<'guide.tick'> = {
    origin: 'extension-page',
    parse: parseTick,
    async handle({ audience, itemId, ticked, childId, ...page }, sender) {
      checkSender(sender, page, deps);
      const child = await childOfTick(deps, childId);
      const forChild = typeof child === 'object' ? child : undefined;
      const guidance = guidanceFor(deps.checklistFor(matchOf(page)), audience, deps.translate(await deps.language()), forChild?.ageBand);
      if (!guidance.itemIds.includes(itemId)) throw new Error('unknown-item');
      // A child who left: their ticks join the unlinked ones, with this one. Locked meanwhile: unlinked too.
      if (child === 'gone' && childId !== null) await childLeft(page.platform, page.pageId, childId);
      const now = deps.now();
      const record = await saveTick(progressKey(page.platform, page.pageId, audience, forChild?.id), itemId, ticked, guidance, now);
      if (!forChild || !deps.passport) return guideView(deps, page, audience, child === 'gone');
      const outcome = await deps.passport.recordReview(reviewForChild(forChild.id, { ...page, audience }, record, guidance, now));
      if (outcome === 'child-missing') await childLeft(page.platform, page.pageId, forChild.id);
      return guideView(deps, page, audience, outcome === 'child-missing');
    },
  };
  const setForWhom: Route<'guide.setForWhom'> = {
    origin: 'extension-page',
    parse: parseForWhom,
    async handle({ forWhom, ...page }, sender) {
      checkSender(sender, page, deps);
      if (forWhom === 'none') {
        await rememberForWhom(page.platform, 'none');
        return guideView(deps, page);
      }
      const child = await childOfTick(deps, forWhom);
      if (typeof child === 'object') await rememberForWhom(page.platform, { childId: child.id });
      return guideView(deps, page, undefined, child === 'gone');
    },
  };
  const collapse: Route<'guide.setCollapsed'> = {
    origin: 'extension-page',
    parse: parseCollapsed,
    async handle({ platform, collapsed }, sender) {
      checkSender(sender, { platform }, deps);
      await setCollapsed(platform, collapsed);
      return { collapsed };
    },
  };
  return { 'guide.get': get, 'guide.setAudience': setAudience, 'guide.tick': tick, 'guide.setForWhom': setForWhom, 'guide.setCollapsed': collapse };
}
