// The acceptance bar, measured: over the shared corpus, our own corpus and the held-out
// set (real URLs gathered from public code after the rule packs were written), detectPage must
// reach precision ≥ 0.95, recall ≥ 0.90 and the right platform ≥ 95 % of the time. The held-out
// set is also scored on its own, so a regression there cannot hide behind the larger corpora.
import { describe, expect, it } from 'vitest';
import { describeScore, scoreDetector } from './helpers/detection-score';
import { HELDOUT_CORPUS, OWN_CORPUS, readCorpus, readSharedCorpus } from './helpers/url-corpus';

const heldout = readCorpus(HELDOUT_CORPUS);
const all = [...readSharedCorpus(), ...readCorpus(OWN_CORPUS), ...heldout];

describe('the held-out set', () => {
  it('has at least 200 URLs with a source each, settings pages and look-alikes, none in the other corpora', () => {
    expect(heldout.length).toBeGreaterThanOrEqual(200);
    expect(heldout.filter((r) => r.source.trim() === '').map((r) => r.url)).toEqual([]);
    expect(new Set(heldout.map((r) => r.url)).size).toBe(heldout.length);
    const elsewhere = new Set([...readSharedCorpus(), ...readCorpus(OWN_CORPUS)].map((r) => r.url));
    expect(heldout.filter((r) => elsewhere.has(r.url)).map((r) => r.url)).toEqual([]);
    const positives = heldout.filter((r) => r.context !== null).length;
    expect(positives / heldout.length).toBeGreaterThan(0.4);
    expect(positives / heldout.length).toBeLessThan(0.7);
  });
});

describe.each([
  ['the held-out set', heldout],
  ['all corpora together', all],
])('detectPage on %s', (name, rows) => {
  const score = scoreDetector(rows);
  const report = describeScore(name, score);

  it('finds settings pages with precision ≥ 0.95 and recall ≥ 0.90', () => {
    expect(score.precision, report).toBeGreaterThanOrEqual(0.95);
    expect(score.recall, report).toBeGreaterThanOrEqual(0.9);
  });

  it('names the right platform for ≥ 95 % of the settings pages it finds, and the right context for ≥ 90 %', () => {
    expect(score.platformAccuracy, report).toBeGreaterThanOrEqual(0.95);
    expect(score.contextAccuracy, report).toBeGreaterThanOrEqual(0.9);
  });
});
