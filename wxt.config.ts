import { defineConfig } from 'wxt';

/**
 * One config for every browser. The manifest lists only what the extension
 * uses; `browser` decides the side panel (Chrome) vs the sidebar (Firefox).
 *
 * Every browser gets Manifest V3, Firefox included (README, "Decisions worth
 * knowing", Firefox): the same `action`, `host_permissions` and
 * `optional_host_permissions` as Chrome, and a background that Firefox runs
 * as an event page, stopped when idle like Chrome's service worker.
 *
 * BACKEND_SCOUT_TEST=1 is set by the real-browser tests only: it adds the
 * loopback host so the background can reach the fake GitHub API on
 * 127.0.0.1, builds into .output/test, and (Firefox only) lets the test
 * launch page open the extension's pages. A normal build never has either;
 * tests/firefox/manifest.test.ts checks the production manifest.
 */
const testBuild = process.env.BACKEND_SCOUT_TEST === '1';

/**
 * The page the Firefox tests open the extension's pages from. WebDriver BiDi
 * refuses to navigate a tab to a moz-extension:// address, and a web page may
 * only open an extension page that is web-accessible to it; so the test build,
 * and only it, makes the three pages web-accessible to this one made-up origin,
 * which the tests answer themselves (no such host exists; nothing leaves the
 * machine). Chosen over the alternatives because it adds nothing to the
 * shipped code (a test-only signal in the background would), and keeps the
 * automation unprivileged (Firefox's -remote-allow-system-access would hand the
 * test driver the browser's own chrome privileges, where a test could pass for
 * reasons no recruiter's Firefox has).
 */
export const FIREFOX_TEST_LAUNCH_ORIGIN = 'https://launch.backend-scout.test';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifestVersion: 3,
  // The test build lives apart so a developer's own build is never overwritten.
  // BACKEND_SCOUT_OUT_DIR: npm test's production build for web-ext lint, kept apart too.
  outDir: testBuild ? '.output/test' : (process.env.BACKEND_SCOUT_OUT_DIR ?? '.output'),
  manifest: ({ browser }) => ({
    name: 'Backend Scout',
    description:
      'Screen backend engineers on GitHub and LinkedIn: evidence-backed flags, shortlists per role, CSV export. Everything stays in your browser.',
    // storage: settings and per-tab state; alarms: resume GitHub analyses after
    // a rate-limit wait, even when the background was stopped meanwhile.
    // sidePanel is Chrome's; Firefox has the sidebar (sidebar_action, from
    // entrypoints/sidepanel) and refuses the unknown permission.
    permissions: ['storage', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: ['https://api.github.com/*', ...(testBuild ? ['http://127.0.0.1/*'] : [])],
    // A GitHub Enterprise Server host is asked for at run time, in the options
    // page, when the recruiter names one (Firefox reads this key from 128 on).
    optional_host_permissions: ['https://*/*'],
    // Drawn by scripts/icons.ts into public/icon/ (committed; WXT copies public/ into the build).
    icons: ICONS,
    action: { default_title: 'Backend Scout', default_icon: ICONS },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // A fixed id: addons.mozilla.org signs by it, and storage and the
              // database stay with the add-on across updates.
              id: 'backend-scout@backend-scout.dev',
              // 140: the first Firefox with the built-in data-collection
              // consent below (older ones would need a consent page of ours).
              strict_min_version: '140.0',
              // What leaves the browser: GitHub logins read from the profile
              // pages (website content), sent to the GitHub API to analyse
              // them, which tells GitHub which profiles the recruiter looked
              // at (browsing activity). Nothing else: no telemetry, no server
              // of ours. Installing is the consent; the add-on cannot screen
              // GitHub evidence without it.
              data_collection_permissions: { required: ['websiteContent', 'browsingActivity'] },
            },
            // Firefox for Android has that consent from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
          ...(testBuild
            ? {
                web_accessible_resources: [
                  { resources: ['popup.html', 'sidepanel.html', 'options.html'], matches: [`${FIREFOX_TEST_LAUNCH_ORIGIN}/*`] },
                ],
              }
            : {}),
        }
      : {}),
  }),
});
