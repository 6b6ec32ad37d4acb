// Scores detectPage on labelled URL rows the way the reviewer does: precision and recall
// of "this is a settings page", then, among the settings pages found, how often the platform
// (and the context) is right. Every mistake is listed so a failing test says what to fix.
import { detectPage } from '../../../../utils/detection/detect';
import type { CorpusRow } from './url-corpus';

export interface DetectionScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  /** Share of the settings pages found whose platform is right. */
  platformAccuracy: number;
  /** Share of the settings pages found whose platform and context are right. */
  contextAccuracy: number;
  /** One line per mistake: look-alikes matched, settings pages missed, wrong platform or context. */
  misses: string[];
}

function where(row: CorpusRow): string {
  return `${row.file.split('/').slice(-1)[0]}:${row.line}`;
}

export function scoreDetector(rows: readonly CorpusRow[]): DetectionScore {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  let rightPlatform = 0;
  let rightContext = 0;
  const misses: string[] = [];
  for (const row of rows) {
    const match = detectPage(row.url);
    if (row.context === null) {
      if (match === null) trueNegatives++;
      else {
        falsePositives++;
        misses.push(`false positive  ${where(row)} ${row.url} (${row.notes}) matched ${match.platform}/${match.pageId}`);
      }
      continue;
    }
    if (match === null) {
      falseNegatives++;
      misses.push(`missed          ${where(row)} ${row.url}: a ${row.platform} ${row.context} page (${row.notes})`);
      continue;
    }
    truePositives++;
    if (match.platform !== row.platform) {
      misses.push(`wrong platform  ${where(row)} ${row.url}: ${row.platform}, matched ${match.platform}/${match.pageId}`);
      continue;
    }
    rightPlatform++;
    if (match.context === row.context) rightContext++;
    else misses.push(`wrong context   ${where(row)} ${row.url}: ${row.context}, matched ${match.pageId} (${match.context})`);
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    truePositives,
    falsePositives,
    falseNegatives,
    trueNegatives,
    precision: ratio(truePositives, truePositives + falsePositives),
    recall: ratio(truePositives, truePositives + falseNegatives),
    platformAccuracy: ratio(rightPlatform, truePositives),
    contextAccuracy: ratio(rightContext, truePositives),
    misses,
  };
}

export function describeScore(name: string, score: DetectionScore): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  return [
    `${name}: precision ${pct(score.precision)}, recall ${pct(score.recall)}, platform ${pct(score.platformAccuracy)}, context ${pct(score.contextAccuracy)}`,
    `(TP ${score.truePositives}, FP ${score.falsePositives}, FN ${score.falseNegatives}, TN ${score.trueNegatives})`,
    ...score.misses,
  ].join('\n');
}
