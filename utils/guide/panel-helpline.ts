// The country's main helpline for the panel's help section, taken from the helpline directory
// (utils/help/helplines/) that the popup uses too, so the panel and the toolbar never disagree.
// Without its number: a page can draw over the panel, never over the toolbar's popup, so the
// number to dial is taken from there (security audit 2026-12, probe 1d).
// Runs in the background.
import type { Translate } from '../i18n/translator';
import { isDirectoryId, mainHelpline as directoryMainHelpline } from '../help/helplines';
import type { GuideHelpline } from './messages';

/** The main helpline of a country (ISO 3166 alpha-2, any case), translated; undefined if none is known. */
export function mainHelpline(country: string | undefined, t: Translate): GuideHelpline | undefined {
  const id = country?.toUpperCase();
  if (!isDirectoryId(id) || id === 'INT') return undefined;
  const service = directoryMainHelpline(id);
  const source = service.sources[0];
  if (!source) return undefined;
  const chat = service.channels.find((channel) => channel.kind === 'chat' && channel.href.startsWith('https:'));
  return {
    name: service.name,
    purpose: t(`helplines.${service.id}.purpose`),
    ...(chat ? { chatUrl: chat.href } : {}),
    // An uncertain fact (hours changed, a handle not confirmed) travels with the number.
    ...(service.caveat ? { caveat: t(`helplines.${service.id}.caveat`) } : {}),
    source: { url: source.url, title: new URL(source.url).hostname },
    verifiedOn: service.checkedOn,
  };
}
