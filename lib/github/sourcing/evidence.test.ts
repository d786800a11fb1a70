/**
 * A contribution found by sourcing becomes GitHub evidence on the person,
 * and the existing oss-backend-contributions rule sees it: where the
 * repository is a backend project and not their own.
 */
import { describe, expect, test } from 'vitest';
import { GitHubEvidence, RepositoryContribution, withRepositoryContributions } from '../../profile/github-evidence';
import { Profile } from '../../profile/profile';
import { screenProfile } from '../../screening';

const backend = { value: true, reasons: ['topics: postgresql'] };
const frontend = { value: false, reasons: ['a user-interface library'] };

function contribution(repository: string, judgement = backend) {
  return RepositoryContribution.parse({
    repository,
    repositoryUrl: `https://github.com/${repository}`,
    mergedPullRequests: 2,
    reviews: 1,
    commits: 2,
    lastContributedAt: '2026-10-02T10:00:00Z',
    score: 8.1,
    backend: judgement,
    pullRequests: [
      { url: `https://github.com/${repository}/pull/7`, title: 'Batch ledger postings in one transaction', mergedAt: '2026-10-02T10:00:00Z' },
      { url: `https://github.com/${repository}/pull/3`, title: 'Read replicas', mergedAt: '2026-06-01T10:00:00Z' },
    ],
  });
}

const profile = Profile.parse({ basics: { profiles: [{ network: 'GitHub', username: 'ada-backend', url: 'https://github.com/ada-backend' }] } });
const now = new Date('2026-11-01T00:00:00Z');
const ossFlag = (github: GitHubEvidence | undefined) => screenProfile({ profile, github, now }).flags.find((f) => f.id === 'oss-backend-contributions');

describe('a sourced contribution as evidence', () => {
  test('to somebody else’s backend project: oss-backend-contributions, with the pull requests behind it', () => {
    const github = withRepositoryContributions(undefined, 'ada-backend', [contribution('quillworks/ledgerd')]);
    const flag = ossFlag(github);
    expect(flag?.evidence.map((e) => e.url)).toEqual(['https://github.com/quillworks/ledgerd/pull/7', 'https://github.com/quillworks/ledgerd/pull/3']);
    expect(flag?.evidence[0]?.text).toBe('merged pull request to quillworks/ledgerd: "Batch ledger postings in one transaction" (topics: postgresql)');
    // Nothing else was known: the evidence says the account itself was not analysed.
    expect(github?.limits).toEqual(['Only contributions found by sourcing are known: the GitHub account itself was not analysed yet.']);
  });

  test('to their own repository, or to a project that is not backend: no flag', () => {
    expect(ossFlag(withRepositoryContributions(undefined, 'ada-backend', [contribution('ada-backend/ledger-service')]))).toBeUndefined();
    expect(ossFlag(withRepositoryContributions(undefined, 'Ada-Backend', [contribution('ADA-BACKEND/ledger-service')]))).toBeUndefined();
    expect(ossFlag(withRepositoryContributions(undefined, 'ada-backend', [contribution('quillworks/pixel-kit', frontend)]))).toBeUndefined();
  });

  test('joins the analysis’ own evidence without duplicating a pull request it already has', () => {
    const analysed = GitHubEvidence.parse({
      login: 'ada-backend',
      fetchedAt: '2026-10-30T00:00:00Z',
      contributions: [
        { repository: 'quillworks/ledgerd', repositoryUrl: 'https://github.com/quillworks/ledgerd', url: 'https://github.com/quillworks/ledgerd/pull/7', title: 'Batch ledger postings in one transaction', mergedAt: '2026-10-02T10:00:00Z', backend },
      ],
    });
    const merged = withRepositoryContributions(analysed, 'ada-backend', [contribution('quillworks/ledgerd')]);
    expect(merged?.contributions.map((c) => c.url)).toEqual(['https://github.com/quillworks/ledgerd/pull/7', 'https://github.com/quillworks/ledgerd/pull/3']);
    expect(merged?.limits).toEqual([]);
    // Nothing sourced: the evidence is returned as it was.
    expect(withRepositoryContributions(analysed, 'ada-backend', [])).toBe(analysed);
  });
});
