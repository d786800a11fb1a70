/**
 * The evidence cache: within the time to live no request at all; after it,
 * conditional requests whose 304s cost no rate limit; `refresh` ignores the
 * time to live. Counted at the fake server.
 */
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyseUser, CacheEntry, createMemoryCache, DEFAULT_TTL_MS } from './';
import { createFileCache, defaultCacheDir } from '../../cli/cache-file';
import { FAKE_TOKEN, FIXTURE_LOGINS, FIXTURE_USERS } from '../../tests/support/fake-github';
import { clientFor, fakeGitHub } from '../../tests/support/github';

const HOUR = 3_600_000;
const login = FIXTURE_LOGINS.backend;

function clock(start = Date.parse('2026-11-01T09:00:00Z')) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('within the time to live', () => {
  test('a repeated analysis makes no request (no token)', async () => {
    const gh = await fakeGitHub();
    const cache = createMemoryCache();
    const time = clock();
    const { octokit } = clientFor(gh);
    const first = await analyseUser(octokit, login, { cache, now: time.now });
    gh.resetCounts();

    time.advance(23 * HOUR);
    const again = await analyseUser(octokit, login, { cache, now: time.now });
    expect(gh.counts.total).toBe(0);
    expect(again).toEqual(first);
  });

  test('a repeated analysis makes no request (token)', async () => {
    const gh = await fakeGitHub();
    const cache = createMemoryCache();
    const { octokit } = clientFor(gh, { token: FAKE_TOKEN });
    await analyseUser(octokit, login, { cache });
    expect(gh.counts.graphql).toBe(1);
    gh.resetCounts();
    await analyseUser(octokit, login, { cache });
    expect(gh.counts.total).toBe(0);
  });

  test('the default time to live is 24 hours', () => {
    expect(DEFAULT_TTL_MS).toBe(24 * HOUR);
  });
});

describe('after the time to live', () => {
  test('unchanged data costs only 304s, and the rate budget does not move', async () => {
    const gh = await fakeGitHub();
    const cache = createMemoryCache();
    const time = clock();
    const { octokit, budget } = clientFor(gh);
    const first = await analyseUser(octokit, login, { cache, now: time.now });
    const coreBefore = gh.rate('core').remaining;
    const searchBefore = gh.rate('search').remaining;
    gh.resetCounts();

    time.advance(25 * HOUR);
    const again = await analyseUser(octokit, login, { cache, now: time.now });

    expect(gh.counts).toMatchObject({ total: 3, notModified: 3, core: 2, search: 1 });
    expect(gh.requests.every((r) => r.status === 304)).toBe(true);
    expect(gh.requests.every((r) => typeof r.headers['if-none-match'] === 'string')).toBe(true);
    expect(gh.rate('core').remaining).toBe(coreBefore);
    expect(gh.rate('search').remaining).toBe(searchBefore);
    expect(budget.snapshot().core?.remaining).toBe(coreBefore);
    expect({ ...again, fetchedAt: first.fetchedAt }).toEqual(first);
    expect(again.fetchedAt).toBe(new Date(time.now()).toISOString());
  });

  test('changed data is read again where it changed, and kept where GitHub said 304', async () => {
    const users = structuredClone(FIXTURE_USERS) as typeof FIXTURE_USERS;
    const gh = await fakeGitHub({ users });
    const cache = createMemoryCache();
    const time = clock();
    const { octokit } = clientFor(gh);
    await analyseUser(octokit, login, { cache, now: time.now });
    gh.resetCounts();

    const ada = users.find((u) => u.login === login);
    ada?.repos.unshift({
      name: 'event-bus',
      description: 'Kafka consumers for the ledger',
      language: 'Go',
      topics: ['kafka'],
      stars: 1,
      sizeKb: 300,
      createdAt: '2026-10-01T00:00:00Z',
      pushedAt: '2026-11-01T00:00:00Z',
    });
    time.advance(25 * HOUR);
    const again = await analyseUser(octokit, login, { cache, now: time.now });

    expect(again.repositories[0]?.name).toBe('event-bus');
    expect(again.repositories[0]?.backend.value).toBe(true);
    expect(again.contributions.map((c) => c.repository)).toEqual(['jackc/pgx', 'prometheus/prometheus']);
    // The profile's public_repos changed with it; the pull requests did not.
    expect(gh.requests.map((r) => [r.path, r.status])).toEqual(
      expect.arrayContaining([
        ['/users/ada-backend', 200],
        ['/users/ada-backend/repos', 200],
        ['/search/issues', 304],
      ]),
    );
    expect((await cache.get(login))?.evidence.repositories[0]?.name).toBe('event-bus');
  });

  test('with a token there is no ETag for GraphQL: one query again', async () => {
    const gh = await fakeGitHub();
    const cache = createMemoryCache();
    const time = clock();
    const { octokit } = clientFor(gh, { token: FAKE_TOKEN });
    await analyseUser(octokit, login, { cache, now: time.now });
    gh.resetCounts();
    time.advance(25 * HOUR);
    await analyseUser(octokit, login, { cache, now: time.now });
    expect(gh.counts).toMatchObject({ total: 1, graphql: 1 });
  });
});

describe('refresh', () => {
  test('ignores the time to live, and still lets unchanged data come back as 304s', async () => {
    const gh = await fakeGitHub();
    const cache = createMemoryCache();
    const { octokit } = clientFor(gh);
    await analyseUser(octokit, login, { cache });
    gh.resetCounts();

    await analyseUser(octokit, login, { cache, refresh: true });
    expect(gh.counts).toMatchObject({ total: 3, notModified: 3 });
  });
});

describe('the JSON-file cache for the command line', () => {
  test('a second run (a new cache object on the same file) makes no request within the time to live', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scout-cache-'));
    const gh = await fakeGitHub();
    const { octokit } = clientFor(gh);
    await analyseUser(octokit, login, { cache: createFileCache({ dir, apiUrl: gh.url }) });
    gh.resetCounts();

    const secondRun = createFileCache({ dir, apiUrl: gh.url });
    const evidence = await analyseUser(octokit, login, { cache: secondRun });
    expect(gh.counts.total).toBe(0);
    expect(evidence.user?.login).toBe(login);
    // Only the owner may read it: it describes people.
    expect((await stat(secondRun.file)).mode & 0o077).toBe(0);
    const saved = JSON.parse(await readFile(secondRun.file, 'utf8')) as { entries: Record<string, unknown> };
    expect(CacheEntry.safeParse(saved.entries[login]).success).toBe(true);
  });

  test('a damaged file is a miss, not a failure', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scout-cache-'));
    const gh = await fakeGitHub();
    const cache = createFileCache({ dir, apiUrl: gh.url });
    await writeFile(cache.file, '{"version":1,"entries":{"ada-backend":{"login":"ada-backend","evidence":"half"}}}');
    const evidence = await analyseUser(clientFor(gh).octokit, login, { cache });
    expect(evidence.repositories.length).toBeGreaterThan(0);
    expect(gh.counts.total).toBe(3);
    expect((await cache.get(login))?.evidence.login).toBe(login);
  });

  test('GitHub servers never share a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scout-cache-'));
    expect(createFileCache({ dir, apiUrl: 'https://api.github.com' }).file).not.toBe(
      createFileCache({ dir, apiUrl: 'https://ghe.example.com/api/v3' }).file,
    );
  });

  test('lives under $XDG_CACHE_HOME/backend-scout, else ~/.cache/backend-scout', () => {
    expect(defaultCacheDir({ XDG_CACHE_HOME: '/var/cache/me' })).toBe('/var/cache/me/backend-scout');
    expect(defaultCacheDir({})).toMatch(/\/\.cache\/backend-scout$/);
  });
});
