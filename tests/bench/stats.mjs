// Summaries of repeated measurements: the median and the spread (10th and 90th percentiles, min,
// max). Percentiles interpolate linearly between the two nearest ranks.

/** @param {number[]} sorted @param {number} p in [0, 1] */
function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/**
 * @param {number[]} values
 * @returns {{ n: number, median: number, p10: number, p90: number, min: number, max: number }}
 */
export function summarise(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: percentile(sorted, 0.5),
    p10: percentile(sorted, 0.1),
    p90: percentile(sorted, 0.9),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}
