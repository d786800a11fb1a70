/**
 * The path without a token, counted at the server: at most 2 core requests
 * and 1 search per user (1 core when the page gave the profile).
 */
import { describe, expect, test } from 'vitest';
import { analyseUser, REST_PATH_LIMIT } from './';
import { FIXTURE_LOGINS } from '../../tests/support/fake-github';
import { clientFor, fakeGitHub } from '../../tests/support/github';

describe('analysing a user without a token', () => {
  test('costs 2 core requests and 1 search, and reads repositories, forks and merged pull requests', async () => {
    const gh = await fakeGitHub();
    const { octokit } = clientFor(gh);

    const evidence = await analyseUser(octokit, FIXTURE_LOGINS.backend);

    expect(gh.counts).toMatchObject({ core: 2, search: 1, graphql: 0 });
    expect(gh.counts.byPath).toEqual({
      'GET /users/ada-backend': 1,
      'GET /users/ada-backend/repos': 1,
      'GET /search/issues': 1,
    });
    expect(evidence.user?.name).toBe('Ada Backend');
    expect(evidence.repositories.map((r) => r.name)).toEqual(['ledger-service', 'rate-limiter', 'dotfiles', 'orders-api']);
    expect(evidence.forks.map((r) => r.fullName)).toEqual(['ada-backend/prometheus']);
    expect(evidence.contributions.map((c) => c.repository)).toEqual(['jackc/pgx', 'prometheus/prometheus']);
    expect(evidence.limits).toContain(REST_PATH_LIMIT);
  });

  test('asks for one page of the 100 most recently pushed owned repositories, and merged pull requests to others', async () => {
    const gh = await fakeGitHub();
    await analyseUser(clientFor(gh).octokit, FIXTURE_LOGINS.backend);

    const repos = gh.requests.find((r) => r.path.endsWith('/repos'));
    expect(Object.fromEntries(repos?.query ?? [])).toMatchObject({ type: 'owner', sort: 'pushed', per_page: '100' });
    const search = gh.requests.find((r) => r.kind === 'search');
    expect(search?.query.get('q')).toBe('author:ada-backend type:pr is:merged -user:ada-backend');
    expect(search?.query.get('per_page')).toBe('100');
  });

  test('costs 1 core request and 1 search when the page already gave the profile', async () => {
    const gh = await fakeGitHub();
    const evidence = await analyseUser(clientFor(gh).octokit, FIXTURE_LOGINS.tutorial, {
      knownUser: { login: 'tim-tutorial', name: 'Tim from the page', url: 'https://github.com/tim-tutorial' },
    });

    expect(gh.counts).toMatchObject({ core: 1, search: 1, graphql: 0 });
    expect(gh.counts.byPath['GET /users/tim-tutorial']).toBeUndefined();
    expect(evidence.user?.name).toBe('Tim from the page');
    expect(evidence.repositories).toHaveLength(5);
  });

  test.each(Object.values(FIXTURE_LOGINS).filter((l) => l !== FIXTURE_LOGINS.organisation))(
    '%s stays within 2 core requests and 1 search',
    async (login) => {
      const gh = await fakeGitHub();
      await analyseUser(clientFor(gh).octokit, login);
      expect(gh.counts.core).toBeLessThanOrEqual(2);
      expect(gh.counts.search).toBeLessThanOrEqual(1);
      expect(gh.counts.graphql).toBe(0);
    },
  );

  test('more than 100 repositories: reads the 100 most recently pushed, and says so', async () => {
    const gh = await fakeGitHub();
    const evidence = await analyseUser(clientFor(gh).octokit, FIXTURE_LOGINS.prolific);

    expect(gh.counts).toMatchObject({ core: 2, search: 1 });
    expect(evidence.repositories).toHaveLength(100);
    expect(evidence.repositories[0]?.name).toBe('service-000');
    expect(evidence.repositories[99]?.name).toBe('service-099');
    expect(evidence.limits).toContain('Only the 100 most recently pushed of 150 repositories were read.');
  });

  test('an empty account is evidence of nothing, not an error', async () => {
    const gh = await fakeGitHub();
    const evidence = await analyseUser(clientFor(gh).octokit, FIXTURE_LOGINS.empty);
    expect(evidence).toMatchObject({ login: 'erin-empty', repositories: [], forks: [], contributions: [] });
  });

  test('reports the rate budget GitHub announced on its answers', async () => {
    const gh = await fakeGitHub();
    const { octokit, budget } = clientFor(gh);
    await analyseUser(octokit, FIXTURE_LOGINS.backend);

    const core = gh.rate('core');
    const search = gh.rate('search');
    expect(budget.snapshot()).toEqual({
      core: { remaining: core.remaining, limit: 60, resetAt: core.reset * 1000 },
      search: { remaining: search.remaining, limit: 10, resetAt: search.reset * 1000 },
      graphql: null,
    });
    expect(core.remaining).toBe(58);
    expect(search.remaining).toBe(9);
  });
});
