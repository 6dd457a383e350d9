import { defineConfig } from 'vitest/config';

// Browser tests: the built extension (.output/chrome-mv3) in Debian's Chromium, one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
