/**
 * What the Firefox manifest promises addons.mozilla.org and the recruiter,
 * read from the built files: the production build (what `npm run zip` ships)
 * and the test build, which differs only by what the tests need.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIREFOX_TEST_LAUNCH_ORIGIN } from '../../wxt.config';
import { FIREFOX_TEST_BUILD } from './harness';
import { FIREFOX_PRODUCTION_BUILD } from './lint';

type Manifest = Record<string, any>;
const read = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('the Firefox manifest', () => {
  const production = read(FIREFOX_PRODUCTION_BUILD);

  test('is Manifest V3 with an event page, not a service worker', () => {
    expect(production.manifest_version).toBe(3);
    expect(production.background).toEqual({ scripts: ['background.js'] });
  });

  test('carries the gecko id, the minimum version and the data-collection declaration addons.mozilla.org requires', () => {
    expect(production.browser_specific_settings).toEqual({
      gecko: {
        id: 'backend-scout@backend-scout.dev',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['websiteContent', 'browsingActivity'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  test('asks for storage and alarms only (no sidePanel), reaches api.github.com, and may ask for an Enterprise host later', () => {
    expect(production.permissions).toEqual(['storage', 'alarms']);
    expect(production.host_permissions).toEqual(['https://api.github.com/*']);
    expect(production.optional_host_permissions).toEqual(['https://*/*']);
    expect(production.optional_permissions).toBeUndefined();
  });

  test('has the sidebar where Chrome has the side panel, opened when the recruiter asks', () => {
    expect(production.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    expect(production.side_panel).toBeUndefined();
    expect(production.action).toMatchObject({ default_popup: 'popup.html' });
  });

  test('opens no page to the web and reaches no loopback address: those are the test build’s alone', () => {
    expect(production.web_accessible_resources).toBeUndefined();
    expect(JSON.stringify(production)).not.toMatch(/127\.0\.0\.1|backend-scout\.test/);
  });

  test('the test build differs only by the loopback host and its pages opened from the launch origin', () => {
    const testBuild = read(FIREFOX_TEST_BUILD);
    expect(testBuild.web_accessible_resources).toEqual([
      { resources: ['popup.html', 'sidepanel.html', 'options.html'], matches: [`${FIREFOX_TEST_LAUNCH_ORIGIN}/*`] },
    ]);
    const { web_accessible_resources: _pages, host_permissions: hosts, ...rest } = testBuild;
    expect(hosts).toEqual([...production.host_permissions, 'http://127.0.0.1/*']);
    const { host_permissions: _hosts, ...productionRest } = production;
    expect(rest).toEqual(productionRest);
  });
});
