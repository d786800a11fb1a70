/**
 * The popup with GitHub evidence: the service worker's GitHub traffic goes
 * to the local fake GitHub on 127.0.0.1 (the test build may reach it), and
 * the popup shows the repositories behind each flag, the analysis state and
 * the remaining budget; the recruiter's verdict and shortlist are stored.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFakeGitHub, FIXTURE_LOGINS, type FakeGitHub } from '../support/fake-github';
import { ruleById } from '../../lib/screening';
import { FIXTURES, launchScout, pointGitHubAt, storedCandidates, tabIdFor, type Scout } from './harness';

const OSS = ruleById('oss-backend-contributions')!.label;

describe('the popup with GitHub evidence', () => {
  let scout: Scout;
  let gh: FakeGitHub;
  const login = FIXTURE_LOGINS.backend;
  const profileUrl = `https://github.com/${login}`;

  beforeAll(async () => {
    gh = await startFakeGitHub();
    scout = await launchScout();
    await pointGitHubAt(scout, gh.url);
    // The fixture profile page, re-labelled for the fake GitHub's strong backend user.
    const page = readFileSync(`${FIXTURES}/github/user-ada-dev.html`, 'utf8').replaceAll('ada-dev', login);
    await scout.context.route(profileUrl, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: page }));
  });
  afterAll(async () => {
    await scout?.close();
    await gh?.close();
  });

  test('shows the repositories behind the flags, the analysis state and the budget; verdict and shortlist are kept', async () => {
    const tab = await scout.context.newPage();
    await tab.goto(profileUrl);
    const tabId = await tabIdFor(scout, profileUrl);
    const popup = await scout.openExtensionPage('popup.html', `?tab=${tabId}`);

    // GitHub in one line; its state and budget behind it.
    const github = popup.getByRole('region', { name: 'GitHub' });
    await expect.poll(() => github.locator('summary').textContent(), { timeout: 15_000 }).toMatch(/^GitHub: \d+ repositories read, \d+ merged pull requests? to others' backend projects$/);
    await github.locator('summary').click();
    await expect.poll(() => github.getByRole('status').textContent(), { timeout: 15_000 }).toBe('GitHub analysis done.');
    // No token: the page gave the profile, so one core request and one search.
    expect({ core: gh.counts.core, search: gh.counts.search, graphql: gh.counts.graphql }).toEqual({ core: 1, search: 1, graphql: 0 });
    expect(await github.textContent()).toMatch(/GitHub requests left: \d+ of 60/);

    const green = popup.getByRole('region', { name: /Green flags/ });
    const evidence = green.getByRole('list', { name: `Evidence for ${OSS}` });
    const link = evidence.getByRole('link').first();
    expect(await link.getAttribute('href')).toMatch(/\/pull\/\d+$/);

    await popup.getByRole('button', { name: 'Strong yes' }).click();
    await expect.poll(() => popup.getByRole('button', { name: 'Strong yes' }).getAttribute('aria-pressed')).toBe('true');
    await popup.getByRole('button', { name: 'Save to shortlist' }).click();
    await expect.poll(() => popup.getByText('On the Backend engineer shortlist.').count()).toBe(1);
    const [stored] = (await storedCandidates(scout.worker)) as unknown as Array<{ verdict: string; shortlists: string[] }>;
    expect(stored).toMatchObject({ verdict: 'strong-yes', shortlists: ['backend-engineer'] });

    // The toolbar badge counts the flags for that tab.
    const badge = await scout.worker.evaluate((id) => (globalThis as unknown as { chrome: typeof browser }).chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toMatch(/^\d+·\d+$/);
  });
});
