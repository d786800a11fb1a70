/**
 * `screen --repo` and `screen --search`, run in-process (cli/screen.ts's
 * main with in-memory streams) against the local fake GitHub: the ranking,
 * who is screened and who is listed with "flags": null, what standard error
 * says, the exit status, and the requests it all costs.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from './screen';
import { REVIEWS_NOT_READ, SPARSE_PROFILES } from '../lib/github/sourcing';
import { clockTime } from '../lib/github';
import { FAKE_TOKEN, FIXTURE_REPOS, daysAgo, type FakeGitHub } from '../tests/support/fake-github';
import { fakeGitHub } from '../tests/support/github';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function screen(gh: FakeGitHub, args: string[], env: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(['--api-url', gh.url, ...args], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readStdin: async () => '',
    // Each run has its own empty cache folder: no answer is reused between tests.
    env: { GITHUB_TOKEN: '', XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'scout-repo-cli-')), ...env },
    now: () => new Date(),
  });
  return { code, stdout, stderr };
}

interface Element {
  input: string;
  rank: number;
  flags: Array<{ id: string; evidence: Array<{ url?: string; text: string }> }> | null;
  contribution?: { repository: string; mergedPullRequests: number; reviews: number | null; commits: number; lastContributedAt: string; score: number; evidence: Array<{ source: string; text: string; url: string }> };
  search?: string;
}
const elements = (r: Run) => JSON.parse(r.stdout) as Element[];

describe('screen --repo OWNER/NAME, without a token', () => {
  test('ranks everyone, screens them in rank order, and says reviews were not counted', async () => {
    const gh = await fakeGitHub();
    const r = await screen(gh, ['--json', '--repo', FIXTURE_REPOS.ledgerd]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`quillworks/ledgerd: ${REVIEWS_NOT_READ}\n`);
    const list = elements(r);
    expect(list.map((e) => e.input)).toEqual(['github:dee-ops', 'github:ada-backend', 'github:bruno-queue', 'github:gus-docs', 'github:eli-newcomer', 'github:chen-reviews']);
    expect(list.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(list.every((e) => Array.isArray(e.flags))).toBe(true);
    const ada = list.find((e) => e.input === 'github:ada-backend')!;
    expect(Object.keys(ada.contribution!)).toEqual(['repository', 'mergedPullRequests', 'reviews', 'commits', 'lastContributedAt', 'score', 'evidence']);
    expect(ada.contribution).toMatchObject({ repository: 'quillworks/ledgerd', mergedPullRequests: 8, reviews: null, commits: 8 });
    expect(ada.contribution!.evidence[0]).toEqual({
      source: 'github',
      text: expect.stringMatching(/^8 merged pull requests to quillworks\/ledgerd since \d+ \w{3} \d{4}$/),
      url: `${gh.webUrl}/quillworks/ledgerd/pulls?q=is%3Apr+author%3Aada-backend+is%3Amerged`,
    });
    // The contribution is evidence: ledgerd is somebody else's backend project.
    const eli = list.find((e) => e.input === 'github:eli-newcomer')!;
    const oss = eli.flags!.find((f) => f.id === 'oss-backend-contributions');
    expect(oss?.evidence[0]?.url).toMatch(/\/quillworks\/ledgerd\/pull\/\d+$/);
    // Discovery: 2 core + 1 search; each person then 2 core + 1 search, as --github.
    expect(gh.counts).toMatchObject({ core: 2 + 6 * 2, search: 1 + 6, graphql: 0 });
  });

  test('--limit: the rest are listed after the screened, with "flags": null, and standard error says why', async () => {
    const gh = await fakeGitHub();
    const r = await screen(gh, ['--json', '--limit', '2', '--repo', FIXTURE_REPOS.ledgerd]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('screen: ranks 3–6 (4 people) ranked but not screened: beyond --limit 2. They are listed with "flags": null.\n');
    const list = elements(r);
    expect(list.map((e) => [e.rank, e.flags === null])).toEqual([[1, false], [2, false], [3, true], [4, true], [5, true], [6, true]]);
    expect(list[2]).toMatchObject({ input: 'github:bruno-queue', profile: null, flags: null, contribution: { mergedPullRequests: 7 } });
    expect(gh.counts.core).toBe(2 + 2 * 2);
  });

  test('GitHub’s budget runs out mid-way: everyone is still printed, the reset time is named, exit 0', async () => {
    // Discovery (2) and two people (4) fit; the third person's repositories do not.
    const gh = await fakeGitHub({ limits: { core: { remaining: 7 } } });
    const r = await screen(gh, ['--json', '--repo', FIXTURE_REPOS.ledgerd]);
    expect(r.code).toBe(0);
    const list = elements(r);
    expect(list).toHaveLength(6);
    expect(list.filter((e) => e.flags !== null).map((e) => e.rank)).toEqual([1, 2]);
    expect(list.slice(2).map((e) => e.rank)).toEqual([3, 4, 5, 6]);
    expect(r.stderr).toContain(
      `screen: ranks 3–6 (4 people) not screened: GitHub's API rate limit is used up until ${clockTime(gh.rate('core').reset * 1000)}: add a GitHub token for a higher limit, or wait. They are listed with "flags": null.\n`,
    );
  });

  test('the search budget gone during discovery: the committers found are listed, and it says discovery stopped', async () => {
    const gh = await fakeGitHub({ limits: { search: { remaining: 0 } } });
    const r = await screen(gh, ['--json', '--repo', FIXTURE_REPOS.ledgerd]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^quillworks\/ledgerd: discovery stopped early: GitHub's search rate limit is used up until \d\d:\d\d/);
    expect(elements(r).map((e) => e.input)).toContain('github:dee-ops');
  });

  test('--csv: one row per person in rank order, the unscreened ones with empty flags', async () => {
    const gh = await fakeGitHub();
    const r = await screen(gh, ['--csv', '--limit', '1', '--repo', FIXTURE_REPOS.ledgerd]);
    expect(r.code).toBe(0);
    const rows = r.stdout.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows[0]).toMatch(/^Name,Headline,Location,GitHub URL/);
    expect(rows).toHaveLength(7);
    expect(rows[1]).toMatch(/^Dee Ops,/);
    expect(rows[2]).toMatch(/^,,,https:\/\/github\.com\/ada-backend,/);
  });

  test('the readable report: the ranking in words, then each screened person', async () => {
    const gh = await fakeGitHub();
    const r = await screen(gh, ['--limit', '1', '--repo', FIXTURE_REPOS.ledgerd]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^People behind quillworks\/ledgerd\n\n {2}1\. dee-ops: 4 merged pull requests, 24 commits, last on \d+ \w{3} \d{4} \(score [\d.]+\)\n {2}2\. ada-backend: 8 merged pull requests, 8 commits, last on .* \[not screened\]\n/);
    expect(r.stdout).toContain('== github:dee-ops ==');
    expect(r.stdout).toMatch(/Rank 1: 4 merged pull requests, 24 commits/);
  });

  test('--since reaches the old contributors', async () => {
    const gh = await fakeGitHub();
    const r = await screen(gh, ['--json', '--limit', '0', '--since', daysAgo(1100).slice(0, 10), '--repo', FIXTURE_REPOS.ledgerd]);
    expect(r.code).toBe(0);
    expect(elements(r).map((e) => e.input)).toContain('github:olga-oldtimer');
  });
});

describe('screen --repo with a token', () => {
  test('one GraphQL request for discovery, reviews counted, one GraphQL request per person screened', async () => {
    const gh = await fakeGitHub();
    const r = await screen(gh, ['--json', '--limit', '3', '--repo', FIXTURE_REPOS.ledgerd], { GITHUB_TOKEN: FAKE_TOKEN });
    expect(r.code).toBe(0);
    expect(gh.counts).toMatchObject({ graphql: 1 + 3, core: 0, search: 0 });
    const list = elements(r);
    expect(list[0]).toMatchObject({ input: 'github:ada-backend', contribution: { mergedPullRequests: 8, reviews: 9 } });
    expect(r.stderr).not.toContain(REVIEWS_NOT_READ);
    expect(r.stdout + r.stderr).not.toContain(FAKE_TOKEN);
  });
});

describe('bad input and a repository GitHub will not show', () => {
  test.each([
    [['--repo', 'https://github.com/ada-backend'], /^screen: --repo: https:\/\/github\.com\/ada-backend is a GitHub profile or organisation, not a repository/],
    [['--repo', 'ledgerd'], /^screen: --repo: "ledgerd" is not a GitHub repository/],
    [['--repo', FIXTURE_REPOS.ledgerd, '--limit', 'ten'], /^screen: --limit "ten": give a whole number/],
    [['--repo', FIXTURE_REPOS.ledgerd, '--since', '2025-02-30'], /^screen: --since "2025-02-30": give a day as YYYY-MM-DD/],
    [['--repo', FIXTURE_REPOS.ledgerd, '--since', '2999-01-01'], /^screen: --since 2999-01-01 is in the future/],
    [['--repo', FIXTURE_REPOS.ledgerd, 'resume.json'], /^screen: --repo and --search run on their own/],
    [['--repo', FIXTURE_REPOS.ledgerd, '--search', 'language:go'], /^screen: choose one of --repo and --search/],
    [['--limit', '3', 'resume.json'], /^screen: --limit and --since go with --repo or --search/],
  ])('%j: exit 2, a sentence, and no request', async (args, message) => {
    const gh = await fakeGitHub();
    const r = await screen(gh, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(gh.counts.total).toBe(0);
  });

  test('a private or missing repository: exit 3 with a sentence, nothing on standard output', async () => {
    const gh = await fakeGitHub();
    const r = await screen(gh, ['--json', '--repo', FIXTURE_REPOS.private]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      'quillworks/secret-service: GitHub has no public repository quillworks/secret-service: check the name. A private repository can only be read with a token that has access to it.\n',
    );
    expect(r.stdout).toBe('');
  });

  test('GitHub refuses before anyone is found (the budget is spent): exit 3', async () => {
    const gh = await fakeGitHub({ limits: { core: { remaining: 0 } } });
    const r = await screen(gh, ['--json', '--repo', FIXTURE_REPOS.ledgerd]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^quillworks\/ledgerd: GitHub's API rate limit is used up until \d\d:\d\d/);
  });

  test('an empty repository: nobody, a note, exit 0', async () => {
    const gh = await fakeGitHub();
    const r = await screen(gh, ['--json', '--repo', FIXTURE_REPOS.empty]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(r.stderr).toContain('quillworks/empty-repo: quillworks/empty-repo is empty: it has no commits or pull requests, so nobody can be found behind it yet.\n');
  });
});

describe('screen --search "QUERY"', () => {
  test('the people GitHub’s search finds, screened the same way, said to be sparse', async () => {
    const gh = await fakeGitHub();
    const r = await screen(gh, ['--json', '--limit', '1', '--search', 'location:lisbon followers:>20']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`search "location:lisbon followers:>20": ${SPARSE_PROFILES}\n`);
    expect(elements(r)).toEqual([expect.objectContaining({ input: 'github:ada-backend', rank: 1, search: 'location:lisbon followers:>20', flags: expect.any(Array) })]);
    expect(gh.counts.byPath['GET /search/users']).toBe(1);
  });

  test('an empty query is bad input', async () => {
    const gh = await fakeGitHub();
    const r = await screen(gh, ['--search', ' ']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/The people search is empty/);
  });
});
