/**
 * The popup with GitHub evidence in Firefox, as tests/browser/popup-github.test.ts
 * in Chromium: the add-on's event page talks to the local fake GitHub on
 * 127.0.0.1 (storage.session and alarms in an event page), the popup shows
 * the repositories behind each flag, the analysis state and the budget; the
 * recruiter's verdict and shortlist are stored, the toolbar badge counts the
 * flags, and "Open side panel" opens Firefox's sidebar.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFakeGitHub, FIXTURE_LOGINS, type FakeGitHub } from '../support/fake-github';
import { ruleById } from '../../lib/screening';
import { FIXTURES, githubStatus, launchFirefoxScout, pointGitHubAt, storedRows, tabIdFor, type FirefoxScout } from './harness';
import { byRole, countByRole, textOf } from './roles';

const OSS = ruleById('oss-backend-contributions')!.label;

describe('the popup with GitHub evidence, in Firefox', () => {
  let scout: FirefoxScout;
  let gh: FakeGitHub;
  const login = FIXTURE_LOGINS.backend;
  const profileUrl = `https://github.com/${login}`;

  beforeAll(async () => {
    gh = await startFakeGitHub();
    scout = await launchFirefoxScout();
    await pointGitHubAt(scout, gh.url);
    // The fixture profile page, re-labelled for the fake GitHub's strong backend user.
    scout.serveHtml(profileUrl, readFileSync(`${FIXTURES}/github/user-ada-dev.html`, 'utf8').replaceAll('ada-dev', login));
  });
  afterAll(async () => {
    await scout?.close();
    await gh?.close();
  });

  test('shows the repositories behind the flags, the analysis state and the budget; verdict, shortlist and badge are kept', async () => {
    const tab = await scout.newPage();
    await tab.goto(profileUrl);
    const tabId = await tabIdFor(scout, profileUrl);
    const popup = await scout.openExtensionPage('popup.html', `?tab=${tabId}`);

    // GitHub in one line; its state and budget behind it.
    const github = await byRole(popup, 'region', 'GitHub');
    await expect
      .poll(() => github.$eval('summary', (summary) => summary.textContent ?? ''), { timeout: 20_000 })
      .toMatch(/^GitHub: \d+ repositories read, \d+ merged pull requests? to others' backend projects/);
    await expect.poll(() => githubStatus(popup), { timeout: 20_000 }).toBe('GitHub analysis done.');
    // No token: the page gave the profile, so one core request and one search.
    expect({ core: gh.counts.core, search: gh.counts.search, graphql: gh.counts.graphql }).toEqual({ core: 1, search: 1, graphql: 0 });
    expect(await textOf(github)).toMatch(/GitHub requests left: \d+ of 60/);

    // Each flag leads with its evidence; a merged pull request links to it.
    const green = await byRole(popup, 'region', /^Green flags/);
    const evidence = await byRole(green, 'list', `Evidence for ${OSS}`);
    expect(await evidence.$eval('a', (a) => a.getAttribute('href'))).toMatch(/\/pull\/\d+$/);

    await (await byRole(popup, 'button', 'Strong yes')).click();
    await expect.poll(async () => (await byRole(popup, 'button', 'Strong yes')).evaluate((b) => b.getAttribute('aria-pressed'))).toBe('true');
    await (await byRole(popup, 'button', 'Save to shortlist')).click();
    await expect.poll(async () => (await popup.evaluate(() => document.body.innerText)).includes('On the Backend engineer shortlist.')).toBe(true);
    const [stored] = await storedRows<{ verdict: string; shortlists: string[] }>(scout, 'candidates');
    expect(stored).toMatchObject({ verdict: 'strong-yes', shortlists: ['backend-engineer'] });

    // The toolbar badge counts the flags for that tab (browser.action: Manifest V3 in Firefox too).
    const badge = await scout.inExtension((id) => browser.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toMatch(/^\d+·\d+$/);
  });

  test('"Open side panel" opens Firefox\'s sidebar, which shows the shortlist', async () => {
    const popup = await scout.openExtensionPage('popup.html', `?tab=${await tabIdFor(scout, profileUrl)}`);
    // The sidebar of the window the popup is in (each page of the harness has a window of its own).
    const windowId = await popup.evaluate(async () => (await browser.windows.getCurrent()).id!);
    const isOpen = () => scout.inExtension((id) => (browser as unknown as FirefoxSidebar).sidebarAction.isOpen({ windowId: id }), windowId);
    expect(await isOpen()).toBe(false);
    await (await byRole(popup, 'button', 'Open side panel')).click();
    await expect.poll(isOpen).toBe(true);
    // The sidebar's page, opened as a tab, lists the person saved above (a header row and hers).
    const sidebar = await scout.openExtensionPage('sidepanel.html');
    await expect.poll(async () => countByRole(await byRole(sidebar, 'grid', 'Candidates'), 'row')).toBe(2);
  });
});

interface FirefoxSidebar {
  sidebarAction: { isOpen(details: { windowId?: number }): Promise<boolean> };
}
