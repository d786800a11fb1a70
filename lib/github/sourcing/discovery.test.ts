/**
 * Discovery against the local fake GitHub: who is found behind a
 * repository on each path, what it costs (counted at the server), and what
 * a recruiter is told when the repository or GitHub gets in the way; every
 * time, whatever was found is kept.
 */
import { describe, expect, test } from 'vitest';
import {
  REVIEWS_NOT_READ,
  defaultSince,
  discoverRepository,
  discoveryLimits,
  discoveryProgress,
  discoveryStep,
  isDone,
  parseRepositoryRef,
  rankDiscovery,
  startDiscovery,
  type RepositoryRef,
} from './';
import { GitHubError } from '..';
import { FAKE_TOKEN, FIXTURE_REPOS, daysAgo } from '../../../tests/support/fake-github';
import { clientFor, fakeGitHub } from '../../../tests/support/github';

const now = new Date();
const since = defaultSince(now);

function ref(fullName: string): RepositoryRef {
  const parsed = parseRepositoryRef(fullName);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.ref;
}

const logins = (run: { discovery: Parameters<typeof rankDiscovery>[0] }) => rankDiscovery(run.discovery, now.getTime()).map((p) => p.login);

describe('with a token: GraphQL, one request per 100 merged pull requests', () => {
  test('ledgerd: authors, reviewers and committers in one request; bots and the owning organisation left out', async () => {
    const gh = await fakeGitHub();
    const run = await discoverRepository(clientFor(gh, { token: FAKE_TOKEN }).octokit, ref(FIXTURE_REPOS.ledgerd), { since });
    expect(run.failure).toBeNull();
    expect(gh.counts).toMatchObject({ graphql: 1, core: 0, search: 0, total: 1 });
    // The query is valid against GitHub's real schema (the fake executes it there).
    expect(gh.graphqlErrors).toEqual([]);
    const people = rankDiscovery(run.discovery, now.getTime());
    expect(people.map((p) => p.login)).toEqual(['ada-backend', 'dee-ops', 'bruno-queue', 'chen-reviews', 'gus-docs', 'eli-newcomer', 'olga-oldtimer']);
    expect(people.map((p) => p.login)).not.toContain('dependabot[bot]');
    expect(people.map((p) => p.login)).not.toContain('renovate[bot]');
    expect(people.map((p) => p.login)).not.toContain('quillworks');
    const byLogin = Object.fromEntries(people.map((p) => [p.login, p]));
    // Bruno reviewed his own "Outbox" pull request: not a review of somebody else's.
    expect(byLogin['bruno-queue']).toMatchObject({ mergedPullRequests: 7, reviews: 2 });
    // Chen reviewed 12 pull requests (one of them twice) and merged none.
    expect(byLogin['chen-reviews']).toMatchObject({ mergedPullRequests: 0, reviews: 12, commits: 3 });
    // Olga's pull requests are older than the window; one review of hers is in it.
    expect(byLogin['olga-oldtimer']).toMatchObject({ mergedPullRequests: 0, reviews: 1, commits: 0 });
    expect(run.discovery.facts).toMatchObject({ fullName: 'quillworks/ledgerd', ownerIsOrganisation: true, backend: { value: true } });
    expect(discoveryLimits(run.discovery)).toEqual([]);
  });

  test('queue-engine: 400 merged pull requests in 3 pages (reading stops once a page is older than the window), 100,000 commits never read whole', async () => {
    const gh = await fakeGitHub();
    const seen: string[] = [];
    const run = await discoverRepository(clientFor(gh, { token: FAKE_TOKEN }).octokit, ref(FIXTURE_REPOS.queueEngine), {
      since,
      onProgress: (d) => seen.push(discoveryProgress(d)),
    });
    expect(run.failure).toBeNull();
    expect(gh.counts).toMatchObject({ graphql: 3, total: 3 });
    expect(run.discovery.pullRequestsRead).toBe(300);
    expect(run.discovery.pullRequestsInWindow).toBe(250);
    expect(run.discovery.pullRequestsRead / gh.counts.graphql).toBeGreaterThanOrEqual(100);
    expect(seen[0]).toBe('Read 100 of 400 merged pull requests: 30 people found so far.');
    expect(seen[1]).toBe('Read 200 of 400 merged pull requests: 30 people found so far.');
    expect(seen.at(-1)).toMatch(/^Read 250 merged pull requests and 300 commits of quillworks\/queue-engine since .*: 30 people found\.$/);
    expect(discoveryLimits(run.discovery)).toEqual([
      "Only the 300 newest commits since the window's start were read (100 per 100 merged pull requests, to stay within GitHub's budget).",
    ]);
    // The contributors list GitHub refuses as too large is never asked for.
    expect(gh.counts.byPath['GET /repos/quillworks/queue-engine/contributors']).toBeUndefined();
    expect(logins(run)).toHaveLength(30);
  });
});

describe('without a token: at most 2 core and 2 search requests', () => {
  test('ledgerd: the repository, its newest commits and one search; reviews not counted, and the ranking says so', async () => {
    const gh = await fakeGitHub();
    const run = await discoverRepository(clientFor(gh).octokit, ref(FIXTURE_REPOS.ledgerd), { since });
    expect(run.failure).toBeNull();
    expect(gh.counts).toMatchObject({ core: 2, search: 1, graphql: 0 });
    expect(gh.counts.byPath).toEqual({
      'GET /repos/quillworks/ledgerd': 1,
      'GET /repos/quillworks/ledgerd/commits': 1,
      'GET /search/issues': 1,
    });
    const search = gh.requests.find((r) => r.path === '/search/issues')!.query.get('q');
    expect(search).toBe(`repo:quillworks/ledgerd is:pr is:merged merged:>=${since.slice(0, 10)}`);
    const people = rankDiscovery(run.discovery, now.getTime());
    expect(people.every((p) => p.reviews === null)).toBe(true);
    expect(people.map((p) => p.login).sort()).toEqual(['ada-backend', 'bruno-queue', 'chen-reviews', 'dee-ops', 'eli-newcomer', 'gus-docs']);
    expect(discoveryLimits(run.discovery)).toEqual([REVIEWS_NOT_READ]);
  });

  test('queue-engine: two search pages and one page of commits, and the limits in words', async () => {
    const gh = await fakeGitHub();
    const run = await discoverRepository(clientFor(gh).octokit, ref(FIXTURE_REPOS.queueEngine), { since });
    expect(gh.counts).toMatchObject({ core: 2, search: 2, graphql: 0 });
    expect(run.discovery.pullRequestsInWindow).toBe(200);
    expect(discoveryLimits(run.discovery)).toEqual([
      expect.stringMatching(/^Only the 100 newest commits since .* were read without a token\.$/),
      expect.stringMatching(/^Only the 200 newest of 250 merged pull requests since .* were read without a token; with one, all are read\.$/),
      REVIEWS_NOT_READ,
    ]);
    expect(logins(run)).toHaveLength(30);
  });

  test('commits GitHub will not list still leave the merged pull requests’ authors', async () => {
    const gh = await fakeGitHub();
    gh.fail({ kind: 'server-error' }, { match: /commits$/, times: 10 });
    const run = await discoverRepository(clientFor(gh).octokit, ref(FIXTURE_REPOS.ledgerd), { since });
    expect(run.failure).toBeNull();
    expect(logins(run)).toContain('ada-backend');
    expect(discoveryLimits(run.discovery)[0]).toBe('GitHub would not list the commits of quillworks/ledgerd (502): the ranking rests on merged pull requests.');
  });
});

describe('the window', () => {
  test('an older start finds the old contributors too', async () => {
    const gh = await fakeGitHub();
    const run = await discoverRepository(clientFor(gh).octokit, ref(FIXTURE_REPOS.ledgerd), { since: daysAgo(1100) });
    expect(logins(run)).toContain('olga-oldtimer');
    const withDefault = await discoverRepository(clientFor(gh).octokit, ref(FIXTURE_REPOS.ledgerd), { since });
    expect(logins(withDefault)).not.toContain('olga-oldtimer');
  });
});

describe('a repository that is not there, or not open to this token', () => {
  test.each([
    ['without a token', undefined, 'GitHub has no public repository quillworks/secret-service: check the name. A private repository can only be read with a token that has access to it.'],
    ['with a token', FAKE_TOKEN, 'GitHub has no repository quillworks/secret-service that your token can see: check the name, or whether the repository is private.'],
  ])('a private or missing repository, %s: one request and a sentence', async (_, token, message) => {
    const gh = await fakeGitHub();
    const run = await discoverRepository(clientFor(gh, token ? { token } : {}).octokit, ref(FIXTURE_REPOS.private), { since });
    expect(run.failure).toMatchObject({ kind: 'not-found', message });
    expect(gh.counts.total).toBe(1);
  });

  test('a token the organisation refuses (single sign-on) is told what to do', async () => {
    const gh = await fakeGitHub();
    const run = await discoverRepository(clientFor(gh, { token: FAKE_TOKEN }).octokit, ref(FIXTURE_REPOS.saml), { since });
    expect(run.failure?.kind).toBe('bad-token');
    expect(run.failure?.message).toMatch(/^Your GitHub token is not authorised for the organisation that owns samlcorp\/sso-gateway \(it requires single sign-on\)/);
  });

  test('a token GitHub does not know', async () => {
    const gh = await fakeGitHub();
    const run = await discoverRepository(clientFor(gh, { token: 'ghp_NotAKnownToken000000000000000000000000' }).octokit, ref(FIXTURE_REPOS.ledgerd), { since });
    expect(run.failure?.kind).toBe('bad-token');
  });

  test.each([
    ['with a token', FAKE_TOKEN, 1],
    ['without a token', undefined, 2],
  ])('an empty repository, %s: nobody, a sentence, and no retries', async (_, token, requests) => {
    const gh = await fakeGitHub();
    const run = await discoverRepository(clientFor(gh, token ? { token } : {}).octokit, ref(FIXTURE_REPOS.empty), { since });
    expect(run.failure).toBeNull();
    expect(logins(run)).toEqual([]);
    expect(run.discovery.notes).toEqual(['quillworks/empty-repo is empty: it has no commits or pull requests, so nobody can be found behind it yet.']);
    expect(gh.counts.total).toBe(requests);
  });

  test('an archived repository says so, and when', async () => {
    const gh = await fakeGitHub();
    const run = await discoverRepository(clientFor(gh, { token: FAKE_TOKEN }).octokit, ref(FIXTURE_REPOS.oldBroker), { since: daysAgo(1400) });
    expect(run.discovery.notes[0]).toMatch(/^quillworks\/old-broker is archived \(read-only since \d+ \w{3} \d{4}\): these are the people who worked on it before/);
    expect(logins(run).sort()).toEqual(['bruno-queue', 'olga-oldtimer']);
    const recent = await discoverRepository(clientFor(gh, { token: FAKE_TOKEN }).octokit, ref(FIXTURE_REPOS.oldBroker), { since });
    expect(recent.discovery.notes.at(-1)).toMatch(/^Nobody contributed to quillworks\/old-broker since .*: try an earlier start date\.$/);
  });
});

describe('GitHub stops mid-way: what was found is kept, and discovery resumes where it stopped', () => {
  test('a rate limit on the second page: the first page’s people are kept; resuming reads on without counting anyone twice', async () => {
    const gh = await fakeGitHub();
    const { octokit } = clientFor(gh, { token: FAKE_TOKEN });
    const whole = await discoverRepository(octokit, ref(FIXTURE_REPOS.queueEngine), { since });

    let state = startDiscovery(ref(FIXTURE_REPOS.queueEngine), { path: 'graphql', since });
    state = await discoveryStep(octokit, state);
    gh.fail({ kind: 'rate-limit' }, { match: /graphql/ });
    const stopped = await discoveryStep(octokit, state).then(
      () => null,
      (error: unknown) => (error as GitHubError).failure,
    );
    expect(stopped).toMatchObject({ kind: 'rate-limited', resource: 'graphql' });
    expect(stopped?.message).toMatch(/^GitHub's GraphQL rate limit is used up until \d\d:\d\d/);
    expect(Object.keys(state.tallies)).toHaveLength(30);

    gh.setRemaining('graphql', 5000, FAKE_TOKEN);
    // Stored and read back, as the extension does between steps.
    state = JSON.parse(JSON.stringify(state));
    while (!isDone(state)) state = await discoveryStep(octokit, state);
    expect(rankDiscovery(state, now.getTime())).toEqual(rankDiscovery(whole.discovery, now.getTime()));
  });

  test('the network fails mid-way: a sentence, and the people found before are kept', async () => {
    const gh = await fakeGitHub();
    gh.fail({ kind: 'hang-up' }, { match: /search/, times: 10 });
    const run = await discoverRepository(clientFor(gh).octokit, ref(FIXTURE_REPOS.ledgerd), { since });
    expect(run.failure).toMatchObject({ kind: 'unavailable', status: null });
    expect(run.failure?.message).toMatch(/^Could not reach GitHub at 127\.0\.0\.1/);
    // The commits were read before the search failed: their authors are kept.
    expect(logins(run)).toContain('dee-ops');
  });
});

describe('what the fake GitHub itself refuses', () => {
  test('the contributors list of a very large repository: "too large"', async () => {
    const gh = await fakeGitHub();
    const response = await fetch(`${gh.url}/repos/quillworks/queue-engine/contributors`);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { message: string }).message).toMatch(/too large to list contributors/);
    const small = (await (await fetch(`${gh.url}/repos/quillworks/ledgerd/contributors?per_page=100`)).json()) as Array<{ login: string; contributions: number }>;
    expect(small[0]).toMatchObject({ login: 'dee-ops' });
  });

  test('closed pull requests list the merged and the unmerged, in GitHub’s pull-request shape', async () => {
    const gh = await fakeGitHub();
    const pulls = (await (await fetch(`${gh.url}/repos/quillworks/ledgerd/pulls?state=closed&per_page=100`)).json()) as Array<{ number: number; merged_at: string | null; user: { login: string; type: string }; base: unknown }>;
    expect(pulls).toHaveLength(38);
    expect(pulls.filter((p) => p.merged_at === null)).toHaveLength(2);
    expect(pulls.find((p) => p.user.login === 'dependabot[bot]')?.user.type).toBe('Bot');
    expect(pulls[0]?.base).toBeDefined();
    expect(await (await fetch(`${gh.url}/repos/quillworks/ledgerd/pulls`)).json()).toEqual([]);
  });
});
