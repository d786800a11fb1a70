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
  },
});
