/**
 * Everything that can go wrong at GitHub becomes one typed failure with a
 * sentence a recruiter can act on, and none of it damages the cache.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyseUser, clockTime, createMemoryCache, GitHubError, type GitHubFailure, type RateLimitNotice } from './';
import { FAKE_TOKEN, FIXTURE_LOGINS } from '../../tests/support/fake-github';
import { clientFor, fakeGitHub } from '../../tests/support/github';

async function failureOf(promise: Promise<unknown>): Promise<GitHubFailure> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(GitHubError);
    return (error as GitHubError).failure;
  }
  throw new Error('expected the analysis to fail');
}

afterEach(() => vi.restoreAllMocks());

describe('a login that is not a person', () => {
  test('404: "No GitHub user named X", after one request', async () => {
    const gh = await fakeGitHub();
    const failure = await failureOf(analyseUser(clientFor(gh).octokit, 'nobody-here'));
    expect(failure).toEqual({ kind: 'not-found', login: 'nobody-here', message: 'No GitHub user named nobody-here.' });
    expect(gh.counts.total).toBe(1);
  });

  test('a string that cannot be a login is refused without asking GitHub', async () => {
    const gh = await fakeGitHub();
    const failure = await failureOf(analyseUser(clientFor(gh).octokit, '../etc/passwd'));
    expect(failure.kind).toBe('not-found');
    expect(gh.counts.total).toBe(0);
  });

  test('an organisation login is refused with a sentence saying so, before its repositories are read', async () => {
    const gh = await fakeGitHub();
    const failure = await failureOf(analyseUser(clientFor(gh).octokit, FIXTURE_LOGINS.organisation));
    expect(failure).toMatchObject({ kind: 'organisation', login: 'acme-corp' });
    expect(failure.message).toMatch(/acme-corp is a GitHub organisation, not a person/);
    expect(gh.counts.total).toBe(1);
  });

  test('an organisation named by the page costs no request at all', async () => {
    const gh = await fakeGitHub();
    const failure = await failureOf(
      analyseUser(clientFor(gh).octokit, 'acme-corp', { knownUser: { login: 'acme-corp', url: 'x', type: 'Organization' } }),
    );
    expect(failure.kind).toBe('organisation');
    expect(gh.counts.total).toBe(0);
  });

  test('the token path tells an organisation and a missing user apart too', async () => {
    const gh = await fakeGitHub();
    const { octokit } = clientFor(gh, { token: FAKE_TOKEN });
    expect((await failureOf(analyseUser(octokit, FIXTURE_LOGINS.organisation))).kind).toBe('organisation');
    expect((await failureOf(analyseUser(octokit, 'nobody-here'))).kind).toBe('not-found');
    expect(gh.counts.graphql).toBe(2);
  });
});

describe('a bad token', () => {
  test('401 says the token was refused, and neither the failure nor the logs contain it', async () => {
    const gh = await fakeGitHub();
    const secret = 'ghp_ThisIsNotAValidToken000000000000000000';
    const logged: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    }
    const client = clientFor(gh, { token: secret, log: (line) => logged.push(line) });
    const failure = await failureOf(analyseUser(client.octokit, FIXTURE_LOGINS.backend));

    expect(failure.kind).toBe('bad-token');
    expect(failure.message).toMatch(/GitHub refused the token \(401 Bad credentials\)/);
    expect(JSON.stringify(failure)).not.toContain(secret);
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(secret);
    expect(gh.counts.graphql).toBe(1);
  });
});

describe('rate limits', () => {
  test('403 with the budget spent names the reset time, suggests a token, and does not retry', async () => {
    const gh = await fakeGitHub();
    gh.setRemaining('core', 0);
    const notices: RateLimitNotice[] = [];
    const failure = await failureOf(
      analyseUser(clientFor(gh, { onRateLimit: (n) => notices.push(n) }).octokit, FIXTURE_LOGINS.backend),
    );

    const resetAt = gh.rate('core').reset * 1000;
    expect(failure).toMatchObject({ kind: 'rate-limited', resource: 'core', resetAt });
    expect(failure.message).toBe(
      `GitHub's API rate limit is used up until ${clockTime(resetAt)}: add a GitHub token for a higher limit, or wait.`,
    );
    expect(failure.message).toMatch(/until \d\d:\d\d/);
    expect(gh.counts.total).toBe(1);
    expect(notices).toEqual([expect.objectContaining({ kind: 'rate-limit', willRetry: false, request: expect.stringContaining('/users/') })]);
  });

  test('the search budget running out is a rate limit on search, with its own reset', async () => {
    const gh = await fakeGitHub();
    gh.setRemaining('search', 0);
    const failure = await failureOf(analyseUser(clientFor(gh).octokit, FIXTURE_LOGINS.backend));
    expect(failure).toMatchObject({ kind: 'rate-limited', resource: 'search', resetAt: gh.rate('search').reset * 1000 });
    expect(failure.message).toMatch(/GitHub's search rate limit is used up until \d\d:\d\d/);
  });

  test('429 with the budget spent is the same rate limit', async () => {
    const gh = await fakeGitHub();
    gh.fail({ kind: 'rate-limit', status: 429 });
    const failure = await failureOf(analyseUser(clientFor(gh).octokit, FIXTURE_LOGINS.backend));
    expect(failure.kind).toBe('rate-limited');
    expect(gh.counts.total).toBe(1);
  });

  test('with a token, the sentence does not suggest adding one', async () => {
    const gh = await fakeGitHub();
    gh.setRemaining('graphql', 0, FAKE_TOKEN);
    const failure = await failureOf(analyseUser(clientFor(gh, { token: FAKE_TOKEN }).octokit, FIXTURE_LOGINS.backend));
    expect(failure).toMatchObject({ kind: 'rate-limited', resource: 'graphql' });
    expect(failure.message).not.toMatch(/add a GitHub token/);
  });

  test('GraphQL\'s own rate limit (200 with RATE_LIMITED) names the reset time too', async () => {
    const gh = await fakeGitHub();
    gh.fail({ kind: 'graphql-rate-limited' });
    const failure = await failureOf(analyseUser(clientFor(gh, { token: FAKE_TOKEN }).octokit, FIXTURE_LOGINS.backend));
    const resetAt = gh.rate('graphql', FAKE_TOKEN).reset * 1000;
    expect(failure).toMatchObject({ kind: 'rate-limited', resource: 'graphql', resetAt });
    expect(failure.message).toBe(`GitHub's GraphQL rate limit is used up until ${clockTime(resetAt)}: the analysis can resume then.`);
    expect(gh.counts.total).toBe(1);
  });

  test('a secondary rate limit is waited out for its retry-after, then the analysis goes on', async () => {
    const gh = await fakeGitHub();
    gh.fail({ kind: 'secondary', retryAfter: 1 }, { match: /repos$/ });
    const notices: RateLimitNotice[] = [];
    const started = Date.now();
    const evidence = await analyseUser(clientFor(gh, { onRateLimit: (n) => notices.push(n) }).octokit, FIXTURE_LOGINS.backend);

    expect(evidence.repositories.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(notices).toEqual([expect.objectContaining({ kind: 'secondary-rate-limit', retryAfterSeconds: 1, willRetry: true })]);
    expect(gh.counts.byPath['GET /users/ada-backend/repos']).toBe(2);
  });

  test('a secondary limit longer than the client will wait becomes a failure with its retry time', async () => {
    const gh = await fakeGitHub();
    gh.fail({ kind: 'secondary', status: 429, retryAfter: 120 });
    const failure = await failureOf(analyseUser(clientFor(gh).octokit, FIXTURE_LOGINS.backend));
    expect(failure).toMatchObject({ kind: 'secondary-rate-limit', retryAfterSeconds: 120 });
    expect(failure.message).toMatch(/secondary rate limit\): try again after \d\d:\d\d \(120 s\)/);
  });
});

describe('GitHub unwell', () => {
  test('5xx twice, then success: retried with back-off', async () => {
    const gh = await fakeGitHub();
    gh.fail({ kind: 'server-error', status: 502 }, { times: 2, match: /^GET \/users\/ada-backend$/ });
    const evidence = await analyseUser(clientFor(gh).octokit, FIXTURE_LOGINS.backend);
    expect(evidence.user?.login).toBe('ada-backend');
    expect(gh.counts.byPath['GET /users/ada-backend']).toBe(3);
  });

  test('5xx that does not stop: a clear failure after the retries', async () => {
    const gh = await fakeGitHub();
    gh.fail({ kind: 'server-error', status: 503 }, { times: 99 });
    const failure = await failureOf(analyseUser(clientFor(gh, { retries: 2 }).octokit, FIXTURE_LOGINS.backend));
    expect(failure).toMatchObject({ kind: 'unavailable', status: 503 });
    expect(failure.message).toMatch(/kept failing \(503\) after several tries/);
    expect(gh.counts.total).toBe(3);
  });

  test('a dropped connection is retried', async () => {
    const gh = await fakeGitHub();
    gh.fail({ kind: 'hang-up' }, { match: /^GET \/users\/ada-backend$/ });
    const evidence = await analyseUser(clientFor(gh).octokit, FIXTURE_LOGINS.backend);
    expect(evidence.user?.login).toBe('ada-backend');
  });

  test('GitHub unreachable (server gone): a failure naming the host, without the token', async () => {
    const gh = await fakeGitHub();
    const logged: string[] = [];
    const { octokit } = clientFor(gh, { token: FAKE_TOKEN, retries: 1, log: (line) => logged.push(line) });
    await gh.close();
    const failure = await failureOf(analyseUser(octokit, FIXTURE_LOGINS.backend));
    expect(logged.join('\n')).not.toContain(FAKE_TOKEN);
    expect(failure).toMatchObject({ kind: 'unavailable', status: null });
    expect(failure.message).toContain(`Could not reach GitHub at ${new URL(gh.url).host}`);
    expect(failure.message).not.toContain(FAKE_TOKEN);
  });

  test('a body that is not JSON is a malformed answer, not half a candidate', async () => {
    const gh = await fakeGitHub();
    gh.fail({ kind: 'malformed-json' }, { match: /repos$/ });
    const failure = await failureOf(analyseUser(clientFor(gh).octokit, FIXTURE_LOGINS.backend));
    expect(failure.kind).toBe('malformed');
    expect(failure.message).toMatch(/GitHub sent an answer this version cannot read/);
  });

  test('JSON of the wrong shape is rejected by the schema, naming where', async () => {
    const gh = await fakeGitHub();
    gh.fail({ kind: 'malformed-shape' }, { match: /repos$/ });
    const failure = await failureOf(analyseUser(clientFor(gh).octokit, FIXTURE_LOGINS.backend));
    expect(failure).toMatchObject({ kind: 'malformed', where: '0.name' });
  });

  test('a malformed GraphQL answer is rejected too', async () => {
    const gh = await fakeGitHub();
    gh.fail({ kind: 'malformed-shape' });
    const failure = await failureOf(analyseUser(clientFor(gh, { token: FAKE_TOKEN }).octokit, FIXTURE_LOGINS.backend));
    expect(failure.kind).toBe('malformed');
  });
});

describe('no fault damages what was already known', () => {
  const faults = [
    ['404 on a revalidation', (gh: Awaited<ReturnType<typeof fakeGitHub>>) => gh.fail({ kind: 'server-error', status: 404 })],
    ['rate limit', (gh: Awaited<ReturnType<typeof fakeGitHub>>) => gh.setRemaining('core', 0)],
    ['5xx', (gh: Awaited<ReturnType<typeof fakeGitHub>>) => gh.fail({ kind: 'server-error' }, { times: 99 })],
    ['malformed', (gh: Awaited<ReturnType<typeof fakeGitHub>>) => gh.fail({ kind: 'malformed-shape' }, { match: /search/ })],
  ] as const;

  test.each(faults)('%s after the time to live leaves the cached evidence as it was', async (_name, inject) => {
    const gh = await fakeGitHub();
    const cache = createMemoryCache();
    const { octokit } = clientFor(gh, { retries: 1 });
    let now = Date.parse('2026-11-01T12:00:00Z');
    await analyseUser(octokit, FIXTURE_LOGINS.backend, { cache, now: () => now });
    const before = await cache.get(FIXTURE_LOGINS.backend);

    now += 25 * 3_600_000;
    inject(gh);
    await expect(analyseUser(octokit, FIXTURE_LOGINS.backend, { cache, now: () => now })).rejects.toBeInstanceOf(GitHubError);
    expect(await cache.get(FIXTURE_LOGINS.backend)).toEqual(before);
  });
});
