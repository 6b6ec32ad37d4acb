// Issue 18, points 2 and 4: real URLs gathered in December 2026 from public code that no rule pack
// was written from (tests/fixtures/urls/independent-2026-12.tsv), settings pages and look-alikes
// (profiles, posts, help articles, login and two-factor steps, other sites' /settings…). The set
// is scored as a whole and platform by platform; the per-platform table is printed so a
// regression shows where it is, and every mistake is listed in the failure message.
import { describe, expect, it } from 'vitest';
import { describeScore, scoreDetector, type DetectionScore } from './helpers/detection-score';
import { HELDOUT_CORPUS, OWN_CORPUS, REPO_ROOT, readCorpus, readSharedCorpus, type CorpusRow } from './helpers/url-corpus';
import { resolve } from 'node:path';

const INDEPENDENT_CORPUS = resolve(REPO_ROOT, 'tests/fixtures/urls/independent-2026-12.tsv');
const rows = readCorpus(INDEPENDENT_CORPUS);

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** One line per platform: how many URLs, precision, recall and platform right among those found. */
function tableByPlatform(corpus: readonly CorpusRow[]): string {
  const platforms = [...new Set(corpus.map((row) => row.platform))].sort();
  const lines = platforms.map((platform) => {
    const mine = corpus.filter((row) => row.platform === platform);
    const score: DetectionScore = scoreDetector(mine);
    const positives = mine.filter((row) => row.context !== null).length;
    return `${platform.padEnd(17)} ${String(mine.length).padStart(4)} URLs (${String(positives).padStart(3)} settings)  precision ${pct(score.precision).padStart(7)}  recall ${pct(score.recall).padStart(7)}  platform ${pct(score.platformAccuracy).padStart(7)}`;
  });
  return ['per platform (precision counts look-alikes filed under the platform whose host they use):', ...lines].join('\n');
}

describe('the independent set of 2026-12', () => {
  it('has 400 real URLs with a source each, 40–60 % settings pages, none in the other corpora', () => {
    expect(rows.length).toBeGreaterThanOrEqual(400);
    expect(rows.filter((row) => row.source.trim() === '').map((row) => row.url)).toEqual([]);
    expect(new Set(rows.map((row) => row.url)).size).toBe(rows.length);
    const elsewhere = new Set([...readSharedCorpus(), ...readCorpus(OWN_CORPUS), ...readCorpus(HELDOUT_CORPUS)].map((row) => row.url));
    expect(rows.filter((row) => elsewhere.has(row.url)).map((row) => row.url)).toEqual([]);
    const positives = rows.filter((row) => row.context !== null).length / rows.length;
    expect(positives).toBeGreaterThan(0.4);
    expect(positives).toBeLessThan(0.6);
  });
});

describe('detectPage on the independent set', () => {
  const score = scoreDetector(rows);
  const report = `${describeScore('independent set', score)}\n\n${tableByPlatform(rows)}`;
  console.log(report);

  it('finds settings pages with precision ≥ 0.99 and recall ≥ 0.97', () => {
    expect(score.precision, report).toBeGreaterThanOrEqual(0.99);
    expect(score.recall, report).toBeGreaterThanOrEqual(0.97);
  });

  it('names the right platform for ≥ 99 % of the settings pages it finds', () => {
    expect(score.platformAccuracy, report).toBeGreaterThanOrEqual(0.99);
  });
});
