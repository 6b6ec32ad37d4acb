import { defineConfig } from 'vitest/config';

// Firefox tests (tests/firefox): one Firefox at a time (the machines have two cores), generous timeouts.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
