import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests: lib/, components/ and the CLI, in Node. The real-browser tests
// have their own configs (vitest.browser.config.ts, vitest.firefox.config.ts)
// because they need a build.
export default defineConfig({
  // The same "@/" imports the extension's pages use.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/browser/**', 'tests/firefox/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
