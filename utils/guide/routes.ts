// The background's side of the in-page panel: answers `guide.*` messages with the guide for a page
// (translated, with this person's ticks) and stores ticks and preferences in the extension's
// IndexedDB. A content script may only ask about the platform of the page it runs on.
import type { Route, Routes, Sender } from '../messaging';
import type { Translate } from '../i18n/translator';
import type { Checklist } from './checklists/types';
import type { DetailedPageMatch } from '../detection/platforms/types';
import type { Audience, Context, Language, PlatformId } from '../taxonomy';
import type { GuidePage, GuideView } from './messages';
import { packForUrl, pageDetails } from '../detection/detect';
import { guidanceFor, pickAudience, resolveGuide } from './guide-view';
import { loadProgress, progressKey, saveTick } from './progress-store';
import { mainHelpline } from './panel-helpline';
import { isCollapsed, rememberAudience, rememberedAudience, setCollapsed, userCountry } from './panel-prefs';
import { packOf, pageRuleOf, parseAudienceChoice, parseCollapsed, parseGuidePage, parseTick } from './payloads';
import enLabels from '../i18n/locales/en/panel-labels.json';
import frLabels from '../i18n/locales/fr/panel-labels.json';

/** The panel's words, sent with every guide; a key missing in a language falls back to English. */
const PANEL_LABELS: Record<Language, Record<string, string>> = { en: enLabels, fr: { ...enLabels, ...frLabels } };

export interface GuideDeps {
  now(): Date;
  /** The browser's UI language, which the panel speaks. */
  language(): Language;
  /** The browser's preferred language tags (navigator.languages), to guess the country. */
  languageTags(): readonly string[];
  /** The extension's origin with a trailing slash. */
  baseUrl(): string;
  translate(language: Language): Translate;
  checklistFor(page: { platform: PlatformId; context: Context; pageId: string }): Checklist | undefined;
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

/** Our own pages may ask about any platform; a content script only about the one it runs on. */
function checkSender(sender: Sender, platform: PlatformId, deps: GuideDeps): void {
  if (sender.url?.startsWith(deps.baseUrl())) return;
  if (sender.url && packForUrl(sender.url)?.id === platform) return;
  throw new Error('forbidden-sender');
}

async function guideView(deps: GuideDeps, page: GuidePage, picked?: Audience): Promise<GuideView> {
  const match = matchOf(page);
  const checklist = deps.checklistFor(match);
  const remembered = picked ? undefined : await rememberedAudience(match.context);
  const audience = pickAudience(match.context, checklist, { picked, remembered });
  const language = deps.language();
  const t = deps.translate(language);
  const [progress, collapsed, country] = await Promise.all([
    loadProgress(progressKey(match.platform, match.pageId, audience)),
    isCollapsed(match.platform),
    userCountry(deps.languageTags()),
  ]);
  return resolveGuide({
    match, checklist, audience, language, t, progress, collapsed,
    labels: PANEL_LABELS[language],
    helpline: mainHelpline(country, t),
    now: deps.now(),
  });
}

export function createGuideRoutes(deps: GuideDeps): Routes {
  const get: Route<'guide.get'> = {
    origin: 'any-context',
    parse: parseGuidePage,
    handle(page, sender) {
      checkSender(sender, page.platform, deps);
      return guideView(deps, page);
    },
  };
  const setAudience: Route<'guide.setAudience'> = {
    origin: 'any-context',
    parse: parseAudienceChoice,
    async handle({ audience, ...page }, sender) {
      checkSender(sender, page.platform, deps);
      await rememberAudience(matchOf(page).context, audience);
      return guideView(deps, page, audience);
    },
  };
  const tick: Route<'guide.tick'> = {
    origin: 'any-context',
    parse: parseTick,
    async handle({ audience, itemId, ticked, ...page }, sender) {
      checkSender(sender, page.platform, deps);
      const guidance = guidanceFor(deps.checklistFor(matchOf(page)), audience, deps.translate(deps.language()));
      if (!guidance.itemIds.includes(itemId)) throw new Error('unknown-item');
      await saveTick(progressKey(page.platform, page.pageId, audience), itemId, ticked, guidance, deps.now());
      return guideView(deps, page, audience);
    },
  };
  const collapse: Route<'guide.setCollapsed'> = {
    origin: 'any-context',
    parse: parseCollapsed,
    async handle({ platform, collapsed }, sender) {
      checkSender(sender, platform, deps);
      await setCollapsed(platform, collapsed);
      return { collapsed };
    },
  };
  return { 'guide.get': get, 'guide.setAudience': setAudience, 'guide.tick': tick, 'guide.setCollapsed': collapse };
}
