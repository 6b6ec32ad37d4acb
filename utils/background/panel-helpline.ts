// The country's main helpline for the panel's help section, until the helpline directory
// (utils/helplines/) is merged: the lead switches `mainHelpline` to the directory then.
// Runs in the background. Facts from research/helplines.tsv (row "FR 3018"), with its source.
import type { Translate } from '../i18n';
import type { GuideHelpline } from '../messages-guide';

interface HelplineFacts {
  name: string;
  /** Locale key of what the line is for. */
  purposeKey: string;
  tel?: string;
  chatUrl?: string;
  source: { url: string; title: string };
  verifiedOn: string;
}

const MAIN_HELPLINES: Readonly<Record<string, HelplineFacts>> = {
  FR: {
    name: '3018',
    purposeKey: 'panel.helpline.fr3018',
    tel: 'tel:3018',
    chatUrl: 'https://3018.fr',
    source: {
      url: 'https://mairie-villetaneuse.fr/actualites/le-3018-un-numero-gratuit-et-une-app-pour-les-victimes-de-cyberharcelement',
      title: 'Ville de Villetaneuse : le 3018, un numéro gratuit et une app pour les victimes de cyberharcèlement',
    },
    verifiedOn: '2023-09-28',
  },
};

/** The main helpline of a country (ISO 3166 alpha-2, any case), translated; undefined if none is known. */
export function mainHelpline(country: string | undefined, t: Translate): GuideHelpline | undefined {
  const facts = country ? MAIN_HELPLINES[country.toUpperCase()] : undefined;
  if (!facts) return undefined;
  const { purposeKey, ...rest } = facts;
  return { ...rest, purpose: t(purposeKey) };
}
