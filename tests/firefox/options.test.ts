/**
 * The options page in Firefox. A GitHub Enterprise address is an optional
 * host permission (optional_host_permissions, Manifest V3): the page asks
 * for it within the recruiter's click, which Firefox insists on, and the
 * check request then goes to that host, here answered by the fake GitHub.
 * The token stays out of extension storage, as in Chromium's options test.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from '../support/fake-github';
import { launchFirefoxScout, type FirefoxScout } from './harness';
import { byLabel, byRole, fill, textOf } from './roles';

const ENTERPRISE = 'https://github.scout-enterprise.test';

describe('options in Firefox', () => {
  let scout: FirefoxScout;
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub({ scopes: '' });
    scout = await launchFirefoxScout();
    // The Enterprise server's API root, answered by the fake GitHub.
    scout.forward(`${ENTERPRISE}/api/v3`, gh.url);
  });
  afterAll(async () => {
    await scout?.close();
    await gh?.close();
  });

  test('a GitHub Enterprise address asks for its host, then the token is checked there and kept out of extension storage', async () => {
    const hasHost = () => scout.inExtension((origin) => browser.permissions.contains({ origins: [`${origin}/*`] }), ENTERPRISE);
    expect(await hasHost()).toBe(false);

    const page = await scout.openExtensionPage('options.html');
    await fill(await byRole(page, 'textbox', 'GitHub API address'), ENTERPRISE);
    await (await byLabel(page, 'GitHub token')).type(FAKE_TOKEN);
    await (await byRole(page, 'button', 'Save and check')).click();
    await expect.poll(async () => textOf(await byRole(page, 'status')), { timeout: 20_000 }).toMatch(/Signed in to GitHub as .+ of 5000 requests left/);

    expect(await hasHost()).toBe(true);
    expect(gh.counts.core).toBeGreaterThan(0);
    const local = await scout.inExtension(() => browser.storage.local.get(null));
    expect(JSON.stringify(local)).not.toContain(FAKE_TOKEN);
    expect(local).toMatchObject({ settings: { apiUrl: `${ENTERPRISE}/api/v3` } });
  });
});
