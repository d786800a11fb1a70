/**
 * The options page in Firefox. A GitHub Enterprise address is an optional
 * host permission (optional_host_permissions, Manifest V3): the page asks
 * for it within the recruiter's click, which Firefox insists on, and the
 * background's check request then goes to that host (a local TLS relay to
 * the fake GitHub, tests/firefox/harness.ts). The token and the settings stay
 * out of extension storage, in the add-on's own IndexedDB, as in Chromium's
 * options test.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub } from '../support/fake-github';
import { launchFirefoxScout, storedRows, storedSettings, type FirefoxScout } from './harness';
import { byLabel, byRole, fill, textOf } from './roles';

const HOST = 'github.scout-enterprise.test';
const ENTERPRISE = `https://${HOST}`;

describe('options in Firefox', () => {
  let scout: FirefoxScout;
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub({ scopes: '' });
    // The Enterprise server, answered by the fake GitHub.
    scout = await launchFirefoxScout({ enterprise: { host: HOST, forwardTo: gh.url } });
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
    // The check went to the Enterprise host, with the token saved for it.
    expect(gh.requests.filter((r) => r.headers.authorization !== undefined).length).toBeGreaterThan(0);
    // Extension storage (which content scripts can read and write) holds neither the token nor the settings.
    const local = await scout.inExtension(() => browser.storage.local.get(null));
    expect(JSON.stringify(local)).not.toContain(FAKE_TOKEN);
    expect(local).toEqual({});
    expect(await storedSettings(scout)).toMatchObject({ apiUrl: `${ENTERPRISE}/api/v3` });
    // The token is kept in the add-on's database, bound to the host it was saved for.
    expect(await storedRows(scout, 'secrets')).toEqual([expect.objectContaining({ value: FAKE_TOKEN, origin: ENTERPRISE })]);
  });
});
