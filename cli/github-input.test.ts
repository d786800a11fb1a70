/**
 * The CLI's `--github LOGIN` input: a GitHub user becomes the shared profile
 * plus GitHub evidence, cached in a file unless --no-cache.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { githubInput } from './github-input';
import { GitHubError } from '../lib/github';
import { FAKE_TOKEN, FIXTURE_LOGINS } from '../tests/support/fake-github';
import { fakeGitHub } from '../tests/support/github';

const cacheDir = () => mkdtemp(join(tmpdir(), 'scout-cli-cache-'));

describe('githubInput', () => {
  test('maps the GitHub user onto the profile: bio → summary, company without @ → work, blog → url', async () => {
    const gh = await fakeGitHub();
    const now = new Date('2026-11-20T10:00:00Z');
    const result = await githubInput(FIXTURE_LOGINS.backend, { apiUrl: gh.url, cacheDir: await cacheDir(), pacing: false, now: () => now });

    expect(result.input).toBe('github:ada-backend');
    expect(result.profile).toMatchObject({
      basics: {
        name: 'Ada Backend',
        summary: 'Backend engineer. Go, PostgreSQL, Kafka. On call for payments.',
        url: 'https://ada.example.dev',
        location: { address: 'Lisbon, Portugal' },
        profiles: [{ network: 'GitHub', username: 'ada-backend', url: `${gh.webUrl}/ada-backend` }],
      },
      work: [{ name: 'paystream' }],
      capture: { source: 'github', capturedAt: '2026-11-20T10:00:00.000Z', missing: [] },
    });
    expect(result.github.repositories.length).toBe(4);
  });

  test('a website without a scheme gets https://, and an empty company no work entry', async () => {
    const gh = await fakeGitHub();
    const fiona = await githubInput(FIXTURE_LOGINS.frontend, { apiUrl: gh.url, noCache: true, pacing: false });
    expect(fiona.profile.basics.url).toBe('https://fiona.example.com');
    expect(fiona.profile.work).toEqual([{ name: 'Pixel Co' }]);
    const erin = await githubInput(FIXTURE_LOGINS.empty, { apiUrl: gh.url, noCache: true, pacing: false });
    expect(erin.profile.work).toEqual([]);
    expect(erin.profile.capture?.missing).toEqual(['name', 'summary']);
  });

  test('a second run is answered from the cache file; --no-cache asks again', async () => {
    const gh = await fakeGitHub();
    const dir = await cacheDir();
    await githubInput(FIXTURE_LOGINS.backend, { apiUrl: gh.url, cacheDir: dir, pacing: false });
    gh.resetCounts();
    await githubInput(FIXTURE_LOGINS.backend, { apiUrl: gh.url, cacheDir: dir, pacing: false });
    expect(gh.counts.total).toBe(0);
    await githubInput(FIXTURE_LOGINS.backend, { apiUrl: gh.url, cacheDir: dir, noCache: true, pacing: false });
    expect(gh.counts).toMatchObject({ core: 2, search: 1 });
  });

  test('with a token: one GraphQL request', async () => {
    const gh = await fakeGitHub();
    await githubInput(FIXTURE_LOGINS.backend, { apiUrl: gh.url, token: FAKE_TOKEN, noCache: true, pacing: false });
    expect(gh.counts).toMatchObject({ graphql: 1, total: 1 });
  });

  test('an unknown login is a GitHubError the CLI can print', async () => {
    const gh = await fakeGitHub();
    await expect(githubInput('nobody-here', { apiUrl: gh.url, noCache: true, pacing: false })).rejects.toThrow(
      new GitHubError({ kind: 'not-found', login: 'nobody-here', message: 'No GitHub user named nobody-here.' }),
    );
  });
});
