// "Report this": which platform a tab's URL belongs to and where that platform takes reports, and
// the link that opens the passport's incident form prefilled. Pure (no extension API), so the
// popup and the tests share it. Detection is the rule packs' (utils/detection/detect.ts): this module names
// no host.
import { detectPage, packForUrl } from '../detection/detect';
import { PLATFORM_NAMES, PLATFORM_REPORTS, type ReportLink } from './helplines/platform-reports';
import type { Source } from './helplines/types';
import type { PlatformId } from '../taxonomy';

export interface ReportTarget {
  platform: PlatformId;
  /** The platform's brand name. */
  name: string;
  links: readonly ReportLink[];
  /** Locale key `helplines.platform.<platform>.inApp` exists. */
  inApp: boolean;
  sources: readonly Source[];
}

/** The platform of a page and its reporting pages, or undefined for a page of no known platform. */
export function reportTargetFor(url: string): ReportTarget | undefined {
  const match = detectPage(url);
  const pack = packForUrl(url);
  const platform = match?.platform ?? pack?.id;
  if (!platform) return undefined;
  const known = PLATFORM_REPORTS[platform];
  if (known) return { platform, name: PLATFORM_NAMES[platform], links: known.links, inApp: known.inApp, sources: known.sources };
  // No reviewed entry: the rule pack's own report page, if it has one.
  const reportUrl = pack?.reportUrl;
  return {
    platform,
    name: PLATFORM_NAMES[platform],
    links: reportUrl ? [{ url: reportUrl, kind: 'general', evidence: [], unconfirmed: true }] : [],
    inApp: false,
    sources: [],
  };
}

/**
 * The passport page's incident form, prefilled with the page and the time:
 * `passport.html#incident?url=<encodeURIComponent(url)>&at=<encodeURIComponent(ISO 8601)>`.
 * The passport reads it with `new URLSearchParams(location.hash.split('?')[1])`.
 */
export function incidentFormUrl(passportUrl: string, pageUrl: string, at: Date): string {
  return `${passportUrl}#incident?url=${encodeURIComponent(pageUrl)}&at=${encodeURIComponent(at.toISOString())}`;
}
