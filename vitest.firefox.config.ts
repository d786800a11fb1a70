import { defineConfig } from 'vitest/config';

// The Firefox tests: web-ext lint and the manifest of the production build
// (.output/lint/firefox-mv3), then the real-Firefox suite against the test
// build (.output/test/firefox-mv3) loaded into the system firefox-esr by
// puppeteer-core. scripts/test.mjs builds both first.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    // One Firefox at a time: the machine has two cores.
    fileParallelism: false,
  },
});
