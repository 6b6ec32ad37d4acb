// Issue 18, points 2 and 4: real URLs gathered in December 2026 from public code that no rule pack
// was written from, settings pages and look-alikes (profiles, posts, help articles, login and
// two-factor steps, other sites' /settings…), in two sets: independent-2026-12.tsv, then
// independent-2026-12b.tsv (gathered later, none of its URLs in any earlier file). Each set is
// scored as a whole and platform by platform; the per-platform table is printed so a regression
// shows where it is, and every mistake is listed in the failure message.
import { describe, expect, it } from 'vitest';
import { describeScore, scoreDetector, type DetectionScore } from './helpers/detection-score';
import { HELDOUT_CORPUS, OWN_CORPUS, REPO_ROOT, readCorpus, readSharedCorpus, type CorpusRow } from './helpers/url-corpus';
import { resolve } from 'node:path';

interface IndependentSet {
  name: string;
  file: string;
  /** How many URLs the set was gathered to hold (the test fails if rows go missing). */
  atLeast: number;
}

const SETS: IndependentSet[] = [
  { name: 'independent set of 2026-12', file: 'independent-2026-12.tsv', atLeast: 400 },
  { name: 'independent set of 2026-12 (b)', file: 'independent-2026-12b.tsv', atLeast: 300 },
];

const rowsOf = (set: IndependentSet) => readCorpus(resolve(REPO_ROOT, 'tests/fixtures/urls', set.file));

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

SETS.forEach((set, index) => {
  const rows = rowsOf(set);

  describe(`the ${set.name}`, () => {
    it(`has ${set.atLeast} real URLs with a source each, 40–60 % settings pages, none in the corpora before it`, () => {
      expect(rows.length).toBeGreaterThanOrEqual(set.atLeast);
      expect(rows.filter((row) => row.source.trim() === '').map((row) => row.url)).toEqual([]);
      expect(new Set(rows.map((row) => row.url)).size).toBe(rows.length);
      const earlier = [...readSharedCorpus(), ...readCorpus(OWN_CORPUS), ...readCorpus(HELDOUT_CORPUS), ...SETS.slice(0, index).flatMap(rowsOf)];
      const elsewhere = new Set(earlier.map((row) => row.url));
      expect(rows.filter((row) => elsewhere.has(row.url)).map((row) => row.url)).toEqual([]);
      const positives = rows.filter((row) => row.context !== null).length / rows.length;
      expect(positives).toBeGreaterThan(0.4);
      expect(positives).toBeLessThan(0.6);
    });
  });

  describe(`detectPage on the ${set.name}`, () => {
    const score = scoreDetector(rows);
    const report = `${describeScore(set.name, score)}\n\n${tableByPlatform(rows)}`;
    console.log(report);

    it('finds settings pages with precision ≥ 0.99 and recall ≥ 0.97', () => {
      expect(score.precision, report).toBeGreaterThanOrEqual(0.99);
      expect(score.recall, report).toBeGreaterThanOrEqual(0.97);
    });

    it('names the right platform for ≥ 99 % of the settings pages it finds', () => {
      expect(score.platformAccuracy, report).toBeGreaterThanOrEqual(0.99);
    });
  });
});
