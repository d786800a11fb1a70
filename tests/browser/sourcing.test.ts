/**
 * Sourcing end to end in Chromium, against the local fake GitHub with the
 * requests counted at the server: a repository page, the popup's "Find the
 * people behind …", discovery in the worker, the side panel's Sourcing view
 * with each person's contribution, screening the top people through the
 * GitHub queue, and adding them to a shortlist without duplicating anyone
 * already known.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startFakeGitHub, FIXTURE_REPOS, type FakeGitHub } from '../support/fake-github';
import { FIXTURES, launchScout, pointGitHubAt, storedCandidates, tabIdFor, githubStatus, type Scout } from './harness';

const REPO_URL = `https://github.com/${FIXTURE_REPOS.ledgerd}`;
const ADA_URL = 'https://github.com/ada-backend';

/** The person `n. login` of a list. */
const person = (list: ReturnType<Page['getByRole']>, rank: number, login: string) => list.getByRole('listitem', { name: `${rank}. ${login}` });

describe('sourcing from a repository', () => {
  let scout: Scout;
  let gh: FakeGitHub;

  beforeAll(async () => {
    gh = await startFakeGitHub();
    scout = await launchScout();
    // The fake GitHub's address, saved where the background reads it (the extension's IndexedDB).
    await pointGitHubAt(scout, gh.url);
    scout.servePage(REPO_URL, 'repository/quillworks-ledgerd.html');
    // Ada's own profile page (the fixture relabelled), to make her known before sourcing.
    const profile = readFileSync(`${FIXTURES}/github/user-ada-dev.html`, 'utf8').replaceAll('ada-dev', 'ada-backend');
    await scout.context.route(ADA_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: profile }));
  });
  afterAll(async () => {
    await scout?.close();
    await gh?.close();
  });

  test('repository page → popup → discovery → Sourcing view → screen the top people → shortlist them', async () => {
    // Ada was met before: captured from her profile and put on the Backend engineer shortlist.
    const adaTab = await scout.context.newPage();
    await adaTab.goto(ADA_URL);
    const adaPopup = await scout.openExtensionPage('popup.html', `?tab=${await tabIdFor(scout, ADA_URL)}`);
    await adaPopup.getByRole('button', { name: 'Save to shortlist' }).click();
    await expect.poll(() => githubStatus(adaPopup), { timeout: 15_000 }).toBe('GitHub analysis done.');
    await adaPopup.close();
    gh.resetCounts();

    // The repository page: the popup offers to find the people behind it.
    const repoTab = await scout.context.newPage();
    await repoTab.goto(REPO_URL);
    const popup = await scout.openExtensionPage('popup.html', `?tab=${await tabIdFor(scout, REPO_URL)}`);
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe('quillworks/ledgerd');
    // Without a token it says so plainly, and offers one.
    await expect.poll(() => popup.getByText(/about 25 people an hour can be screened/).count()).toBe(1);
    expect(await popup.getByRole('link', { name: 'Add a GitHub token' }).getAttribute('href')).toBe('/options.html');

    await popup.getByRole('button', { name: 'Find the people behind quillworks/ledgerd' }).click();
    await expect
      .poll(() => popup.getByRole('status').textContent(), { timeout: 20_000 })
      .toMatch(/^Read 31 merged pull requests and 61 commits of quillworks\/ledgerd since \d+ \w{3} \d{4}: 6 people found\.$/);
    // Discovery without a token: the repository and its commits (2 core), one search.
    expect({ core: gh.counts.core, search: gh.counts.search, graphql: gh.counts.graphql }).toEqual({ core: 2, search: 1, graphql: 0 });
    expect(await popup.getByText(/Reviews were not counted/).count()).toBe(1);
    // Its way to the side panel asks the panel for the Sourcing view.
    await popup.getByRole('button', { name: 'See the 6 people in the side panel' }).click();
    await expect
      .poll(() => scout.worker.evaluate(async () => (await (globalThis as unknown as { chrome: typeof browser }).chrome.storage.session.get('sidePanelView')).sidePanelView))
      .toBe('sourcing');

    const panel = await scout.openExtensionPage('sidepanel.html');
    const list = panel.getByRole('list', { name: 'People behind quillworks/ledgerd' });
    await expect.poll(() => list.getByRole('listitem').count(), { timeout: 15_000 }).toBe(6);
    expect(await panel.getByRole('button', { name: 'Sourcing' }).getAttribute('aria-pressed')).toBe('true');

    // Each person with their contribution in words, linked to GitHub; Ada marked as known.
    const dee = person(list, 1, 'dee-ops');
    expect(await dee.getByRole('link', { name: '4 merged pull requests' }).getAttribute('href')).toBe(
      `${gh.webUrl}/quillworks/ledgerd/pulls?q=is%3Apr+author%3Adee-ops+is%3Amerged`,
    );
    expect(await dee.textContent()).toMatch(/4 merged pull requests, 24 commits, last on \d+ \w{3} \d{4}/);
    const ada = person(list, 2, 'ada-backend');
    // Who is already known is read beside the list (a live query), so it may follow the list by a moment.
    await expect.poll(() => ada.textContent()).toContain('On Backend engineer shortlist · Sourced');

    // Screen the top 3 through the GitHub queue.
    await panel.getByRole('spinbutton', { name: 'How many' }).fill('3');
    await panel.getByRole('button', { name: 'Screen the top 3' }).click();
    await expect.poll(() => panel.getByText(/^Screened \d of 3$/).textContent(), { timeout: 30_000 }).toBe('Screened 3 of 3');
    expect(await panel.getByRole('progressbar', { name: 'Screening progress' }).getAttribute('value')).toBe('3');
    for (const [rank, login] of [[1, 'dee-ops'], [2, 'ada-backend'], [3, 'bruno-queue']] as const) {
      await expect.poll(() => person(list, rank, login).textContent()).toMatch(/(Student|Early career|Mid-level|Senior|Staff\+|Level not known)[^]*green/);
    }
    // Ada's analysis was cached: only Dee and Bruno cost requests, as --github does (2 core + 1 search each).
    expect({ core: gh.counts.core, search: gh.counts.search }).toEqual({ core: 2 + 2 * 2, search: 1 + 2 });
    // The remaining budget in words.
    expect(await panel.getByText(/^GitHub requests left: \d+ of 60, enough for about \d+ more people; resets at \d\d:\d\d\.$/).count()).toBe(1);
    // Not yet screened people say so.
    expect(await person(list, 4, 'gus-docs').textContent()).toContain('Not screened yet.');

    // Add Ada, Eli and Dee to the shortlist: Ada is already there and is not duplicated.
    for (const login of ['ada-backend', 'eli-newcomer', 'dee-ops']) await panel.getByRole('checkbox', { name: `Select ${login}` }).check();
    await panel.getByRole('button', { name: 'Add the selected to the shortlist' }).click();
    await expect.poll(() => panel.getByRole('status').filter({ hasText: 'on the Backend engineer shortlist' }).textContent()).toBe('3 people on the Backend engineer shortlist.');
    await expect.poll(() => person(list, 5, 'eli-newcomer').textContent()).toContain('On Backend engineer shortlist · Sourced');
    const stored = (await storedCandidates(scout.worker)) as unknown as Array<{ id: string; shortlists: string[]; contributions?: Array<{ repository: string }> }>;
    expect(stored.map((c) => c.id).sort()).toEqual(['github:ada-backend', 'github:dee-ops', 'github:eli-newcomer']);
    expect(stored.every((c) => c.shortlists.includes('backend-engineer'))).toBe(true);
    expect(stored.find((c) => c.id === 'github:eli-newcomer')?.contributions?.[0]?.repository).toBe('quillworks/ledgerd');

    // The shortlist shows them, with the contribution among their flags' evidence once Eli's analysis lands.
    await panel.getByRole('button', { name: 'Shortlists' }).click();
    await expect.poll(() => panel.getByRole('row').filter({ hasText: 'Eli Newcomer' }).count(), { timeout: 20_000 }).toBe(1);
  });
});
