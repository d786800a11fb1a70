import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension (.output/test/chrome-mv3) loaded
// into the system Chromium by playwright-core. scripts/test.mjs builds first.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: the machine has two cores.
    fileParallelism: false,
    // Each file launches its own browser and shares no state with the others; the test files reuse the
    // modules one file loaded (playwright-core, puppeteer-core, the fake GitHub) instead of loading them afresh.
    isolate: false,
    // expect.poll's own default, 1 s, fails a condition that is merely slow on a busy machine; a poll
    // ends as soon as its condition holds, so a longer limit costs a passing run nothing.
    expect: { poll: { timeout: 10_000 } },
  },
});
