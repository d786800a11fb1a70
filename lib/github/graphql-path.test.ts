/**
 * The path with a token: exactly one GraphQL request per user, a query that
 * validates against GitHub's real schema (@octokit/graphql-schema), and the
 * token sent to the configured host only.
 */
import { validate } from '@octokit/graphql-schema';
import { Kind, parse, visit, type FieldNode } from 'graphql';
import { describe, expect, test } from 'vitest';
import { analyseUser, createGitHubClient, USER_QUERY } from './';
import { graphqlUrl } from './graphql';
import { FAKE_TOKEN, FIXTURE_LOGINS } from '../../tests/support/fake-github';
import { clientFor, fakeGitHub } from '../../tests/support/github';

describe('the GraphQL query', () => {
  test('validates against the real GitHub schema', () => {
    expect(validate(USER_QUERY).map((e) => e.message)).toEqual([]);
  });

  test('stays far below GitHub\'s limit of 500,000 nodes', () => {
    // GitHub's count: each connection's `first` multiplied by the `first` of the connections above it.
    let total = 0;
    const stack: number[] = [1];
    const document = parse(USER_QUERY);
    const fragments = new Map(
      document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
    );
    const walk = (node: Parameters<typeof visit>[0]) =>
      visit(node, {
        Field: {
          enter(field: FieldNode) {
            const first = field.arguments?.find((a) => a.name.value === 'first');
            const size = first?.value.kind === Kind.INT ? Number(first.value.value) : 1;
            const parent = stack[stack.length - 1] ?? 1;
            if (first) total += parent * size;
            stack.push(parent * size);
          },
          leave() {
            stack.pop();
          },
        },
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (fragment) walk(fragment.selectionSet);
        },
      });
    for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION) walk(d);
    expect(total).toBeGreaterThan(1000);
    expect(total).toBeLessThan(10_000);
  });
});

describe('analysing a user with a token', () => {
  test('costs exactly one GraphQL request, which the fake executed over the real schema without errors', async () => {
    const gh = await fakeGitHub();
    const { octokit, budget } = clientFor(gh, { token: FAKE_TOKEN });
    const evidence = await analyseUser(octokit, FIXTURE_LOGINS.backend);

    expect(gh.counts).toMatchObject({ graphql: 1, core: 0, search: 0, total: 1 });
    expect(gh.graphqlErrors).toEqual([]);
    expect(evidence.user).toMatchObject({ login: 'ada-backend', name: 'Ada Backend', company: '@paystream', followers: 210 });
    // GitHub charges the query its points (DESIGN.md: at most 2), which the budget reports.
    expect(gh.counts.graphqlPoints).toBeLessThanOrEqual(2);
    expect(budget.snapshot().graphql).toEqual({ remaining: 5000 - gh.counts.graphqlPoints, limit: 5000, resetAt: gh.rate('graphql', FAKE_TOKEN).reset * 1000 });
  });

  test.each(Object.values(FIXTURE_LOGINS).filter((l) => l !== FIXTURE_LOGINS.organisation))(
    '%s: one GraphQL request, no errors',
    async (login) => {
      const gh = await fakeGitHub();
      await analyseUser(clientFor(gh, { token: FAKE_TOKEN }).octokit, login);
      expect(gh.counts).toMatchObject({ graphql: 1, total: 1 });
      expect(gh.graphqlErrors).toEqual([]);
    },
  );

  test('reads root files, CI workflows, the primary language and dependencies, and says why a repository is backend', async () => {
    const gh = await fakeGitHub();
    const evidence = await analyseUser(clientFor(gh, { token: FAKE_TOKEN }).octokit, FIXTURE_LOGINS.backend);
    const ledger = evidence.repositories.find((r) => r.name === 'ledger-service');

    expect(ledger).toMatchObject({
      fullName: 'ada-backend/ledger-service',
      language: 'Go',
      // Languages by size are not read: they would cost a third point (lib/github/graphql.ts).
      languages: {},
      topics: ['go', 'postgresql', 'grpc', 'microservice'],
      workflows: ['ci.yml', 'release.yml'],
      stars: 48,
      sizeKb: 2400,
    });
    expect(ledger?.rootFiles).toEqual(expect.arrayContaining(['Dockerfile', 'migrations', 'ledger.proto', 'go.mod']));
    expect(ledger?.dependencies).toEqual(['github.com/jackc/pgx/v5', 'google.golang.org/grpc', 'github.com/prometheus/client_golang']);
    expect(ledger?.backend.value).toBe(true);
    expect(ledger?.backend.reasons).toEqual(
      expect.arrayContaining([
        'written mostly in Go',
        'depends on github.com/jackc/pgx/v5 (PostgreSQL)',
        'has database migrations (migrations/)',
        'defines gRPC/protobuf services (ledger.proto)',
        'ships as a container (Dockerfile)',
      ]),
    );
    const orders = evidence.repositories.find((r) => r.name === 'orders-api');
    expect(orders?.dependencies).toEqual(expect.arrayContaining(['fastapi', 'sqlalchemy', 'psycopg']));
    expect(orders?.backend.reasons).toContain('describes its API (openapi.yaml)');
    expect(evidence.forks.map((f) => f.fullName)).toEqual(['ada-backend/prometheus']);
  });

  test('judges pull-request targets by their language and topics too', async () => {
    const gh = await fakeGitHub();
    const evidence = await analyseUser(clientFor(gh, { token: FAKE_TOKEN }).octokit, FIXTURE_LOGINS.frontend);
    expect(evidence.contributions.map((c) => [c.repository, c.backend.value])).toEqual([
      ['vercel/next.js', false],
      ['facebook/react', false],
    ]);
    expect(evidence.contributions[1]?.backend.reasons).toEqual(['facebook/react is a user-interface library, not backend']);
    expect(evidence.contributions[1]?.url).toMatch(/\/facebook\/react\/pull\/28001$/);
  });

  test('more than 100 repositories: the 100 most recently pushed, and a line saying so', async () => {
    const gh = await fakeGitHub();
    const evidence = await analyseUser(clientFor(gh, { token: FAKE_TOKEN }).octokit, FIXTURE_LOGINS.prolific);
    expect(evidence.repositories).toHaveLength(100);
    expect(evidence.repositories[0]?.name).toBe('service-000');
    expect(evidence.limits).toEqual(['Only the 100 most recently pushed of 150 own repositories were read.']);
  });
});

describe('the token goes to the API host and nowhere else', () => {
  test('every request to the configured host carries it', async () => {
    const gh = await fakeGitHub();
    await analyseUser(clientFor(gh, { token: FAKE_TOKEN }).octokit, FIXTURE_LOGINS.backend);
    expect(gh.requests.map((r) => r.headers.authorization)).toEqual([`token ${FAKE_TOKEN}`]);
  });

  test('a request to any other host (a full URL from a response, say) goes without it', async () => {
    const api = await fakeGitHub();
    const elsewhere = await fakeGitHub();
    const { octokit } = clientFor(api, { token: FAKE_TOKEN });

    await octokit.request(`GET ${elsewhere.url}/users/{username}`, { username: FIXTURE_LOGINS.backend });
    await octokit.request('GET /users/{username}', { username: FIXTURE_LOGINS.backend });

    expect(elsewhere.requests).toHaveLength(1);
    expect(elsewhere.requests[0]?.headers.authorization).toBeUndefined();
    expect(api.requests[0]?.headers.authorization).toBe(`token ${FAKE_TOKEN}`);
  });

  test('GitHub Enterprise Server: the API under /api/v3 works on both paths', async () => {
    const gh = await fakeGitHub({ pathPrefix: '/api/v3' });
    expect(gh.url).toMatch(/\/api\/v3$/);
    const rest = await analyseUser(createGitHubClient({ apiUrl: gh.url, pacing: false, log: () => {} }).octokit, FIXTURE_LOGINS.backend);
    const graphql = await analyseUser(clientFor(gh, { token: FAKE_TOKEN }).octokit, FIXTURE_LOGINS.backend);
    expect(rest.repositories.length).toBe(4);
    expect(graphql.repositories.length).toBe(4);
    expect(gh.counts).toMatchObject({ core: 2, search: 1, graphql: 1 });
    const graphqlRequest = gh.requests.find((r) => r.kind === 'graphql');
    expect(graphqlRequest?.headers.authorization).toBe(`token ${FAKE_TOKEN}`);
    expect(graphqlRequest?.rawPath).toBe('/api/graphql');
    expect(gh.requests.filter((r) => r.kind === 'core').map((r) => r.rawPath)).toEqual(
      expect.arrayContaining(['/api/v3/users/ada-backend', '/api/v3/users/ada-backend/repos']),
    );
  });

  test('GraphQL is at /graphql on github.com and at /api/graphql on Enterprise Server', () => {
    expect(graphqlUrl('https://api.github.com')).toBe('https://api.github.com/graphql');
    expect(graphqlUrl('https://ghe.example.com/api/v3/')).toBe('https://ghe.example.com/api/graphql');
  });
});

describe('the fake GitHub answers browsers as api.github.com does', () => {
  test('CORS headers expose the ETag and rate-limit headers, and a preflight is answered without being counted', async () => {
    const gh = await fakeGitHub();
    const preflight = await fetch(`${gh.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    const answer = await fetch(`${gh.url}/users/${FIXTURE_LOGINS.backend}`);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-expose-headers')).toMatch(/ETag.*X-RateLimit-Remaining/);
    expect(gh.counts).toMatchObject({ total: 1, core: 1 });
  });
});
