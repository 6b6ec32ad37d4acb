// CI fails when a helpline fact loses its source, its quote or its date (issue 14): an entry that
// quotes evidence declares its official domains (the service's own, its government's), every
// passage comes from them, short, in a declared language, read on a real day; no address of the
// directory is on a forbidden host. Entries still resting on pages elsewhere are listed by name in
// helplines-facts-exceptions.ts, and that list can only shrink. Whether every fact an entry states
// is quoted is counted by `npm run facts` (docs/FACTS.md), not asserted here yet.
import { describe, expect, it } from 'vitest';
import { evidenceProblems } from '../../../tools/facts/evidence-lint';
import { forbiddenBecause } from '../../../tools/facts/forbidden-hosts';
import { httpsHost, onDomains, type FactKind } from '../../../utils/evidence';
import { directories, type Service } from '../../../utils/help/helplines';
import { expectOnlyListed } from '../../support/listed-exceptions';
import { SOURCES_ELSEWHERE } from './helplines-facts-exceptions';

const today = new Date().toISOString().slice(0, 10);
const HELPLINE_FACTS: readonly FactKind[] = ['number', 'channels', 'hours', 'cost', 'purpose', 'who'];
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

const services = [...new Map(directories.flatMap((d) => d.services.map((s) => [s.id, s] as const))).values()];
const byId = services.map((s) => [s.id, s] as const);
const quoting = byId.filter(([, s]) => (s.evidence ?? []).length > 0);

/** Every address an entry shows or rests on. */
const addresses = (s: Service) => [
  ...s.sources.map((source) => source.url),
  ...(s.url ? [s.url] : []),
  ...s.channels.filter((c) => c.href.startsWith('https:')).map((c) => c.href),
  ...(s.evidence ?? []).map((e) => e.url),
];

describe('the evidence of each helpline entry', () => {
  it.each(quoting)('%s declares its official domains, bare and lower-case', (_, service) => {
    expect(service.officialDomains?.length ?? 0, 'quoted evidence needs officialDomains to be checked against').toBeGreaterThan(0);
    for (const domain of service.officialDomains ?? []) expect(domain, 'a domain such as "e-enfance.org", no scheme, no path').toMatch(DOMAIN);
  });

  it.each(quoting)('%s: every passage is official, quoted, short and dated', (_, service) => {
    const context = { domains: service.officialDomains ?? [], kinds: HELPLINE_FACTS, today };
    const problems = (service.evidence ?? []).flatMap((e, index) => evidenceProblems(e, context).map((p) => `evidence ${index + 1}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('never declares a forbidden host as official', () => {
    const wrong = services.flatMap((s) => (s.officialDomains ?? []).filter((d) => forbiddenBecause(`https://${d}/`)).map((d) => `${s.id}: ${d}`));
    expect(wrong).toEqual([]);
  });
});

describe('the sources of each helpline entry', () => {
  /** Source hosts off the entry's official domains (every host, while it declares none). */
  const elsewhere = Object.fromEntries(
    services.flatMap((s) => {
      const hosts = s.sources.filter((source) => !onDomains(source.url, s.officialDomains ?? [])).map((source) => httpsHost(source.url) ?? source.url);
      return hosts.length === 0 ? [] : [[s.id, [...new Set(hosts)].sort().join(', ')]];
    }),
  );

  it('rest on the service’s or its government’s own pages', () => {
    expectOnlyListed(
      'helpline sources off the entry’s officialDomains',
      elsewhere,
      SOURCES_ELSEWHERE,
      'declare officialDomains and cite the service’s or the government’s own page (a quoted passage, utils/evidence.ts)',
    );
  });

  it('never lie on a forbidden host, nor does any address the entry shows (a listed exception pins its host)', () => {
    const forbidden = services.flatMap((s) =>
      addresses(s).flatMap((url) => {
        const because = forbiddenBecause(url);
        const pinned = (SOURCES_ELSEWHERE[s.id] ?? '').split(', ').includes(httpsHost(url) ?? '') && s.sources.some((source) => source.url === url);
        return because && !pinned ? [`${s.id}: ${because}`] : [];
      }),
    );
    expect(forbidden, 'a tabloid, forum, wiki, content farm, blog, upload or staging host is never a source').toEqual([]);
  });
});
