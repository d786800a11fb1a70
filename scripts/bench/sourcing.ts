/**
 * Sourcing figures for `npm run bench`, measured against the local fake
 * GitHub (tests/support/fake-github): discovery's requests per 100 merged
 * pull requests on both paths, whether they are within DESIGN.md's budget,
 * and the time to rank 1,000 contributors.
 *
 * Budgets (DESIGN.md "Sourcing from a repository"): with a token ≤ 1 GraphQL
 * request per 100 merged pull requests read; without one ≤ 2 core + 2 search.
 */
import { performance } from 'node:perf_hooks';
import { createGitHubClient } from '../../lib/github';
import { defaultSince, discoverRepository, parseRepositoryRef, rankDiscovery, startDiscovery } from '../../lib/github/sourcing';
import { addCommit, addPullRequest, addReview, emptyTally } from '../../lib/github/sourcing/rank';
import { FAKE_TOKEN, FIXTURE_REPOS, startFakeGitHub } from '../../tests/support/fake-github';

export interface SourcingFigures {
  /** GraphQL requests per 100 merged pull requests read, on a repository of 400 (3 pages). */
  tokenRequestsPer100MergedPullRequests: number;
  tokenWithinBudget: boolean;
  /** Core and search requests for the same repository without a token. */
  noTokenCoreRequests: number;
  noTokenSearchRequests: number;
  /** Those requests per 100 merged pull requests read (200 are read without a token). */
  noTokenRequestsPer100MergedPullRequests: number;
  noTokenWithinBudget: boolean;
  /** Median time to rank 1,000 contributors (with their contributions in words), ms. */
  rank1000ContributorsMs: number;
}

/** A discovery with 1,000 people, each with a few merged pull requests, reviews and commits over two years. */
function thousandContributors() {
  const ref = parseRepositoryRef('quillworks/queue-engine');
  if (!ref.ok) throw new Error(ref.message);
  const now = Date.now();
  const discovery = startDiscovery(ref.ref, { path: 'graphql', since: defaultSince(new Date(now)) });
  const day = 86_400_000;
  for (let i = 0; i < 1000; i++) {
    const tally = emptyTally(`person-${i}`);
    for (let j = 0; j < (i % 7) + 1; j++) {
      addPullRequest(tally, { url: `https://github.com/quillworks/queue-engine/pull/${i * 10 + j}`, title: `Change ${j}`, mergedAt: new Date(now - ((i * 13 + j * 29) % 700) * day).toISOString() });
    }
    for (let j = 0; j < i % 5; j++) addReview(tally, `https://github.com/quillworks/queue-engine/pull/${(i + 1) * 10 + j}`, new Date(now - ((i * 7 + j) % 700) * day).toISOString());
    for (let j = 0; j < (i % 60); j++) addCommit(tally, new Date(now - ((i + j * 11) % 700) * day).toISOString());
    discovery.tallies[tally.login] = tally;
  }
  discovery.next = 'done';
  return { discovery, now };
}

export async function benchSourcing(): Promise<SourcingFigures> {
  const gh = await startFakeGitHub({ limits: { core: { limit: 100_000 }, search: { limit: 100_000 }, graphql: { limit: 100_000 } } });
  try {
    const ref = parseRepositoryRef(FIXTURE_REPOS.queueEngine);
    if (!ref.ok) throw new Error(ref.message);
    const since = defaultSince(new Date());
    const local = { apiUrl: gh.url, pacing: false, log: () => {} } as const;

    gh.resetCounts();
    const withToken = await discoverRepository(createGitHubClient({ ...local, token: FAKE_TOKEN }).octokit, ref.ref, { since });
    const tokenRead = withToken.discovery.pullRequestsRead;
    const graphql = gh.counts.graphql;
    const tokenCore = gh.counts.core + gh.counts.search;

    gh.resetCounts();
    const without = await discoverRepository(createGitHubClient(local).octokit, ref.ref, { since });
    const core = gh.counts.core;
    const search = gh.counts.search;
    const restRead = without.discovery.pullRequestsRead;

    const { discovery, now } = thousandContributors();
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const started = performance.now();
      rankDiscovery(discovery, now);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);

    return {
      tokenRequestsPer100MergedPullRequests: Math.round((graphql / (tokenRead / 100)) * 100) / 100,
      tokenWithinBudget: graphql <= Math.max(1, Math.ceil(tokenRead / 100)) && tokenCore === 0,
      noTokenCoreRequests: core,
      noTokenSearchRequests: search,
      noTokenRequestsPer100MergedPullRequests: Math.round(((core + search) / (restRead / 100)) * 100) / 100,
      noTokenWithinBudget: core <= 2 && search <= 2,
      rank1000ContributorsMs: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10,
    };
  } finally {
    await gh.close();
  }
}

// `npx tsx scripts/bench/sourcing.ts` prints the figures on their own.
if (import.meta.url === `file://${process.argv[1]}`) {
  benchSourcing()
    .then((figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
}
