/**
 * The attacks of issue 11, tried in the built extension as an attacker would:
 * hostile or forged profile pages (organisation links, one-way claims), a
 * GitHub whose reset is already past by our clock, an address changed under
 * a saved token, settings rewritten where content scripts can write, a
 * damaged record. The service worker's GitHub traffic goes to fake GitHubs
 * on 127.0.0.1, which see every request and its Authorization header.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURE_LOGINS, startFakeGitHub, type FakeGitHub } from '../support/fake-github';
import { githubPageOf, linkedinPageNaming } from './capture-helpers';
import { changeSettings, FIXTURES, launchScout, pointGitHubAt, storedCandidates, tabIdFor, githubStatus, type Scout } from './harness';

const fixture = (path: string) => readFileSync(`${FIXTURES}/${path}`, 'utf8');

/** Tomás's logged-in page as another student's, whose About mentions `github` ("my coursework is on github.com/…"). */
function studentPage(slug: string, first: string, github: string): string {
  return fixture('linkedin/junior-tomas-ruiz.html').replaceAll('tomas-ruiz-dev', slug).replaceAll('Tomás', first).replaceAll('truiz-codes', github);
}

const linkedinPage = linkedinPageNaming;
const githubPage = githubPageOf;

/** Ren's GitHub page as `login`'s: it names the LinkedIn profile /in/Ren-Okafor. */
const githubPageNamingRen = (login: string) => fixture('github/user-full-ren-okafor.html').replaceAll('ren-okafor', login);

async function serve(scout: Scout, url: string, body: string) {
  await scout.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
}

/** Opens a profile in a tab and its popup (as popup.html?tab=N). */
async function visit(scout: Scout, url: string): Promise<{ tab: Page; popup: Page }> {
  const tab = await scout.context.newPage();
  await tab.goto(url);
  const tabId = await tabIdFor(scout, url);
  const popup = await scout.openExtensionPage('popup.html', `?tab=${tabId}`);
  await popup.getByRole('heading', { level: 1 }).waitFor();
  return { tab, popup };
}

type Stored = Awaited<ReturnType<typeof storedCandidates>>[number];
async function candidate(scout: Scout, id: string): Promise<Stored | undefined> {
  return (await storedCandidates(scout.worker)).find((c) => c.id === id);
}

/** The alarm that wakes the worker for the GitHub queue, if one is set. */
async function queueAlarm(scout: Scout): Promise<number | undefined> {
  return scout.worker.evaluate(async () => (await (globalThis as unknown as { chrome: typeof browser }).chrome.alarms.get('github-queue'))?.scheduledTime);
}

describe('one candidate is one person', () => {
  let scout: Scout;
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = await startFakeGitHub();
    scout = await launchScout();
    await pointGitHubAt(scout, gh.url);
  });
  afterAll(async () => {
    await scout?.close();
    await gh?.close();
  });

  test('two people who mention the same organisation stay two people, and the organisation is nobody\'s GitHub', async () => {
    const org = FIXTURE_LOGINS.organisation;
    await serve(scout, 'https://www.linkedin.com/in/ana-one/', studentPage('ana-one', 'Ana', org));
    await serve(scout, 'https://www.linkedin.com/in/bo-two/', studentPage('bo-two', 'Bo', org));

    const ana = await visit(scout, 'https://www.linkedin.com/in/ana-one/');
    await ana.popup.getByRole('button', { name: 'Strong yes' }).click();
    await expect.poll(() => ana.popup.getByRole('button', { name: 'Strong yes' }).getAttribute('aria-pressed')).toBe('true');
    // GitHub says what it is: an organisation. Ana has no GitHub account, and nothing of the organisation's is hers.
    await expect.poll(async () => (await candidate(scout, 'linkedin:ana-one'))?.githubLogin, { timeout: 15_000 }).toBeNull();
    expect(await candidate(scout, 'linkedin:ana-one')).toMatchObject({ aliases: ['linkedin:ana-one'], claims: [] });
    await expect.poll(() => ana.popup.getByRole('button', { name: 'Refresh GitHub evidence' }).count()).toBe(0);

    const bo = await visit(scout, 'https://www.linkedin.com/in/bo-two/');
    expect(await bo.popup.getByRole('heading', { level: 1 }).textContent()).toContain('Bo');
    expect(await bo.popup.getByRole('button', { name: 'Strong yes' }).getAttribute('aria-pressed')).toBe('false');
    expect(await candidate(scout, 'linkedin:bo-two')).toMatchObject({ aliases: ['linkedin:bo-two'], claims: [], githubLogin: null, verdict: null });
    expect(await candidate(scout, 'linkedin:ana-one')).toMatchObject({ verdict: 'strong-yes' });
    expect(await bo.popup.getByRole('region', { name: 'Same person?' }).count()).toBe(0);
  });

  test('a second LinkedIn profile naming someone\'s GitHub never takes over their candidate: the recruiter is asked, and can keep them apart', async () => {
    const login = FIXTURE_LOGINS.backend;
    await serve(scout, `https://github.com/${login}`, githubPage(login));
    await serve(scout, 'https://www.linkedin.com/in/eve-mallory/', linkedinPage('eve-mallory', 'Eve Mallory', login));

    const owner = await visit(scout, `https://github.com/${login}`);
    await owner.popup.getByRole('button', { name: 'Maybe' }).click();
    await owner.popup.getByRole('button', { name: 'Save to shortlist' }).click();
    await expect.poll(async () => (await candidate(scout, `github:${login.toLowerCase()}`))?.verdict).toBe('maybe');

    const eve = await visit(scout, 'https://www.linkedin.com/in/eve-mallory/');
    expect(await eve.popup.getByRole('heading', { level: 1 }).textContent()).toBe('Eve Mallory');
    expect(await eve.popup.getByRole('button', { name: 'Maybe' }).getAttribute('aria-pressed')).toBe('false');
    expect(await eve.popup.getByText(/On the shortlist/).count()).toBe(0);
    // The owner's candidate is untouched: their profile, their verdict, their shortlist.
    const ownerRecord = (await candidate(scout, `github:${login.toLowerCase()}`)) as Stored & { profiles: { linkedin?: unknown }; shortlists: string[] };
    expect(ownerRecord).toMatchObject({ aliases: [`github:${login.toLowerCase()}`], verdict: 'maybe', shortlists: ['backend-engineer'] });
    expect(ownerRecord.profiles.linkedin).toBeUndefined();
    // Eve is not screened with the owner's GitHub.
    expect(await candidate(scout, 'linkedin:eve-mallory')).toMatchObject({ aliases: ['linkedin:eve-mallory'], githubLogin: null });

    // Both popups ask; the recruiter keeps them apart, and the question goes from both.
    const question = eve.popup.getByRole('group', { name: /^May be the same person as / });
    await expect.poll(() => question.count()).toBe(1);
    await expect.poll(() => owner.popup.getByRole('group', { name: 'May be the same person as Eve Mallory' }).count()).toBe(1);
    // The side panel's detail asks too.
    const sidePanel = await scout.openExtensionPage('sidepanel.html');
    await sidePanel.getByRole('grid', { name: 'Candidates' }).getByRole('gridcell', { name: 'Eve Mallory', exact: true }).click();
    const details = sidePanel.getByRole('region', { name: 'Candidate details' });
    const inPanel = details.getByRole('group', { name: /^May be the same person as / });
    await expect.poll(() => inPanel.getByRole('button', { name: 'Join' }).count()).toBe(1);
    expect(await inPanel.getByRole('button', { name: 'Keep apart' }).count()).toBe(1);
    await question.getByRole('button', { name: 'Keep apart' }).click();
    await expect.poll(() => inPanel.count()).toBe(0);
    await expect.poll(() => eve.popup.getByRole('group', { name: /^May be the same person as / }).count()).toBe(0);
    await expect.poll(() => owner.popup.getByRole('group', { name: /^May be the same person as / }).count()).toBe(0);
    expect((await storedCandidates(scout.worker)).filter((c) => c.id === 'linkedin:eve-mallory' || c.id === `github:${login.toLowerCase()}`)).toHaveLength(2);
  });

  test('a GitHub page naming someone\'s LinkedIn stays apart until the recruiter joins them; another tab\'s popup follows the join, which can be undone', async () => {
    await serve(scout, 'https://www.linkedin.com/in/ren-okafor/', linkedinPage('ren-okafor', 'Ren Okafor', 'ren-okafor'));
    await serve(scout, 'https://github.com/x-impostor', githubPageNamingRen('x-impostor'));

    const ren = await visit(scout, 'https://www.linkedin.com/in/ren-okafor/');
    await ren.popup.getByRole('button', { name: 'Strong yes' }).click();
    await expect.poll(async () => (await candidate(scout, 'linkedin:ren-okafor'))?.verdict).toBe('strong-yes');
    const impostor = await visit(scout, 'https://github.com/x-impostor');
    // Its pinned repositories are not Ren's, and its page did not join hers.
    const renRecord = (await candidate(scout, 'linkedin:ren-okafor')) as Stored & { profiles: { github?: unknown } };
    expect(renRecord.aliases).toEqual(['linkedin:ren-okafor']);
    expect(renRecord.profiles.github).toBeUndefined();
    expect(await impostor.popup.getByRole('button', { name: 'Strong yes' }).getAttribute('aria-pressed')).toBe('false');

    // The recruiter decides they are one person after all: Join, from the GitHub tab's popup.
    const question = impostor.popup.getByRole('group', { name: 'May be the same person as Ren Okafor' });
    await expect.poll(() => question.count()).toBe(1);
    await question.getByRole('button', { name: 'Join' }).click();
    await expect.poll(async () => (await storedCandidates(scout.worker)).some((c) => c.id === 'github:x-impostor')).toBe(false);
    expect((await candidate(scout, 'linkedin:ren-okafor'))?.aliases.sort()).toEqual(['github:x-impostor', 'linkedin:ren-okafor']);
    // The GitHub tab's popup follows the joined candidate (with Ren's verdict) instead of "could not be loaded".
    await expect.poll(() => impostor.popup.getByRole('button', { name: 'Strong yes' }).getAttribute('aria-pressed')).toBe('true');
    expect(await impostor.popup.getByRole('heading', { level: 1 }).textContent()).toBe('Ren Okafor');
    expect(await impostor.popup.getByRole('alert').count()).toBe(0);

    // Undone: two candidates again, each with its own.
    await ren.popup.getByRole('group', { name: /^Joined with / }).getByRole('button', { name: 'Separate again' }).click();
    await expect.poll(async () => (await candidate(scout, 'github:x-impostor'))?.aliases).toEqual(['github:x-impostor']);
    expect((await candidate(scout, 'linkedin:ren-okafor'))?.aliases).toEqual(['linkedin:ren-okafor']);
    expect(await candidate(scout, 'github:x-impostor')).toMatchObject({ verdict: null });
    await expect.poll(() => impostor.popup.getByRole('button', { name: 'Strong yes' }).getAttribute('aria-pressed')).toBe('false');
  });

  test('blind mode: the popup shows no name, login or place, in the evidence and the analysis status too, and repositories without their owner', async () => {
    const login = FIXTURE_LOGINS.backend;
    const { popup } = await visit(scout, `https://github.com/${login}`);
    await expect.poll(() => githubStatus(popup), { timeout: 15_000 }).toBe('GitHub analysis done.');
    await changeSettings(popup, { blindMode: true });
    const alias = (await candidate(scout, `github:${login.toLowerCase()}`))!.blindAlias!;
    await expect.poll(() => popup.getByRole('heading', { level: 1 }).textContent()).toBe(alias);
    // Open every flag, so its evidence is on the page too.
    const closed = popup.locator('details:not([open]) > summary');
    while ((await closed.count()) > 0) await closed.first().click();
    const text = await popup.locator('body').innerText();
    expect(text).not.toMatch(new RegExp(login, 'i'));
    expect(text).not.toMatch(/Ada|Lisbon/);
    expect(await popup.locator('a[href*="github.com"]').count()).toBe(0);
    await changeSettings(popup, { blindMode: false });
  });
});

describe('the worker never hammers GitHub', () => {
  let scout: Scout;
  let gh: FakeGitHub;
  beforeAll(async () => {
    // GitHub's reset is two minutes ago by our clock (a fast local clock, a stale header), and the budget stays spent.
    gh = await startFakeGitHub({ resetInSeconds: -120 });
    gh.fail({ kind: 'rate-limit' }, { times: 10_000 });
    scout = await launchScout();
    await pointGitHubAt(scout, gh.url);
  });
  afterAll(async () => {
    await scout?.close();
    await gh?.close();
  });

  test('a spent budget whose reset is already past: one try, then the alarm a minute or more later, and no loop', async () => {
    const login = FIXTURE_LOGINS.backend;
    await serve(scout, `https://github.com/${login}`, githubPage(login));
    const { popup } = await visit(scout, `https://github.com/${login}`);
    const before = Date.now();
    await expect.poll(() => queueAlarm(scout), { timeout: 15_000 }).toBeGreaterThan(before + 55_000);
    await expect.poll(() => githubStatus(popup)).toMatch(/^Waiting for GitHub until/);
    // The repositories and the search went out together, once.
    expect(gh.counts.total).toBeLessThanOrEqual(2);
  });
});

describe('the token stays with its host', () => {
  let scout: Scout;
  let first: FakeGitHub;
  let second: FakeGitHub;
  beforeAll(async () => {
    first = await startFakeGitHub();
    second = await startFakeGitHub();
    scout = await launchScout();
  });
  afterAll(async () => {
    await scout?.close();
    await first?.close();
    await second?.close();
  });

  const authorised = (gh: FakeGitHub) => gh.requests.filter((r) => r.headers.authorization !== undefined).length;

  test('changing only the address removes the token with a sentence; neither "Save and check" nor the analyses send it to the new host', async () => {
    const options = await scout.openExtensionPage('options.html');
    await options.getByRole('textbox', { name: 'GitHub API address' }).fill(first.url);
    await options.getByLabel('GitHub token').fill(first.token);
    await options.getByRole('button', { name: 'Save and check' }).click();
    await expect.poll(() => options.getByRole('status').textContent(), { timeout: 10_000 }).toMatch(/Signed in to GitHub as/);
    expect(authorised(first)).toBe(1);

    await options.getByRole('textbox', { name: 'GitHub API address' }).fill(second.url);
    await options.getByRole('button', { name: 'Save and check' }).click();
    await expect.poll(() => options.getByRole('alert').textContent(), { timeout: 10_000 }).toMatch(
      /^The saved GitHub token was for 127\.0\.0\.1:\d+, so it was removed and will not be sent to 127\.0\.0\.1:\d+/,
    );
    await expect.poll(() => options.getByRole('status').textContent()).toMatch(/No token: public access/);
    expect(second.counts.total + second.requests.length).toBeGreaterThan(0);
    expect(authorised(second)).toBe(0);

    const login = FIXTURE_LOGINS.backend;
    await serve(scout, `https://github.com/${login}`, githubPage(login));
    const { popup } = await visit(scout, `https://github.com/${login}`);
    await expect.poll(() => githubStatus(popup), { timeout: 15_000 }).toBe('GitHub analysis done.');
    expect(second.counts.core).toBeGreaterThan(0);
    expect(authorised(second)).toBe(0);
    expect(authorised(first)).toBe(1);
  });

  test('settings written where content scripts can write (storage.local) change nothing: blind mode stays on, the address stays', async () => {
    const sidePanel = await scout.openExtensionPage('sidepanel.html');
    await changeSettings(sidePanel, { blindMode: true });
    await scout.worker.evaluate(() =>
      (globalThis as unknown as { chrome: typeof browser }).chrome.storage.local.set({ settings: { blindMode: false, apiUrl: 'https://evil.example/api/v3' } }),
    );
    await sidePanel.reload();
    const grid = sidePanel.getByRole('grid', { name: 'Candidates' });
    const alias = (await candidate(scout, `github:${FIXTURE_LOGINS.backend.toLowerCase()}`))!.blindAlias!;
    await expect.poll(() => grid.getByRole('gridcell', { name: alias, exact: true }).count()).toBe(1);
    // A refresh still goes to the saved address.
    const before = second.counts.total;
    const reply = await sidePanel.evaluate(
      (id) => (globalThis as unknown as { chrome: typeof browser }).chrome.runtime.sendMessage({ type: 'refresh-github', candidateId: id }),
      `github:${FIXTURE_LOGINS.backend.toLowerCase()}`,
    );
    expect(reply).toEqual({ ok: true, value: 1 });
    await expect.poll(() => second.counts.total).toBeGreaterThan(before);
    await changeSettings(sidePanel, { blindMode: false });
  });
});

describe('a damaged record', () => {
  let scout: Scout;
  beforeAll(async () => {
    scout = await launchScout();
    scout.servePage('https://www.linkedin.com/in/mara-lind/', 'linkedin/logged-in-mara-lind.html');
  });
  afterAll(async () => scout?.close());

  test('is skipped and named in the side panel, and the popup of its tab says so instead of failing', async () => {
    const { popup } = await visit(scout, 'https://www.linkedin.com/in/mara-lind/');
    const sidePanel = await scout.openExtensionPage('sidepanel.html');
    await sidePanel.getByRole('searchbox', { name: 'Search candidates' }).waitFor();
    // A second candidate, then Mara's record damaged (as a half-written record or a hand edit leaves it).
    await sidePanel.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('backend-scout');
          open.onsuccess = () => {
            const tx = open.result.transaction('candidates', 'readwrite');
            const store = tx.objectStore('candidates');
            store.put({ id: 'linkedin:zoe', aliases: ['linkedin:zoe'], claims: [], profiles: {}, firstCapturedAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-02T00:00:00.000Z' });
            const read = store.get('linkedin:mara-lind');
            read.onsuccess = () => store.put({ ...read.result, stage: 'somewhere odd', aliases: 'not a list' });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await sidePanel.reload();
    await expect.poll(() => sidePanel.getByText(/1 stored candidate could not be read and is left out/).count()).toBe(1);
    await expect.poll(() => sidePanel.getByRole('grid', { name: 'Candidates' }).getByRole('gridcell', { name: 'zoe', exact: true }).count()).toBe(1);

    await popup.reload();
    await expect.poll(() => popup.getByRole('alert').textContent()).toMatch(/stored record is damaged/);
  });
});
