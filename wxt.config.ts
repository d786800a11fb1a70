import { defineConfig } from 'wxt';

/**
 * One config for every browser. The manifest lists only what the extension
 * uses; `browser` decides the side panel (Chrome) vs the sidebar (Firefox).
 *
 * BACKEND_SCOUT_TEST=1 is set by the real-browser tests only: it adds the
 * loopback host so the service worker can reach the fake GitHub API on
 * 127.0.0.1, and builds into .output/test. A normal build never asks for it.
 */
const testBuild = process.env.BACKEND_SCOUT_TEST === '1';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // The test build lives apart so a developer's own build is never overwritten.
  outDir: testBuild ? '.output/test' : '.output',
  manifest: ({ browser }) => ({
    name: 'Backend Scout',
    description:
      'Screen backend engineers on GitHub and LinkedIn: evidence-backed flags, shortlists per role, CSV export. Everything stays in your browser.',
    // storage: settings and per-tab state; alarms: resume GitHub analyses after
    // a rate-limit wait, even when the worker was stopped meanwhile.
    permissions: ['storage', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['https://api.github.com/*', ...(testBuild ? ['http://127.0.0.1/*'] : [])],
    // A GitHub Enterprise Server host is asked for at run time, in the options page, when the recruiter names one.
    // (Firefox's Manifest V2 lists optional hosts among optional_permissions.)
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    // Drawn by scripts/icons.ts into public/icon/ (committed; WXT copies public/ into the build).
    icons: ICONS,
    action: { default_title: 'Backend Scout', default_icon: ICONS },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'backend-scout@backend-scout.dev', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
