/**
 * A local stand-in for the GitHub API on 127.0.0.1: REST bodies built from
 * GitHub's own OpenAPI examples, real rate-limit headers, ETags and 304s, Link
 * pagination, GraphQL executed over the real schema, and fault modes. It
 * counts every request by kind and path so tests assert request budgets at the
 * server, where Octokit cannot hide anything.
 *
 *   const gh = await startFakeGitHub();
 *   ... createGitHubClient({ apiUrl: gh.url }) ...
 *   expect(gh.counts.core).toBe(2);
 *   await gh.close();
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fill, templates } from './examples';
import { queryPoints } from './cost';
import { executeGraphQL, realSchema, searchPullRequests } from './graphql';

/** Points of a query; a query that does not parse costs 1 (GitHub answers it with errors). */
function safePoints(query: string, variables: unknown): number {
  try {
    return queryPoints(query, variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : {});
  } catch {
    return 1;
  }
}
import type { FixtureRepository, FixtureUser } from './types';
import { FIXTURE_LOGINS, FIXTURE_USERS } from './users/index';
import { FIXTURE_REPOSITORIES, QUEUE_PEOPLE, SOURCING_PEOPLE } from './repositories';
import { repositoryRoute } from './repository-routes';

export type { FixtureUser, FixtureRepo, FixturePullRequest, FixtureTarget, FixtureRepository } from './types';
export { FIXTURE_USERS, FIXTURE_LOGINS } from './users/index';
export { FIXTURE_REPOSITORIES, FIXTURE_REPOS, SOURCING_PEOPLE, QUEUE_PEOPLE, daysAgo } from './repositories';

export type Resource = 'core' | 'search' | 'graphql';

/** The token the fake accepts unless told otherwise. */
export const FAKE_TOKEN = 'ghp_FakeTokenForTests0123456789abcdefABCD';

export type Fault =
  /** 502 Bad Gateway with GitHub's error body. */
  | { kind: 'server-error'; status?: number }
  /** 403 (or 429) with x-ratelimit-remaining 0, as when the hour's budget is spent. */
  | { kind: 'rate-limit'; status?: 403 | 429 }
  /** 403 (or 429) "You have exceeded a secondary rate limit" with retry-after. */
  | { kind: 'secondary'; status?: 403 | 429; retryAfter?: number }
  /** 200 with a body that is not JSON. */
  | { kind: 'malformed-json' }
  /** 200 with JSON of the wrong shape. */
  | { kind: 'malformed-shape' }
  /** The connection is dropped without an answer. */
  | { kind: 'hang-up' }
  /** GraphQL's way: 200 with an error of type RATE_LIMITED and remaining 0. */
  | { kind: 'graphql-rate-limited' }
  /** No answer until the test calls release(): a request in flight, for as long as the test needs. Then answered as usual. */
  | { kind: 'hold' };

export interface FaultOptions {
  /** How many matching requests fail (default 1). */
  times?: number;
  /** Only requests whose "METHOD /path" matches (default: every request). */
  match?: RegExp;
}

export interface FakeGitHubOptions {
  /** Default: the fixture users plus the people behind the fixture repositories. */
  users?: readonly FixtureUser[];
  /** Repositories whose people sourcing reads (default: repositories.ts). */
  repositories?: readonly FixtureRepository[];
  /** Tokens the server accepts; any other Authorization is a 401. */
  tokens?: readonly string[];
  /** Starting budgets, for anonymous and authenticated callers alike (GitHub's defaults otherwise). */
  limits?: Partial<Record<Resource, { limit?: number; remaining?: number }>>;
  /** Seconds from now until the budgets reset (default 3600). */
  resetInSeconds?: number;
  /** What GET /user reports in x-oauth-scopes (default: no scopes). */
  scopes?: string;
  /** Serve under a path, as GitHub Enterprise Server does ("/api/v3"). */
  pathPrefix?: string;
}

export interface RecordedRequest {
  method: string;
  /** The path below the API root ("/users/x", "/graphql"). */
  path: string;
  /** The path as sent, prefix included ("/api/v3/users/x", "/api/graphql"). */
  rawPath: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  kind: Resource | 'other';
  status: number;
  body?: string;
}

export interface RequestCounts {
  core: number;
  search: number;
  graphql: number;
  /** GitHub's rate-limit points the GraphQL requests cost (./cost.ts). */
  graphqlPoints: number;
  /** Answers of 304 Not Modified (also counted under their kind). */
  notModified: number;
  total: number;
  /** "GET /users/ada-backend/repos" → count. */
  byPath: Record<string, number>;
}

export interface FakeGitHub {
  /** The API root to give Octokit ("http://127.0.0.1:PORT" plus any path prefix). */
  url: string;
  /** What "html_url" fields point at (the fake's stand-in for https://github.com). */
  webUrl: string;
  readonly counts: RequestCounts;
  readonly requests: readonly RecordedRequest[];
  /** GraphQL errors the server returned, validation errors included. */
  readonly graphqlErrors: readonly string[];
  users: readonly FixtureUser[];
  repositories: readonly FixtureRepository[];
  logins: typeof FIXTURE_LOGINS;
  token: string;
  /** The budget a caller would see now (anonymous unless a token is named). */
  rate(resource: Resource, token?: string): { limit: number; remaining: number; used: number; reset: number };
  setRemaining(resource: Resource, remaining: number, token?: string): void;
  /** The next matching request(s) fail this way. */
  fail(fault: Fault, options?: FaultOptions): void;
  /** Requests held by a 'hold' fault and not released yet. */
  readonly held: number;
  /** Lets every held request go on to its ordinary answer. */
  release(): void;
  resetCounts(): void;
  close(): Promise<void>;
}

const DEFAULT_LIMITS: Record<'anonymous' | 'token', Record<Resource, number>> = {
  anonymous: { core: 60, search: 10, graphql: 0 },
  token: { core: 5000, search: 30, graphql: 5000 },
};

const DOCS = 'https://docs.github.com/rest';

/** What api.github.com sends so browsers may read its answers (the real-browser tests call from an extension). */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers':
    'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset',
};

function etagOf(body: string): string {
  return `W/"${createHash('sha1').update(body).digest('hex')}"`;
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  // Warm the (large) templates and schema before the first request is timed.
  templates();
  realSchema();
  const users = options.users ?? [...FIXTURE_USERS, ...SOURCING_PEOPLE, ...QUEUE_PEOPLE];
  const repositories = options.repositories ?? FIXTURE_REPOSITORIES;
  const tokens = options.tokens ?? [FAKE_TOKEN];
  const prefix = (options.pathPrefix ?? '').replace(/\/$/, '');
  const resetSeconds = Math.floor(Date.now() / 1000) + (options.resetInSeconds ?? 3600);
  const budgets = new Map<string, Record<Resource, { limit: number; remaining: number; used: number; reset: number }>>();
  const faults: Array<{ fault: Fault; times: number; match?: RegExp }> = [];
  const requests: RecordedRequest[] = [];
  const graphqlErrors: string[] = [];
  let holding: Array<() => void> = [];
  let counts: RequestCounts = { core: 0, search: 0, graphql: 0, graphqlPoints: 0, notModified: 0, total: 0, byPath: {} };

  const budgetFor = (identity: string) => {
    let found = budgets.get(identity);
    if (!found) {
      const defaults = identity === 'anonymous' ? DEFAULT_LIMITS.anonymous : DEFAULT_LIMITS.token;
      const make = (r: Resource) => {
        const limit = options.limits?.[r]?.limit ?? defaults[r];
        const remaining = options.limits?.[r]?.remaining ?? limit;
        return { limit, remaining, used: limit - remaining, reset: resetSeconds };
      };
      found = { core: make('core'), search: make('search'), graphql: make('graphql') };
      budgets.set(identity, found);
    }
    return found;
  };

  const findUser = (login: string) => users.find((u) => u.login.toLowerCase() === login.toLowerCase());

  let origin = '';
  const webUrl = () => `${origin}/__web`;
  const apiUrl = () => `${origin}${prefix}`;

  const replacementsFor = (login: string): Array<readonly [string, string]> => [
    ['https://api.github.com', apiUrl()],
    ['https://github.com', webUrl()],
    ['octocat', login],
  ];

  function userBody(user: FixtureUser): Record<string, unknown> {
    const t = templates();
    const isOrg = user.type === 'Organization';
    const base = fill(isOrg ? t.organization : t.publicUser, replacementsFor(user.login));
    const publicRepos = user.repos.length;
    const common = {
      login: user.login,
      id: user.id ?? 1,
      node_id: `U_${user.login}`,
      url: `${apiUrl()}/users/${user.login}`,
      html_url: `${webUrl()}/${user.login}`,
      repos_url: `${apiUrl()}/users/${user.login}/repos`,
      type: isOrg ? 'Organization' : 'User',
      name: user.name ?? null,
      company: user.company ?? null,
      blog: user.blog ?? '',
      location: user.location ?? null,
      email: user.email ?? null,
      bio: user.bio ?? null,
      public_repos: publicRepos,
      followers: user.followers ?? 0,
      created_at: user.createdAt ?? '2020-01-01T00:00:00Z',
      updated_at: user.createdAt ?? '2020-01-01T00:00:00Z',
    };
    if (isOrg) {
      // GET /users/{org} answers with the user shape and type "Organization".
      const userShape = fill(t.publicUser, replacementsFor(user.login));
      return { ...userShape, ...common, description: user.bio ?? null, name: user.name ?? null, is_verified: base['is_verified'] };
    }
    return { ...base, ...common };
  }

  function repoBody(owner: FixtureUser, i: number): Record<string, unknown> | undefined {
    const repo = owner.repos[i];
    if (!repo) return undefined;
    const fullName = `${owner.login}/${repo.name}`;
    const base = fill(templates().minimalRepository, [
      ['octocat/Hello-World', fullName],
      ...replacementsFor(owner.login),
      ['Hello-World', repo.name],
    ]);
    return {
      ...base,
      id: (owner.id ?? 1) * 1000 + i,
      node_id: `R_${fullName}`,
      name: repo.name,
      full_name: fullName,
      html_url: `${webUrl()}/${fullName}`,
      url: `${apiUrl()}/repos/${fullName}`,
      description: repo.description ?? null,
      fork: repo.fork ?? false,
      language: repo.language ?? null,
      stargazers_count: repo.stars ?? 0,
      watchers_count: repo.stars ?? 0,
      forks_count: 0,
      size: repo.sizeKb ?? 0,
      topics: repo.topics ?? [],
      archived: repo.archived ?? false,
      created_at: repo.createdAt,
      pushed_at: repo.pushedAt,
      updated_at: repo.pushedAt,
    };
  }

  function searchItemBody(author: FixtureUser, pr: NonNullable<FixtureUser['pullRequests']>[number], i: number) {
    const base = fill(templates().issueSearchItem, [
      ['batterseapower/pinyin-toolkit', pr.target.fullName],
      ['octocat/Hello-World', pr.target.fullName],
      ['Nick3C', author.login],
      ...replacementsFor(author.login),
    ]);
    const apiRepo = `${apiUrl()}/repos/${pr.target.fullName}`;
    const web = `${webUrl()}/${pr.target.fullName}/pull/${pr.number}`;
    return {
      ...base,
      id: 500_000 + i,
      node_id: `PR_${pr.target.fullName}_${pr.number}`,
      number: pr.number,
      title: pr.title,
      url: `${apiRepo}/issues/${pr.number}`,
      repository_url: apiRepo,
      html_url: web,
      state: 'closed',
      state_reason: null,
      locked: false,
      labels: [],
      milestone: null,
      comments: 1,
      created_at: pr.createdAt,
      updated_at: pr.mergedAt,
      closed_at: pr.mergedAt,
      author_association: 'CONTRIBUTOR',
      user: { ...(base['user'] as object), login: author.login, id: author.id ?? 1, type: 'User', site_admin: false },
      pull_request: {
        url: `${apiRepo}/pulls/${pr.number}`,
        html_url: web,
        diff_url: `${web}.diff`,
        patch_url: `${web}.patch`,
        merged_at: pr.mergedAt,
      },
    };
  }

  function kindOf(method: string, path: string): Resource | 'other' {
    if (path === '/graphql') return 'graphql';
    if (path.startsWith('/search/')) return 'search';
    if (path === '/rate_limit') return 'other';
    return method === 'GET' || method === 'POST' ? 'core' : 'other';
  }

  function identityOf(req: IncomingMessage): { identity: string; bad: boolean } {
    const auth = req.headers.authorization;
    if (!auth) return { identity: 'anonymous', bad: false };
    const token = auth.replace(/^(token|bearer)\s+/i, '');
    return tokens.includes(token) ? { identity: token, bad: false } : { identity: 'anonymous', bad: true };
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ message: `fake GitHub crashed: ${String(error)}` }));
      });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    let path = url.pathname;
    // GitHub Enterprise Server serves REST under /api/v3 and GraphQL at /api/graphql.
    if (prefix && path === `${prefix.replace(/\/v3$/, '')}/graphql`) path = '/graphql';
    else if (prefix && path.startsWith(prefix)) path = path.slice(prefix.length) || '/';
    if (method === 'OPTIONS') {
      // A preflight is the browser's, not a request to GitHub: answered, not counted.
      res.writeHead(204, {
        ...CORS,
        'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE',
        'access-control-allow-headers': 'Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since, X-GitHub-OTP, X-Requested-With, User-Agent',
        'access-control-max-age': '86400',
      });
      res.end();
      return;
    }
    const kind = kindOf(method, path);
    const record: RecordedRequest = { method, path, rawPath: url.pathname, query: url.searchParams, headers: { ...req.headers }, kind, status: 0 };
    if (body) record.body = body;
    requests.push(record);
    counts.total += 1;
    if (kind !== 'other') counts[kind] += 1;
    const key = `${method} ${path}`;
    counts.byPath[key] = (counts.byPath[key] ?? 0) + 1;

    const { identity, bad } = identityOf(req);
    const budget = budgetFor(identity);
    const resource: Resource = kind === 'other' ? 'core' : kind;
    const rate = budget[resource];
    const rateHeaders = () => ({
      'x-ratelimit-limit': String(rate.limit),
      'x-ratelimit-remaining': String(rate.remaining),
      'x-ratelimit-used': String(rate.used),
      'x-ratelimit-reset': String(rate.reset),
      'x-ratelimit-resource': resource,
    });
    const send = (status: number, payload: unknown, extra: Record<string, string> = {}) => {
      record.status = status;
      const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
      res.writeHead(status, {
        ...CORS,
        'content-type': 'application/json; charset=utf-8',
        'x-github-media-type': 'github.v3; format=json',
        'x-github-request-id': `FAKE:${counts.total}`,
        ...rateHeaders(),
        ...extra,
      });
      res.end(text);
    };

    // Faults first: they stand for GitHub being unwell, whatever was asked.
    const faultIndex = faults.findIndex((f) => !f.match || f.match.test(key));
    const planned = faultIndex >= 0 ? faults[faultIndex] : undefined;
    if (planned) {
      planned.times -= 1;
      if (planned.times <= 0) faults.splice(faultIndex, 1);
      const fault = planned.fault;
      if (fault.kind === 'hold') await new Promise<void>((resolve) => holding.push(resolve));
      switch (fault.kind) {
        case 'hold':
          break;
        case 'hang-up':
          record.status = -1;
          req.socket.destroy();
          return;
        case 'server-error':
          return send(fault.status ?? 502, { message: 'Server Error' });
        case 'rate-limit':
          rate.remaining = 0;
          rate.used = rate.limit;
          return send(fault.status ?? 403, {
            message: `API rate limit exceeded for ${identity === 'anonymous' ? '127.0.0.1' : 'user ID 1'}. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)`,
            documentation_url: `${DOCS}/overview/resources-in-the-rest-api#rate-limiting`,
          });
        case 'secondary':
          return send(
            fault.status ?? 403,
            {
              message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE.',
              documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
            },
            { 'retry-after': String(fault.retryAfter ?? 1) },
          );
        case 'graphql-rate-limited':
          rate.remaining = 0;
          rate.used = rate.limit;
          return send(200, { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for user ID 1.' }] });
        case 'malformed-json':
          return send(200, '{"login": "half a bod');
        case 'malformed-shape':
          return send(200, path === '/graphql' ? { data: { repositoryOwner: { login: 42 } } } : [{ unexpected: true }]);
      }
    }

    if (bad) {
      return send(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
    }
    if (kind !== 'other' && rate.remaining <= 0) {
      return send(403, {
        message: 'API rate limit exceeded for 127.0.0.1.',
        documentation_url: `${DOCS}/overview/resources-in-the-rest-api#rate-limiting`,
      });
    }

    // GET answers carry an ETag; a matching If-None-Match is a 304 that costs nothing.
    const answer = (payload: unknown, extra: Record<string, string> = {}) => {
      const text = JSON.stringify(payload);
      const etag = etagOf(text);
      if (method === 'GET' && req.headers['if-none-match'] === etag) {
        counts.notModified += 1;
        record.status = 304;
        res.writeHead(304, { ...CORS, etag, 'x-github-request-id': `FAKE:${counts.total}`, ...rateHeaders(), ...extra });
        res.end();
        return;
      }
      if (kind !== 'other') {
        rate.remaining -= 1;
        rate.used += 1;
      }
      send(200, text, { etag, 'cache-control': 'private, max-age=60, s-maxage=60', vary: 'Accept, Authorization, Cookie', ...extra });
    };
    const notFound = () => send(404, { message: 'Not Found', documentation_url: DOCS, status: '404' });

    const link = (total: number, page: number, perPage: number): Record<string, string> => {
      const last = Math.max(1, Math.ceil(total / perPage));
      if (last <= 1) return {};
      const at = (p: number) => {
        const u = new URL(`${apiUrl()}${path}`);
        url.searchParams.forEach((v, k) => u.searchParams.set(k, v));
        u.searchParams.set('page', String(p));
        return u.toString();
      };
      const parts: string[] = [];
      if (page > 1) parts.push(`<${at(page - 1)}>; rel="prev"`, `<${at(1)}>; rel="first"`);
      if (page < last) parts.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
      return { link: parts.join(', ') };
    };
    const paging = () => {
      const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
      const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
      return { perPage, page };
    };

    const context = { method, path, query: url.searchParams, identity, apiUrl: apiUrl(), webUrl: webUrl(), users, repositories, answer, send, notFound, link, paging };
    if (repositoryRoute(context)) return;

    let m: RegExpExecArray | null;
    if (method === 'GET' && (m = /^\/users\/([^/]+)$/.exec(path))) {
      const user = findUser(decodeURIComponent(m[1] ?? ''));
      return user ? answer(userBody(user)) : notFound();
    }
    if (method === 'GET' && (m = /^\/users\/([^/]+)\/repos$/.exec(path))) {
      const user = findUser(decodeURIComponent(m[1] ?? ''));
      if (!user) return notFound();
      // Fixture repositories are all owned, so every `type` but "member" lists them all.
      const order = url.searchParams.get('type') === 'member' ? [] : [...user.repos.keys()];
      if ((url.searchParams.get('sort') ?? 'full_name') === 'pushed') {
        order.sort((a, b) => (user.repos[b]?.pushedAt ?? '').localeCompare(user.repos[a]?.pushedAt ?? ''));
      } else {
        order.sort((a, b) => (user.repos[a]?.name ?? '').localeCompare(user.repos[b]?.name ?? ''));
      }
      const { perPage, page } = paging();
      const slice = order.slice((page - 1) * perPage, page * perPage);
      return answer(
        slice.map((i) => repoBody(user, i)),
        link(order.length, page, perPage),
      );
    }
    if (method === 'GET' && path === '/search/issues') {
      const q = url.searchParams.get('q') ?? '';
      if (!/\b(author|user|repo|org|involves):/.test(q)) {
        return send(422, { message: 'Validation Failed', errors: [{ resource: 'Search', field: 'q', code: 'missing' }], documentation_url: DOCS, status: '422' });
      }
      const found = searchPullRequests(users, q);
      const { perPage, page } = paging();
      const items = found.slice((page - 1) * perPage, page * perPage).map(({ author, pr }, i) => searchItemBody(author, pr, i));
      return answer({ total_count: found.length, incomplete_results: false, items }, link(found.length, page, perPage));
    }
    if (method === 'GET' && path === '/user') {
      if (identity === 'anonymous') return send(401, { message: 'Requires authentication', documentation_url: DOCS, status: '401' });
      const me = users.find((u) => u.type !== 'Organization') ?? users[0];
      return me ? answer(userBody(me), { 'x-oauth-scopes': options.scopes ?? '', 'x-accepted-oauth-scopes': '' }) : notFound();
    }
    if (method === 'GET' && path === '/rate_limit') {
      const view = (r: Resource) => ({ ...budget[r], used: budget[r].used });
      return send(200, { resources: { core: view('core'), search: view('search'), graphql: view('graphql') }, rate: view('core') });
    }
    if (method === 'POST' && path === '/graphql') {
      if (identity === 'anonymous') {
        return send(401, { message: 'This endpoint requires you to be authenticated.', documentation_url: `${DOCS}/graphql` });
      }
      let parsed: { query?: unknown; variables?: unknown };
      try {
        parsed = JSON.parse(body) as { query?: unknown; variables?: unknown };
      } catch {
        return send(400, { message: 'Problems parsing JSON', documentation_url: DOCS });
      }
      // GitHub charges a query its points (./cost.ts), not one per request.
      const points = typeof parsed.query === 'string' ? safePoints(parsed.query, parsed.variables) : 1;
      counts.graphqlPoints += points;
      rate.remaining -= points;
      rate.used += points;
      const result = await executeGraphQL(users, parsed, webUrl(), identity, repositories, {
        limit: rate.limit,
        remaining: rate.remaining,
        used: rate.used,
        resetSeconds: rate.reset,
      });
      for (const e of result.errors ?? []) graphqlErrors.push(e.message);
      return send(200, result);
    }
    return notFound();
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: apiUrl(),
    webUrl: webUrl(),
    get counts() {
      return counts;
    },
    requests,
    graphqlErrors,
    users,
    repositories,
    logins: FIXTURE_LOGINS,
    token: tokens[0] ?? FAKE_TOKEN,
    rate(resource, token) {
      const b = budgetFor(token ?? 'anonymous')[resource];
      return { ...b };
    },
    setRemaining(resource, remaining, token) {
      const b = budgetFor(token ?? 'anonymous')[resource];
      b.remaining = remaining;
      b.used = b.limit - remaining;
    },
    get held() {
      return holding.length;
    },
    release() {
      const waiting = holding;
      holding = [];
      for (const go of waiting) go();
    },
    fail(fault, faultOptions = {}) {
      faults.push({ fault, times: faultOptions.times ?? 1, ...(faultOptions.match ? { match: faultOptions.match } : {}) });
    },
    resetCounts() {
      counts = { core: 0, search: 0, graphql: 0, graphqlPoints: 0, notModified: 0, total: 0, byPath: {} };
      requests.length = 0;
      graphqlErrors.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const go of holding.splice(0)) go();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

