// The pages the benchmark visits: real hostnames of a supported platform, answered by fixtures.
export const SETTINGS = 'https://www.facebook.com/settings?tab=privacy';
export const HOME = 'https://www.facebook.com/';
export const FEED = 'https://www.facebook.com/?sk=bench-feed';

/** URL → fixture file in tests/fixtures/pages; a URL without a query answers any query string. */
export const BENCH_FIXTURES = {
  'https://www.facebook.com/settings': 'bench-clock.html',
  [HOME]: 'bench-clock.html',
  [FEED]: 'bench-feed.html',
};

/** Milliseconds of wall time, for the pauses that let a page settle. */
export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
