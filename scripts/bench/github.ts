/**
 * GitHub figures for `npm run bench`, measured against the local fake GitHub
 * (tests/support/fake-github), which counts requests by kind and charges
 * GraphQL its points as GitHub does: requests per user on both paths (the
 * worst of six fixture users), requests for a repeat within the time to
 * live, and the time to analyse 50 users. Budgets (DESIGN.md): no token ≤ 2
 * core (1 when the page gave the profile) + 1 search; token 1 GraphQL
 * request of ≤ 2 points; a repeat 0.
 */
import { performance } from 'node:perf_hooks';
import { analyseUser, createGitHubClient, createMemoryCache } from '../../lib/github';
import { FAKE_TOKEN, FIXTURE_USERS, startFakeGitHub, type FixtureUser } from '../../tests/support/fake-github';

/** 50 distinct people made from the fixture users (organisations left out). */
function fiftyUsers(): FixtureUser[] {
  const people = FIXTURE_USERS.filter((u) => u.type !== 'Organization');
  return Array.from({ length: 50 }, (_, i) => {
    const model = people[i % people.length] as FixtureUser;
    return { ...model, login: `bench-${String(i).padStart(2, '0')}-${model.login}`.slice(0, 39), id: 10_000 + i };
  });
}

export async function benchGitHub() {
  const users = fiftyUsers();
  const gh = await startFakeGitHub({
    users,
    // Enough budget for the whole run on both identities.
    limits: { core: { limit: 100_000 }, search: { limit: 100_000 }, graphql: { limit: 100_000 } },
  });
  try {
    const local = { apiUrl: gh.url, pacing: false, log: () => {} } as const;
    type Worst = { core: number; search: number; graphql: number; graphqlPoints: number };
    const perUser = async (options: { token?: string; pageGaveProfile?: boolean } = {}): Promise<Worst> => {
      const worst: Worst = { core: 0, search: 0, graphql: 0, graphqlPoints: 0 };
      for (const user of users.slice(0, 6)) {
        gh.resetCounts();
        const octokit = createGitHubClient({ ...local, ...(options.token ? { token: options.token } : {}) }).octokit;
        // What a GitHub profile page tells the worker before it asks (lib/background/github-runner.ts's knownUser).
        const knownUser = options.pageGaveProfile ? { login: user.login, url: `https://github.com/${user.login}`, type: 'User' as const } : undefined;
        await analyseUser(octokit, user.login, knownUser ? { knownUser } : {});
        for (const key of Object.keys(worst) as (keyof Worst)[]) worst[key] = Math.max(worst[key], gh.counts[key]);
      }
      return worst;
    };
    const noToken = await perUser();
    const noTokenPageGaveProfile = await perUser({ pageGaveProfile: true });
    const token = await perUser({ token: FAKE_TOKEN });

    const cache = createMemoryCache();
    const rest = createGitHubClient(local).octokit;
    const started = performance.now();
    await Promise.all(users.map((u) => analyseUser(rest, u.login, { cache })));
    const analyse50UsersMs = performance.now() - started;

    gh.resetCounts();
    await Promise.all(users.map((u) => analyseUser(rest, u.login, { cache })));
    const requestsRepeatWithinTtl = gh.counts.total;

    const withToken = createGitHubClient({ ...local, token: FAKE_TOKEN }).octokit;
    const tokenStarted = performance.now();
    await Promise.all(users.map((u) => analyseUser(withToken, u.login)));
    const analyse50UsersTokenMs = performance.now() - tokenStarted;

    return {
      noTokenCoreRequestsPerUser: noToken.core,
      noTokenSearchRequestsPerUser: noToken.search,
      noTokenCoreRequestsPerUserPageGaveProfile: noTokenPageGaveProfile.core,
      tokenGraphqlRequestsPerUser: token.graphql,
      tokenOtherRequestsPerUser: token.core + token.search,
      tokenGraphqlPointsPerUser: token.graphqlPoints,
      requestsRepeatWithinTtl,
      analyse50UsersMs: Math.round(analyse50UsersMs),
      analyse50UsersTokenMs: Math.round(analyse50UsersTokenMs),
    };
  } finally {
    await gh.close();
  }
}

// `npx tsx scripts/bench/github.ts` prints the figures on their own.
if (import.meta.url === `file://${process.argv[1]}`) {
  benchGitHub()
    .then((figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    });
}
