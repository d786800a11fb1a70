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
    // Each file launches its own browser and shares no state with the others; the test files reuse the
    // modules one file loaded (playwright-core, puppeteer-core, the fake GitHub) instead of loading them afresh.
    isolate: false,
    // expect.poll's own default, 1 s, fails a condition that is merely slow on a busy machine; a poll
    // ends as soon as its condition holds, so a longer limit costs a passing run nothing.
    expect: { poll: { timeout: 10_000 } },
  },
});
