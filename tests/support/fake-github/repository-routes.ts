/**
 * The fake GitHub's answers about repositories and their people: the
 * repository, its commits, contributors and pull requests, the search for
 * a repository's merged pull requests, and the people search. Bodies start
 * from GitHub's own OpenAPI examples (examples.ts) with the fixture's facts
 * written over them.
 */
import { fill, templates } from './examples';
import { commitsOf, commitsSince } from './repositories';
import type { FixtureActor, FixtureRepository, FixtureRepositoryPullRequest, FixtureUser } from './types';

export interface RouteContext {
  method: string;
  path: string;
  query: URLSearchParams;
  /** 'anonymous' or the token. */
  identity: string;
  apiUrl: string;
  webUrl: string;
  users: readonly FixtureUser[];
  repositories: readonly FixtureRepository[];
  answer(payload: unknown, extra?: Record<string, string>): void;
  send(status: number, payload: unknown, extra?: Record<string, string>): void;
  notFound(): void;
  link(total: number, page: number, perPage: number): Record<string, string>;
  paging(): { perPage: number; page: number };
}

const DOCS = 'https://docs.github.com/rest';

export const SAML_MESSAGE =
  'Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.';
export const TOO_LARGE_MESSAGE = 'The history or contributor list is too large to list contributors for this repository via the API.';

export function findRepository(repositories: readonly FixtureRepository[], owner: string, name: string): FixtureRepository | undefined {
  return repositories.find((r) => r.owner.toLowerCase() === owner.toLowerCase() && r.name.toLowerCase() === name.toLowerCase());
}

/** Why this caller may not see the repository: a 404 for a private one, a 403 for a token refused by single sign-on. */
export function refusal(repo: FixtureRepository | undefined, identity: string): 'not-found' | 'saml' | null {
  if (!repo || repo.private) return 'not-found';
  if (repo.samlProtected && identity !== 'anonymous') return 'saml';
  return null;
}

function account(ctx: RouteContext, actor: FixtureActor, id = 1) {
  const base = fill(templates().contributorItem, [
    ['https://api.github.com', ctx.apiUrl],
    ['https://github.com', ctx.webUrl],
    ['octocat', actor.login],
  ]);
  const { contributions: _contributions, ...rest } = base;
  return { ...rest, login: actor.login, id, node_id: `U_${actor.login}`, type: actor.type ?? 'User', site_admin: false };
}

function repositoryBody(ctx: RouteContext, repo: FixtureRepository) {
  const fullName = `${repo.owner}/${repo.name}`;
  const base = fill(templates().fullRepository, [
    ['octocat/Hello-World', fullName],
    ['https://api.github.com', ctx.apiUrl],
    ['https://github.com', ctx.webUrl],
    ['octocat', repo.owner],
    ['Hello-World', repo.name],
  ]);
  const commits = commitsOf(repo);
  const newest = commits.length ? commits.at(0).date : null;
  return {
    ...base,
    name: repo.name,
    full_name: fullName,
    html_url: `${ctx.webUrl}/${fullName}`,
    url: `${ctx.apiUrl}/repos/${fullName}`,
    owner: { ...(base['owner'] as object), login: repo.owner, type: repo.ownerType, html_url: `${ctx.webUrl}/${repo.owner}` },
    private: false,
    visibility: 'public',
    description: repo.description ?? null,
    fork: false,
    language: repo.language ?? null,
    topics: repo.topics ?? [],
    stargazers_count: repo.stars ?? 0,
    watchers_count: repo.stars ?? 0,
    archived: repo.archivedAt !== undefined,
    size: repo.empty ? 0 : 1_000,
    default_branch: 'main',
    pushed_at: newest,
    updated_at: newest,
    parent: undefined,
    source: undefined,
    template_repository: null,
    organization: repo.ownerType === 'Organization' ? base['organization'] : undefined,
  };
}

function commitBody(ctx: RouteContext, repo: FixtureRepository, i: number) {
  const commit = commitsOf(repo).at(i);
  const sha = `${repo.name}-${i}`.padEnd(40, '0').slice(0, 40).replace(/[^0-9a-f]/g, 'a');
  const base = fill(templates().commitItem, [
    ['octocat/Hello-World', `${repo.owner}/${repo.name}`],
    ['https://api.github.com', ctx.apiUrl],
    ['https://github.com', ctx.webUrl],
    ['6dcb09b5b57875f334f61aebed695e2e4193db5e', sha],
  ]);
  const person = { name: commit.author?.login ?? 'Someone Unclaimed', email: `${commit.author?.login ?? 'unclaimed'}@example.com`, date: commit.date };
  return {
    ...base,
    sha,
    commit: { ...(base['commit'] as object), author: person, committer: person, message: commit.message ?? 'change' },
    author: commit.author ? account(ctx, commit.author) : null,
    committer: commit.author ? account(ctx, commit.author) : null,
  };
}

function pullBody(ctx: RouteContext, repo: FixtureRepository, pr: FixtureRepositoryPullRequest) {
  const fullName = `${repo.owner}/${repo.name}`;
  const base = fill(templates().pullRequestSimple, [
    ['octocat/Hello-World', fullName],
    ['https://api.github.com', ctx.apiUrl],
    ['https://github.com', ctx.webUrl],
  ]);
  const web = `${ctx.webUrl}/${fullName}/pull/${pr.number}`;
  return {
    ...base,
    number: pr.number,
    title: pr.title,
    html_url: web,
    url: `${ctx.apiUrl}/repos/${fullName}/pulls/${pr.number}`,
    state: 'closed',
    user: account(ctx, pr.author),
    created_at: pr.createdAt,
    updated_at: pr.updatedAt ?? pr.mergedAt ?? pr.createdAt,
    closed_at: pr.mergedAt ?? pr.updatedAt ?? pr.createdAt,
    merged_at: pr.mergedAt,
  };
}

function searchItemBody(ctx: RouteContext, repo: FixtureRepository, pr: FixtureRepositoryPullRequest, i: number) {
  const fullName = `${repo.owner}/${repo.name}`;
  const base = fill(templates().issueSearchItem, [
    ['batterseapower/pinyin-toolkit', fullName],
    ['https://api.github.com', ctx.apiUrl],
    ['https://github.com', ctx.webUrl],
  ]);
  const apiRepo = `${ctx.apiUrl}/repos/${fullName}`;
  const web = `${ctx.webUrl}/${fullName}/pull/${pr.number}`;
  return {
    ...base,
    id: 700_000 + i,
    number: pr.number,
    title: pr.title,
    url: `${apiRepo}/issues/${pr.number}`,
    repository_url: apiRepo,
    html_url: web,
    state: 'closed',
    labels: [],
    milestone: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt ?? pr.mergedAt,
    closed_at: pr.mergedAt,
    user: account(ctx, pr.author),
    pull_request: { url: `${apiRepo}/pulls/${pr.number}`, html_url: web, diff_url: `${web}.diff`, patch_url: `${web}.patch`, merged_at: pr.mergedAt },
  };
}

/** The qualifiers of a repository search the fake understands: `repo:O/N is:pr is:merged merged:>=DATE`. */
export function parseRepositorySearch(q: string): { repo: string; isPr: boolean; merged: boolean; mergedSince: string | null } | null {
  const repo = /(?:^|[\s+])repo:([^\s+]+)/.exec(q)?.[1];
  if (!repo) return null;
  const since = /(?:^|[\s+])merged:>=?(\d{4}-\d{2}-\d{2}(?:T[\d:]+Z)?)/.exec(q)?.[1] ?? null;
  return {
    repo,
    isPr: /(?:^|[\s+])(?:is|type):(?:pr|pull-request)\b/.test(q),
    merged: /(?:^|[\s+])is:merged\b/.test(q),
    mergedSince: since,
  };
}

/** A fixture user matching a people search (`language:go location:berlin followers:>20`, and words in login or name). */
function matchesPeopleSearch(user: FixtureUser, q: string): boolean {
  for (const token of q.split(/[\s+]+/).filter(Boolean)) {
    const m = /^([a-z]+):(.+)$/i.exec(token);
    if (!m) {
      const word = token.toLowerCase();
      if (!user.login.toLowerCase().includes(word) && !(user.name ?? '').toLowerCase().includes(word)) return false;
      continue;
    }
    const [, key = '', raw = ''] = m;
    const value = raw.toLowerCase();
    if (key === 'language' && !user.repos.some((r) => (r.language ?? '').toLowerCase() === value)) return false;
    if (key === 'location' && !(user.location ?? '').toLowerCase().includes(value)) return false;
    if (key === 'type' && (user.type ?? 'User').toLowerCase() !== (value === 'org' ? 'organization' : value)) return false;
    if (key === 'followers') {
      const cmp = /^(>=|<=|>|<)?(\d+)$/.exec(raw);
      if (!cmp) return false;
      const n = Number(cmp[2]);
      const f = user.followers ?? 0;
      const ok = cmp[1] === '>' ? f > n : cmp[1] === '>=' ? f >= n : cmp[1] === '<' ? f < n : cmp[1] === '<=' ? f <= n : f === n;
      if (!ok) return false;
    }
  }
  return true;
}

/** Answers the request if it is one of these routes; false when it is not. */
export function repositoryRoute(ctx: RouteContext): boolean {
  const { method, path, query } = ctx;
  if (method !== 'GET') return false;

  if (path === '/search/users') {
    const q = query.get('q') ?? '';
    if (!q.trim()) {
      ctx.send(422, { message: 'Validation Failed', errors: [{ resource: 'Search', field: 'q', code: 'missing' }], documentation_url: DOCS, status: '422' });
      return true;
    }
    const found = ctx.users.filter((u) => matchesPeopleSearch(u, q));
    const { perPage, page } = ctx.paging();
    const items = found.slice((page - 1) * perPage, page * perPage).map((u, i) => {
      const base = fill(templates().userSearchItem, [
        ['https://api.github.com', ctx.apiUrl],
        ['https://github.com', ctx.webUrl],
        ['octocat', u.login],
      ]);
      return { ...base, login: u.login, id: u.id ?? 1, node_id: `U_${u.login}`, html_url: `${ctx.webUrl}/${u.login}`, type: u.type ?? 'User', score: 1 - i / 1000 };
    });
    ctx.answer({ total_count: found.length, incomplete_results: false, items }, ctx.link(found.length, page, perPage));
    return true;
  }

  if (path === '/search/issues') {
    const parsed = parseRepositorySearch(query.get('q') ?? '');
    if (!parsed) return false;
    const [owner = '', name = ''] = parsed.repo.split('/');
    const repo = findRepository(ctx.repositories, owner, name);
    if (refusal(repo, ctx.identity) === 'not-found' || !repo) {
      ctx.send(422, {
        message: 'Validation Failed',
        errors: [{ message: 'The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.', resource: 'Search', field: 'q', code: 'invalid' }],
        documentation_url: DOCS,
        status: '422',
      });
      return true;
    }
    const found = repo.pullRequests
      .filter((pr) => (!parsed.merged || pr.mergedAt) && (!parsed.mergedSince || (pr.mergedAt ?? '') >= parsed.mergedSince))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const { perPage, page } = ctx.paging();
    // GitHub's search gives at most 1,000 results.
    const reachable = found.slice(0, 1000);
    const items = reachable.slice((page - 1) * perPage, page * perPage).map((pr, i) => searchItemBody(ctx, repo, pr, i));
    ctx.answer({ total_count: found.length, incomplete_results: false, items }, ctx.link(reachable.length, page, perPage));
    return true;
  }

  const m = /^\/repos\/([^/]+)\/([^/]+)(?:\/(commits|contributors|pulls))?$/.exec(path);
  if (!m) return false;
  const repo = findRepository(ctx.repositories, decodeURIComponent(m[1] ?? ''), decodeURIComponent(m[2] ?? ''));
  const refused = refusal(repo, ctx.identity);
  if (refused === 'not-found' || !repo) {
    ctx.notFound();
    return true;
  }
  if (refused === 'saml') {
    ctx.send(403, { message: SAML_MESSAGE, documentation_url: 'https://docs.github.com/articles/authenticating-to-a-github-organization-with-saml-single-sign-on/' });
    return true;
  }
  const { perPage, page } = ctx.paging();
  switch (m[3]) {
    case undefined:
      ctx.answer(repositoryBody(ctx, repo));
      return true;
    case 'commits': {
      if (repo.empty) {
        ctx.send(409, { message: 'Git Repository is empty.', documentation_url: `${DOCS}/commits/commits#list-commits`, status: '409' });
        return true;
      }
      const since = query.get('since');
      const total = commitsSince(repo, since ? new Date(since).toISOString().replace(/\.\d{3}Z$/, 'Z') : null);
      const first = (page - 1) * perPage;
      const indexes = Array.from({ length: Math.max(0, Math.min(perPage, total - first)) }, (_, i) => first + i);
      ctx.answer(indexes.map((i) => commitBody(ctx, repo, i)), ctx.link(total, page, perPage));
      return true;
    }
    case 'contributors': {
      if (repo.contributorsTooLarge) {
        ctx.send(403, { message: TOO_LARGE_MESSAGE, documentation_url: `${DOCS}/repos/repos#list-repository-contributors`, status: '403' });
        return true;
      }
      const counts = new Map<string, { actor: FixtureActor; n: number }>();
      const commits = commitsOf(repo);
      for (let i = 0; i < commits.length; i++) {
        const author = commits.at(i).author;
        if (!author) continue;
        const entry = counts.get(author.login) ?? { actor: author, n: 0 };
        entry.n += 1;
        counts.set(author.login, entry);
      }
      const all = [...counts.values()].sort((a, b) => b.n - a.n);
      ctx.answer(
        all.slice((page - 1) * perPage, page * perPage).map(({ actor, n }) => ({ ...account(ctx, actor), contributions: n })),
        ctx.link(all.length, page, perPage),
      );
      return true;
    }
    case 'pulls': {
      const state = query.get('state') ?? 'open';
      const all = repo.pullRequests
        .filter(() => state === 'closed' || state === 'all')
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      ctx.answer(all.slice((page - 1) * perPage, page * perPage).map((pr) => pullBody(ctx, repo, pr)), ctx.link(all.length, page, perPage));
      return true;
    }
  }
  return false;
}
