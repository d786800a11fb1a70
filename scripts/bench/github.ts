/**
 * GitHub figures for `npm run bench`, measured against the local fake GitHub
 * (tests/support/fake-github): requests per user on both paths, requests for
 * a repeat within the time to live, and the time to analyse 50 users.
 * Budgets (DESIGN.md): no token ≤ 3 (2 core + 1 search), token 1, repeat 0.
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

export async function benchGitHub(): Promise<Record<string, number>> {
  const users = fiftyUsers();
  const gh = await startFakeGitHub({
    users,
    // Enough budget for the whole run on both identities.
    limits: { core: { limit: 100_000 }, search: { limit: 100_000 }, graphql: { limit: 100_000 } },
  });
  try {
    const local = { apiUrl: gh.url, pacing: false, log: () => {} } as const;
    const perUser = async (token?: string) => {
      let worst = 0;
      for (const user of users.slice(0, 6)) {
        gh.resetCounts();
        await analyseUser(createGitHubClient({ ...local, ...(token ? { token } : {}) }).octokit, user.login);
        worst = Math.max(worst, gh.counts.total);
      }
      return worst;
    };
    const requestsPerUserNoToken = await perUser();
    const requestsPerUserToken = await perUser(FAKE_TOKEN);

    const cache = createMemoryCache();
    const rest = createGitHubClient(local).octokit;
    const started = performance.now();
    await Promise.all(users.map((u) => analyseUser(rest, u.login, { cache })));
    const analyse50UsersMs = performance.now() - started;

    gh.resetCounts();
    await Promise.all(users.map((u) => analyseUser(rest, u.login, { cache })));
    const requestsRepeatWithinTtl = gh.counts.total;

    const token = createGitHubClient({ ...local, token: FAKE_TOKEN }).octokit;
    const tokenStarted = performance.now();
    await Promise.all(users.map((u) => analyseUser(token, u.login)));
    const analyse50UsersTokenMs = performance.now() - tokenStarted;

    return {
      requestsPerUserNoToken,
      requestsPerUserToken,
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
