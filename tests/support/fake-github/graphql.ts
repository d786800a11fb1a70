/**
 * GraphQL answered over GitHub's real schema (`@octokit/graphql-schema`):
 * queries are parsed, validated and executed by graphql-js against it, with
 * root resolvers that read the fixture users. A query the real API would
 * reject is rejected here too, with GitHub's error shape.
 */
import { buildClientSchema, graphql, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { schema as githubSchema } from '@octokit/graphql-schema';
import type { FixtureActor, FixturePullRequest, FixtureRepo, FixtureRepository, FixtureRepositoryPullRequest, FixtureTarget, FixtureUser } from './types';
import { commitsOf, commitsSince } from './repositories';
import { SAML_MESSAGE, refusal } from './repository-routes';

let cachedSchema: GraphQLSchema | undefined;

/** GitHub's schema, built once per process. */
export function realSchema(): GraphQLSchema {
  cachedSchema ??= buildClientSchema(githubSchema.json as unknown as IntrospectionQuery);
  return cachedSchema;
}

type Args = Record<string, unknown>;

function connection<T>(all: readonly T[], args: Args) {
  const first = typeof args['first'] === 'number' ? args['first'] : all.length;
  const nodes = all.slice(0, first);
  return {
    totalCount: all.length,
    nodes,
    edges: nodes.map((node, i) => ({ node, cursor: `cursor:${i}` })),
    pageInfo: {
      hasNextPage: all.length > nodes.length,
      hasPreviousPage: false,
      startCursor: nodes.length ? 'cursor:0' : null,
      endCursor: nodes.length ? `cursor:${nodes.length - 1}` : null,
    },
  };
}

function language(name: string | null | undefined) {
  return name ? { __typename: 'Language', name, color: '#00ADD8', id: `L_${name}` } : null;
}

function topics(names: readonly string[] | undefined, args: Args) {
  return connection(
    (names ?? []).map((name) => ({ __typename: 'RepositoryTopic', topic: { __typename: 'Topic', name }, url: '' })),
    args,
  );
}

function treeEntry(name: string) {
  // A name with a dot and no trailing slash is taken for a file, the rest for folders: enough for root listings.
  const isFile = /\.[A-Za-z0-9]+$/.test(name) || /^(Dockerfile|Makefile|Gemfile|LICENSE|Procfile)$/.test(name);
  return { __typename: 'TreeEntry', name, path: name, type: isFile ? 'blob' : 'tree', mode: isFile ? 33188 : 16384 };
}

function repositoryObject(owner: FixtureUser, repo: FixtureRepo, baseUrl: string) {
  const fullName = `${owner.login}/${repo.name}`;
  return {
    __typename: 'Repository',
    id: `R_${fullName}`,
    name: repo.name,
    nameWithOwner: fullName,
    url: `${baseUrl}/${fullName}`,
    description: repo.description ?? null,
    isFork: repo.fork ?? false,
    isArchived: repo.archived ?? false,
    isPrivate: false,
    stargazerCount: repo.stars ?? 0,
    diskUsage: repo.sizeKb ?? 0,
    createdAt: repo.createdAt,
    pushedAt: repo.pushedAt,
    updatedAt: repo.pushedAt,
    primaryLanguage: language(repo.language),
    parent: repo.parent ? { __typename: 'Repository', nameWithOwner: repo.parent, url: `${baseUrl}/${repo.parent}` } : null,
    owner: { __typename: owner.type ?? 'User', login: owner.login },
    languages: (args: Args) => {
      const entries = Object.entries(repo.languages ?? (repo.language ? { [repo.language]: (repo.sizeKb ?? 1) * 1024 } : {}));
      entries.sort((a, b) => b[1] - a[1]);
      const all = entries.map(([name, size]) => ({ size, node: language(name) }));
      const first = typeof args['first'] === 'number' ? args['first'] : all.length;
      const edges = all.slice(0, first);
      return {
        totalCount: all.length,
        totalSize: entries.reduce((sum, [, size]) => sum + size, 0),
        edges: edges.map((e, i) => ({ ...e, cursor: `cursor:${i}` })),
        nodes: edges.map((e) => e.node),
        pageInfo: { hasNextPage: all.length > edges.length, hasPreviousPage: false, startCursor: null, endCursor: null },
      };
    },
    repositoryTopics: (args: Args) => topics(repo.topics, args),
    object: (args: Args) => {
      const expression = typeof args['expression'] === 'string' ? args['expression'] : '';
      const m = /^(?:HEAD|main|master):(.*)$/.exec(expression);
      if (!m) return null;
      const path = (m[1] ?? '').replace(/\/$/, '');
      if (path === '') {
        return repo.rootFiles ? { __typename: 'Tree', id: `T_${fullName}`, entries: repo.rootFiles.map(treeEntry) } : null;
      }
      if (path === '.github/workflows') {
        return repo.workflows ? { __typename: 'Tree', id: `W_${fullName}`, entries: repo.workflows.map(treeEntry) } : null;
      }
      const text = repo.manifests?.[path];
      return text === undefined
        ? null
        : { __typename: 'Blob', id: `B_${fullName}_${path}`, text, byteSize: text.length, isBinary: false, isTruncated: false };
    },
  };
}

function targetObject(target: FixtureTarget, baseUrl: string) {
  return {
    __typename: 'Repository',
    id: `R_${target.fullName}`,
    name: target.fullName.split('/')[1] ?? target.fullName,
    nameWithOwner: target.fullName,
    url: `${baseUrl}/${target.fullName}`,
    description: target.description ?? null,
    isFork: false,
    isArchived: false,
    stargazerCount: target.stars ?? 0,
    primaryLanguage: language(target.language),
    repositoryTopics: (args: Args) => topics(target.topics, args),
    owner: { __typename: 'Organization', login: target.fullName.split('/')[0] ?? '' },
  };
}

function pullRequestObject(author: FixtureUser, pr: FixturePullRequest, baseUrl: string) {
  return {
    __typename: 'PullRequest',
    id: `PR_${pr.target.fullName}_${pr.number}`,
    number: pr.number,
    title: pr.title,
    url: `${baseUrl}/${pr.target.fullName}/pull/${pr.number}`,
    state: 'MERGED',
    merged: true,
    createdAt: pr.createdAt,
    mergedAt: pr.mergedAt,
    author: { __typename: 'User', login: author.login },
    repository: targetObject(pr.target, baseUrl),
    baseRepository: targetObject(pr.target, baseUrl),
  };
}

/** The parts of a search query the fake understands: `author:X type:pr is:merged -user:X`. */
export function parseSearchQuery(q: string): { author?: string; type?: string; is: string[]; notUser: string[] } {
  const out: { author?: string; type?: string; is: string[]; notUser: string[] } = { is: [], notUser: [] };
  for (const token of q.split(/[\s+]+/).filter(Boolean)) {
    const m = /^(-?)([a-z]+):(.+)$/.exec(token);
    if (!m) continue;
    const [, not, key, value] = m;
    if (key === 'author' && !not) out.author = value;
    else if (key === 'type' && !not) out.type = value;
    else if (key === 'is' && !not && value) out.is.push(value);
    else if (key === 'user' && not && value) out.notUser.push(value.toLowerCase());
  }
  return out;
}

/** Merged pull requests a search query selects, newest first. */
export function searchPullRequests(users: readonly FixtureUser[], q: string): Array<{ author: FixtureUser; pr: FixturePullRequest }> {
  const query = parseSearchQuery(q);
  const author = users.find((u) => u.login.toLowerCase() === query.author?.toLowerCase());
  if (!author || (query.type !== 'pr' && query.type !== 'pull-request')) return [];
  return (author.pullRequests ?? [])
    .filter((pr) => !query.is.includes('merged') || pr.mergedAt)
    .filter((pr) => !query.notUser.includes((pr.target.fullName.split('/')[0] ?? '').toLowerCase()))
    .map((pr) => ({ author, pr }))
    .sort((a, b) => b.pr.createdAt.localeCompare(a.pr.createdAt));
}

export interface RateLimitView {
  limit: number;
  remaining: number;
  used: number;
  resetSeconds: number;
}

/** Runs one GraphQL request body against the real schema. */
export async function executeGraphQL(
  users: readonly FixtureUser[],
  body: { query?: unknown; variables?: unknown },
  webUrl: string,
  identity: string,
  repositories: readonly FixtureRepository[],
  rate: RateLimitView,
): Promise<{ data?: unknown; errors?: Array<{ message: string; type?: string; path?: readonly (string | number)[] }> }> {
  if (typeof body.query !== 'string') return { errors: [{ message: 'A query attribute must be specified and must be a string.' }] };
  const find = (login: unknown) =>
    users.find((u) => typeof login === 'string' && u.login.toLowerCase() === login.toLowerCase());
  const owner = (user: FixtureUser) => {
    const common = {
      __typename: user.type ?? 'User',
      id: `U_${user.login}`,
      databaseId: user.id ?? null,
      login: user.login,
      name: user.name ?? null,
      location: user.location ?? null,
      url: `${webUrl}/${user.login}`,
      avatarUrl: `${webUrl}/${user.login}.png`,
      createdAt: user.createdAt ?? '2020-01-01T00:00:00Z',
      websiteUrl: user.blog || null,
      email: user.email ?? '',
      repositories: (args: Args) => {
        let repos = [...user.repos].sort((a, b) => b.pushedAt.localeCompare(a.pushedAt));
        if (typeof args['isFork'] === 'boolean') repos = repos.filter((r) => (r.fork ?? false) === args['isFork']);
        return connection(repos.map((r) => repositoryObject(user, r, webUrl)), args);
      },
    };
    if ((user.type ?? 'User') === 'Organization') return { ...common, description: user.bio ?? null };
    return {
      ...common,
      bio: user.bio ?? null,
      company: user.company ?? null,
      followers: () => ({ totalCount: user.followers ?? 0 }),
      pullRequests: (args: Args) =>
        connection((user.pullRequests ?? []).map((pr) => pullRequestObject(user, pr, webUrl)), args),
    };
  };
  const rootValue = {
    repositoryOwner: (args: Args) => {
      const user = find(args['login']);
      return user ? owner(user) : null;
    },
    user: (args: Args) => {
      const user = find(args['login']);
      if (!user || user.type === 'Organization') throw new Error(`Could not resolve to a User with the login of '${String(args['login'])}'.`);
      return owner(user);
    },
    search: (args: Args) => {
      const q = typeof args['query'] === 'string' ? args['query'] : '';
      const found = args['type'] === 'ISSUE' ? searchPullRequests(users, q) : [];
      const result = connection(found.map(({ author, pr }) => pullRequestObject(author, pr, webUrl)), args);
      return { ...result, issueCount: found.length };
    },
    repository: (args: Args) => {
      const owner = String(args['owner'] ?? '');
      const name = String(args['name'] ?? '');
      const repo = repositories.find((r) => r.owner.toLowerCase() === owner.toLowerCase() && r.name.toLowerCase() === name.toLowerCase());
      const refused = refusal(repo, identity);
      if (refused === 'saml') throw Object.assign(new Error(SAML_MESSAGE), { githubType: 'FORBIDDEN' });
      if (refused || !repo) throw new Error(`Could not resolve to a Repository with the name '${owner}/${name}'.`);
      return repositoryPeopleObject(repo, webUrl);
    },
    rateLimit: () => ({
      cost: 1,
      limit: rate.limit,
      remaining: rate.remaining,
      used: rate.used,
      nodeCount: 0,
      resetAt: new Date(rate.resetSeconds * 1000).toISOString(),
    }),
  };
  const result = await graphql({
    schema: realSchema(),
    source: body.query,
    rootValue,
    variableValues: (body.variables ?? undefined) as Record<string, unknown> | undefined,
  });
  const out: { data?: unknown; errors?: Array<{ message: string; type?: string; path?: readonly (string | number)[] }> } = {};
  if (result.data !== undefined) out.data = result.data;
  if (result.errors?.length) {
    out.errors = result.errors.map((e) => ({
      message: e.message,
      ...(e.path ? { path: e.path } : {}),
      ...(/Could not resolve/.test(e.message) ? { type: 'NOT_FOUND' } : {}),
      ...((e.originalError as { githubType?: string } | undefined)?.githubType ? { type: (e.originalError as unknown as { githubType: string }).githubType } : {}),
    }));
  }
  return out;
}

/**
 * A connection read page by page: `first` items after the cursor `after`
 * ("cursor:N" is the N-th item), as GitHub pages its connections.
 */
function pagedConnection<T>(all: readonly T[], args: Args) {
  const first = typeof args['first'] === 'number' ? Math.min(100, args['first']) : 100;
  const after = typeof args['after'] === 'string' ? Number(/^cursor:(\d+)$/.exec(args['after'])?.[1] ?? -1) : -1;
  const start = after + 1;
  const nodes = all.slice(start, start + first);
  return {
    totalCount: all.length,
    nodes,
    edges: nodes.map((node, i) => ({ node, cursor: `cursor:${start + i}` })),
    pageInfo: {
      hasNextPage: start + nodes.length < all.length,
      hasPreviousPage: start > 0,
      startCursor: nodes.length ? `cursor:${start}` : null,
      endCursor: nodes.length ? `cursor:${start + nodes.length - 1}` : null,
    },
  };
}

function actorObject(actor: FixtureActor | null) {
  if (!actor) return null;
  return { __typename: actor.type ?? 'User', login: actor.login, id: `A_${actor.login}`, url: '' };
}

function repositoryPullRequestObject(repo: FixtureRepository, pr: FixtureRepositoryPullRequest, webUrl: string) {
  return {
    __typename: 'PullRequest',
    id: `PR_${repo.owner}_${repo.name}_${pr.number}`,
    number: pr.number,
    title: pr.title,
    url: `${webUrl}/${repo.owner}/${repo.name}/pull/${pr.number}`,
    state: pr.mergedAt ? 'MERGED' : 'CLOSED',
    merged: pr.mergedAt !== null,
    createdAt: pr.createdAt,
    mergedAt: pr.mergedAt,
    updatedAt: pr.updatedAt ?? pr.mergedAt ?? pr.createdAt,
    author: actorObject(pr.author),
    reviews: (args: Args) =>
      pagedConnection(
        (pr.reviews ?? []).map((r, i) => ({
          __typename: 'PullRequestReview',
          id: `RV_${pr.number}_${i}`,
          state: r.state ?? 'COMMENTED',
          submittedAt: r.submittedAt,
          author: actorObject(r),
        })),
        args,
      ),
  };
}

/** A repository with its pull requests (states, orderBy, paging) and its default branch's history (since, paging). */
function repositoryPeopleObject(repo: FixtureRepository, webUrl: string) {
  const fullName = `${repo.owner}/${repo.name}`;
  return {
    __typename: 'Repository',
    id: `R_${fullName}`,
    name: repo.name,
    nameWithOwner: fullName,
    url: `${webUrl}/${fullName}`,
    description: repo.description ?? null,
    isArchived: repo.archivedAt !== undefined,
    archivedAt: repo.archivedAt ?? null,
    isEmpty: repo.empty ?? false,
    isPrivate: false,
    isFork: false,
    stargazerCount: repo.stars ?? 0,
    owner: { __typename: repo.ownerType, login: repo.owner, id: `O_${repo.owner}`, url: `${webUrl}/${repo.owner}` },
    primaryLanguage: language(repo.language),
    repositoryTopics: (args: Args) => topics(repo.topics, args),
    pullRequests: (args: Args) => {
      const states = Array.isArray(args['states']) ? (args['states'] as string[]) : null;
      const order = (args['orderBy'] ?? { field: 'CREATED_AT', direction: 'ASC' }) as { field: string; direction: string };
      const key = (pr: FixtureRepositoryPullRequest) => (order.field === 'UPDATED_AT' ? (pr.updatedAt ?? pr.mergedAt ?? pr.createdAt) : pr.createdAt);
      const all = repo.pullRequests
        .filter((pr) => !states || states.includes(pr.mergedAt ? 'MERGED' : 'CLOSED'))
        .sort((a, b) => (order.direction === 'DESC' ? key(b).localeCompare(key(a)) : key(a).localeCompare(key(b))));
      return pagedConnection(all.map((pr) => repositoryPullRequestObject(repo, pr, webUrl)), args);
    },
    defaultBranchRef: repo.empty
      ? null
      : {
          __typename: 'Ref',
          id: `REF_${fullName}`,
          name: 'main',
          prefix: 'refs/heads/',
          target: {
            __typename: 'Commit',
            id: `C_${fullName}`,
            oid: '0'.repeat(40),
            history: (args: Args) => {
              const since = typeof args['since'] === 'string' ? new Date(args['since']).toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
              const count = commitsSince(repo, since);
              const first = typeof args['first'] === 'number' ? Math.min(100, args['first']) : 100;
              const after = typeof args['after'] === 'string' ? Number(/^cursor:(\d+)$/.exec(args['after'])?.[1] ?? -1) : -1;
              const start = after + 1;
              const commits = commitsOf(repo);
              const nodes = Array.from({ length: Math.max(0, Math.min(first, count - start)) }, (_, i) => {
                const commit = commits.at(start + i);
                // GitActor.user is a User: bots and organisations are not Users, so GitHub gives null for them.
                const person = commit.author && (commit.author.type ?? 'User') === 'User' ? { __typename: 'User', login: commit.author.login } : null;
                return {
                  __typename: 'Commit',
                  oid: String(start + i).padStart(40, '0'),
                  committedDate: commit.date,
                  authoredDate: commit.date,
                  message: commit.message ?? '',
                  author: { __typename: 'GitActor', name: commit.author?.login ?? 'unclaimed', email: 'x@example.com', date: commit.date, user: person },
                };
              });
              return {
                totalCount: count,
                nodes,
                pageInfo: {
                  hasNextPage: start + nodes.length < count,
                  hasPreviousPage: start > 0,
                  startCursor: nodes.length ? `cursor:${start}` : null,
                  endCursor: nodes.length ? `cursor:${start + nodes.length - 1}` : null,
                },
              };
            },
          },
        },
  };
}
