/**
 * What every GitHub test needs: a fake GitHub, and a client pointed at it
 * with test-sized waits (retries after 10 ms instead of seconds; GitHub's
 * 2-second search spacing off, since the fake has no such limit; Octokit's
 * failed-request lines kept out of the test output).
 */
import { afterEach } from 'vitest';
import { createGitHubClient, type GitHubClientOptions } from '../../lib/github';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './fake-github';

const started: FakeGitHub[] = [];

export async function fakeGitHub(options?: FakeGitHubOptions): Promise<FakeGitHub> {
  const gh = await startFakeGitHub(options);
  started.push(gh);
  return gh;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((gh) => gh.close()));
});

export function clientFor(gh: FakeGitHub, options: Omit<GitHubClientOptions, 'apiUrl'> = {}) {
  return createGitHubClient({ apiUrl: gh.url, pacing: false, retryBaseMs: 10, log: () => {}, ...options });
}
