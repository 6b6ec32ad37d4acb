import { defineConfig } from 'vitest/config';

// Real-browser tests: one Chromium at a time (the machines have two cores), generous timeouts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
