/**
 * `screen --github LOGIN`, run in-process (tests/support/cli.ts) against the
 * local fake GitHub: which path it takes, what it caches, and how each
 * GitHub failure reads on standard error with exit status 3, after whatever
 * could be screened was printed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clockTime } from '../lib/github';
import { FAKE_TOKEN, startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../tests/support/fake-github';
import { screen as run, type Run } from '../tests/support/cli';

const root = process.cwd();
const resume = join(root, 'tests/fixtures/resumes/senior-go-payments.json');

/** The CLI with its own empty cache folder unless the environment names one. */
const screen = (args: string[], env: Record<string, string> = {}): Promise<Run> => run(args, { env });

const servers: FakeGitHub[] = [];
async function fake(options?: FakeGitHubOptions): Promise<FakeGitHub> {
  const gh = await startFakeGitHub(options);
  servers.push(gh);
  return gh;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((gh) => gh.close()));
});

const inputs = (r: Run) => (JSON.parse(r.stdout) as { input: string }[]).map((e) => e.input);
const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('screen --github: the path and the cache', () => {
  it('without a token: 2 core requests and 1 search, and a second run is answered from the cache file', async () => {
    const gh = await fake();
    const xdg = mkdtempSync(join(tmpdir(), 'scout-cli-xdg-'));
    const first = await screen(['--json', '--api-url', gh.url, '--github', gh.logins.backend], { XDG_CACHE_HOME: xdg });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(gh.counts).toMatchObject({ core: 2, search: 1, graphql: 0 });

    gh.resetCounts();
    const second = await screen(['--json', '--api-url', gh.url, '--github', gh.logins.backend], { XDG_CACHE_HOME: xdg });
    expect(second.code).toBe(0);
    expect(gh.counts.total).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual(JSON.parse(first.stdout));

    const third = await screen(['--json', '--no-cache', '--api-url', gh.url, '--github', gh.logins.backend], { XDG_CACHE_HOME: xdg });
    expect(third.code).toBe(0);
    expect(gh.counts).toMatchObject({ core: 2, search: 1 });
  });

  it('with GITHUB_TOKEN: one GraphQL request, and the token is in no output', async () => {
    const gh = await fake();
    const r = await screen(['--json', '--no-cache', '--api-url', gh.url, '--github', gh.logins.backend], { GITHUB_TOKEN: FAKE_TOKEN });
    expect(r.code).toBe(0);
    expect(gh.counts).toMatchObject({ graphql: 1, total: 1 });
    expect(gh.requests[0]?.headers.authorization).toBe(`token ${FAKE_TOKEN}`);
    expect(r.stdout + r.stderr).not.toContain(FAKE_TOKEN);
  });

  it('--token wins over GITHUB_TOKEN', async () => {
    const gh = await fake({ tokens: [FAKE_TOKEN] });
    const r = await screen(['--json', '--no-cache', '--api-url', gh.url, '--token', FAKE_TOKEN, '--github', gh.logins.backend], {
      GITHUB_TOKEN: 'ghp_SomethingElse000000000000000000000000',
    });
    expect(r.code).toBe(0);
    expect(gh.requests[0]?.headers.authorization).toBe(`token ${FAKE_TOKEN}`);
  });

  it('a GitHub Enterprise Server API root (/api/v3) works', async () => {
    const gh = await fake({ pathPrefix: '/api/v3' });
    const r = await screen(['--json', '--no-cache', '--api-url', gh.url, '--github', gh.logins.forkHeavy]);
    expect(r.code).toBe(0);
    expect(inputs(r)).toEqual([`github:${gh.logins.forkHeavy}`]);
  });

  it('the GitHub profile becomes the screened profile (bio as summary, company without @)', async () => {
    const gh = await fake();
    const r = await screen(['--json', '--no-cache', '--api-url', gh.url, '--github', gh.logins.backend]);
    const [element] = JSON.parse(r.stdout) as { profile: { basics: { summary?: string }; work: { name?: string }[] } }[];
    expect(element?.profile.basics.summary).toBe('Backend engineer. Go, PostgreSQL, Kafka. On call for payments.');
    expect(element?.profile.work).toEqual([{ name: 'paystream' }]);
  });
});

describe('screen --github: GitHub unavailable exits 3 after screening the rest', () => {
  it('rate limit: names the reset time and suggests a token', async () => {
    const gh = await fake();
    gh.setRemaining('core', 0);
    const r = await screen(['--json', '--no-cache', '--api-url', gh.url, '--github', gh.logins.backend, resume]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      `github:${gh.logins.backend}: GitHub's API rate limit is used up until ${clockTime(gh.rate('core').reset * 1000)}: add a GitHub token for a higher limit, or wait.\n`,
    );
    expect(inputs(r)).toEqual([resume]);
  });

  it('a bad token: says so, without the token', async () => {
    const gh = await fake();
    const secret = 'ghp_WrongWrongWrong0000000000000000000000';
    const r = await screen(['--json', '--no-cache', '--api-url', gh.url, '--token', secret, '--github', gh.logins.backend, resume]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/GitHub refused the token \(401 Bad credentials\)/);
    expect(r.stdout + r.stderr).not.toContain(secret);
    expect(inputs(r)).toEqual([resume]);
  });

  it('an organisation login', async () => {
    const gh = await fake();
    const r = await screen(['--no-cache', '--api-url', gh.url, '--github', gh.logins.organisation]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/acme-corp is a GitHub organisation, not a person/);
    noStackTrace(r.stderr);
  });

  it('GitHub unreachable: names the host, no stack trace', async () => {
    const gh = await fake();
    const url = gh.url;
    await gh.close();
    servers.splice(0);
    const r = await screen(['--json', '--no-cache', '--api-url', url, '--github', 'ada-backend', resume]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`Could not reach GitHub at ${new URL(url).host}`);
    noStackTrace(r.stderr);
    expect(inputs(r)).toEqual([resume]);
  });

  it('a malformed answer: a clear sentence, nothing cached', async () => {
    const gh = await fake();
    gh.fail({ kind: 'malformed-shape' }, { match: /repos$/ });
    const xdg = mkdtempSync(join(tmpdir(), 'scout-cli-xdg-'));
    const r = await screen(['--api-url', gh.url, '--github', gh.logins.backend], { XDG_CACHE_HOME: xdg });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/GitHub sent an answer this version cannot read/);
    // The search sent beside the failed request may still be on its way: count from when all three arrived.
    await expect.poll(() => gh.counts.total).toBe(3);
    gh.resetCounts();
    const again = await screen(['--json', '--api-url', gh.url, '--github', gh.logins.backend], { XDG_CACHE_HOME: xdg });
    expect(again.code).toBe(0);
    expect(gh.counts.total).toBe(3);
  });
});

describe('--api-url', () => {
  it('refuses plain http anywhere but 127.0.0.1: the token would travel unencrypted', async () => {
    const r = await screen(['--json', '--api-url', 'http://ghe.example.com', '--token', FAKE_TOKEN, '--github', 'someone']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--api-url');
    expect(r.stderr).toContain('https://');
    expect(r.stderr).not.toContain(FAKE_TOKEN);
    expect(r.stdout).toBe('');
  });
});

