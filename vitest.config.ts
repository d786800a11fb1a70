import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Unit tests, in Node, beside the code they test (lib/, cli/, components/,
// scripts/), plus tests/structure (the house rules, over the whole tree). The
// real-browser tests have their own configs (vitest.browser.config.ts,
// vitest.firefox.config.ts) because they need a build.
export default defineConfig({
  // The same "@/" imports the extension's pages use.
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['{lib,cli,components,scripts,utils}/**/*.test.{ts,tsx}', 'tests/structure/**/*.test.ts'],
    exclude: ['node_modules/**', '.output/**'],
    environment: 'node',
    testTimeout: 20_000,
    // The test files of a worker share the modules they load instead of each starting a fresh process
    // and loading them again (the run went from about 110 s to 45 s, three quarters of it module
    // loading before). So a test file leaves no global state behind: each database it opens has a
    // name of its own, each server it starts is closed, no vi.mock; spies are put back before each test.
    isolate: false,
    restoreMocks: true,
    // IndexedDB (fake-indexeddb) before any test file loads: Dexie takes the global IndexedDB
    // when it is first loaded, and with shared modules a file that loaded Dexie without it
    // first broke every later file of its worker (seen once, depending on the file order).
    setupFiles: ['fake-indexeddb/auto'],
  },
});
