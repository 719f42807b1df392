import { defineConfig } from 'vitest/config';

/** The browser suite (`npm run test:browser`): Debian's Chromium driving the real server. */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
    globalSetup: ['test/store-global-setup.ts'],
  },
});
