import { defineConfig } from 'wxt';

/**
 * One config for every browser. The manifest lists only what the extension
 * uses; `browser` decides the side panel (Chrome) vs the sidebar (Firefox).
 *
 * BACKEND_SCOUT_TEST=1 is set by the real-browser tests only: it adds the
 * loopback host so the service worker can reach the fake GitHub API on
 * 127.0.0.1. A normal build never asks for it.
 */
const testBuild = process.env.BACKEND_SCOUT_TEST === '1';

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The test build lives apart so a developer's own build is never overwritten.
  outDir: testBuild ? '.output/test' : '.output',
  manifest: ({ browser }) => ({
    name: 'Backend Scout',
    description:
      'Screen backend engineers on GitHub and LinkedIn: evidence-backed flags, shortlists per role, CSV export. Everything stays in your browser.',
    permissions: ['storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'Backend Scout' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'backend-scout@backend-scout.dev', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
