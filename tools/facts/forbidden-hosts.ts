// Hosts that are never a source of a fact or of advice (the house rules: tabloids, forums, content
// farms, blogs, upload and staging hosts), each found in the data on 2026-12-03 or a well-known
// kind of the same. A subdomain is caught with its domain. The integrity tests
// (tests/utils/guide/checklist-facts.test.ts, tests/utils/help/helplines-facts.test.ts) fail on any
// address here, and on an official-domain list that names one.
import { httpsHost, onDomains } from '../../utils/evidence';

export const FORBIDDEN_HOSTS: Readonly<Record<string, readonly string[]>> = {
  'upload, staging or file host': ['pages.dev', 'flippingbook.com', 'github.com', 'githubusercontent.com', 'arcpublishing.com'],
  'forum or wiki': ['wikipedia.org', 'reddit.com', 'quora.com', 'fandom.com'],
  tabloid: ['thesun.ie', 'thesun.co.uk', 'dailymail.co.uk', 'mirror.co.uk', 'dailystar.co.uk'],
  'content farm or aggregator': [
    'americannewsgroup.com', 'bighow.com', 'breakinglatest.news', 'conductatlas.com', 'cybernoz.com', 'dailymagnet.in',
    'digitalparents.xyz', 'eastcoastdaily.in', 'eztoolset.com', 'fbl.fun', 'gadgetbond.com', 'history-computer.com',
    'igamesnews.com', 'metalandbattlefields.com', 'neveropen.tech', 'newsbytesapp.com', 'pressreader.com',
    'proxboxclub.com', 'robloxrelated.com', 'savemefrominternet.com', 'securoth.com', 'streamthreats.com',
    'tabletmonkeys.com', 'techlusive.in', 'therundown.today', 'ugandapost.news', 'windowstechit.com', 'xchatx.com',
  ],
  blog: [
    'blogspot.com', 'wordpress.com', 'medium.com', 'substack.com', 'tumblr.com', 'cybersafetyguy.com',
    'espaceenfancefamille.com', 'freetechtutor.com', 'howtogeek.com', 'idownloadblog.com', 'madinin-art.net',
    'pocket-lint.com', 'promolta.com', 'ricksdailytips.com', 'technipages.com', 'technobezz.com', 'thewindowsclub.com',
  ],
};

/** Upload and pre-release hosts of any site ("upload.", "staging", "preprod."): never the page people see. */
const FORBIDDEN_PATTERNS: readonly RegExp[] = [/^upload\./, /(^|[.-])staging([.-]|$)/, /^preprod\./, /(^|\.)nabble\./];

/** Why the address may not be a source, or undefined when it may. */
export function forbiddenBecause(url: string): string | undefined {
  const host = httpsHost(url) ?? httpsHost(url.replace(/^http:/, 'https:'));
  if (host === undefined) return undefined;
  for (const [kind, domains] of Object.entries(FORBIDDEN_HOSTS)) if (onDomains(`https://${host}/`, domains)) return `${host}: ${kind}`;
  if (FORBIDDEN_PATTERNS.some((pattern) => pattern.test(host))) return `${host}: upload, staging or forum host`;
  return undefined;
}
