/**
 * The path without a token: the fewest REST requests that answer the flags.
 *
 *   GET /users/{login}                       (skipped when the page gave the profile)
 *   GET /users/{login}/repos?type=owner&sort=pushed&per_page=100   (one page)
 *   GET /search/issues?q=author:{login}+type:pr+is:merged+-user:{login}&per_page=100
 *
 * Each request may carry If-None-Match; a 304 (which Octokit throws) returns
 * `notModified` so the caller reuses what it cached. Every body is validated
 * with zod before anything is built from it.
 */
import { z } from 'zod';
import { GitHubContribution, GitHubUser } from '../profile/github-evidence';
import type { GitHubOctokit } from './client';
import { organisation, GitHubError } from './errors';
import { judgeTargetBackend } from './relevance';
import { toRepository } from './repository';

const RestUser = z.object({
  login: z.string(),
  id: z.number().int(),
  type: z.string(),
  html_url: z.string(),
  name: z.string().nullable().optional(),
  company: z.string().nullable().optional(),
  blog: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  bio: z.string().nullable().optional(),
  public_repos: z.number().int().nonnegative(),
  followers: z.number().int().nonnegative(),
  created_at: z.string(),
});

const RestRepository = z.object({
  name: z.string(),
  full_name: z.string(),
  html_url: z.string(),
  description: z.string().nullable(),
  fork: z.boolean(),
  language: z.string().nullable().optional(),
  stargazers_count: z.number().int().nonnegative(),
  size: z.number().nonnegative().optional(),
  topics: z.array(z.string()).optional(),
  archived: z.boolean().optional(),
  created_at: z.string().nullable().optional(),
  pushed_at: z.string().nullable().optional(),
});

const RestSearch = z.object({
  total_count: z.number().int().nonnegative(),
  incomplete_results: z.boolean(),
  items: z.array(
    z.object({
      title: z.string(),
      html_url: z.string(),
      repository_url: z.string(),
      closed_at: z.string().nullable().optional(),
      pull_request: z
        .object({ merged_at: z.string().nullable().optional(), html_url: z.string().nullable().optional() })
        .optional(),
    }),
  ),
});

export const PER_PAGE = 100;

export type Conditional<T> = { notModified: true; etag: string } | { notModified: false; etag: string | undefined; value: T };

function isNotModified(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 304;
}

async function conditionalGet<T>(
  octokit: GitHubOctokit,
  route: string,
  params: Record<string, unknown>,
  etag: string | undefined,
  read: (data: unknown, headers: Record<string, string | number | undefined>) => T,
): Promise<Conditional<T>> {
  try {
    const response = await octokit.request(route, {
      ...params,
      headers: etag ? { 'if-none-match': etag } : {},
    });
    const headers = response.headers as Record<string, string | number | undefined>;
    return { notModified: false, etag: headers['etag'] === undefined ? undefined : String(headers['etag']), value: read(response.data, headers) };
  } catch (error) {
    // A 304 is Octokit's error but our good news: nothing changed, and it cost no rate limit.
    if (isNotModified(error) && etag) return { notModified: true, etag };
    throw error;
  }
}

export function toUser(user: z.infer<typeof RestUser>): GitHubUser {
  return GitHubUser.parse({
    login: user.login,
    id: user.id,
    name: user.name ?? null,
    company: user.company ?? null,
    bio: user.bio ?? null,
    blog: user.blog || null,
    email: user.email || null,
    location: user.location ?? null,
    publicRepos: user.public_repos,
    followers: user.followers,
    createdAt: user.created_at,
    url: user.html_url,
  });
}

export function fetchUser(octokit: GitHubOctokit, login: string, etag?: string): Promise<Conditional<GitHubUser>> {
  return conditionalGet(octokit, 'GET /users/{username}', { username: login }, etag, (data) => {
    const user = RestUser.parse(data);
    if (user.type === 'Organization') throw new GitHubError(organisation(user.login));
    return toUser(user);
  });
}

export interface RepositoriesPart {
  repositories: ReturnType<typeof toRepository>[];
  /** True when GitHub has more than this one page. */
  more: boolean;
}

export function fetchRepositories(octokit: GitHubOctokit, login: string, etag?: string): Promise<Conditional<RepositoriesPart>> {
  return conditionalGet(
    octokit,
    'GET /users/{username}/repos',
    { username: login, type: 'owner', sort: 'pushed', direction: 'desc', per_page: PER_PAGE },
    etag,
    (data, headers) => {
      const list = z.array(RestRepository).parse(data);
      const link = String(headers['link'] ?? '');
      return {
        more: /rel="next"/.test(link) || list.length >= PER_PAGE,
        repositories: list.map((repo) =>
          toRepository({
            fullName: repo.full_name,
            name: repo.name,
            url: repo.html_url,
            description: repo.description,
            language: repo.language ?? null,
            languages: {},
            topics: repo.topics ?? [],
            stars: repo.stargazers_count,
            isFork: repo.fork,
            isArchived: repo.archived ?? false,
            sizeKb: repo.size ?? 0,
            createdAt: repo.created_at ?? null,
            pushedAt: repo.pushed_at ?? null,
            // The repositories list carries no tree: these are unknown on this path.
            rootFiles: null,
            workflows: null,
            dependencies: null,
          }),
        ),
      };
    },
  );
}

export interface ContributionsPart {
  contributions: GitHubContribution[];
  total: number;
  incomplete: boolean;
}

/** "https://api.github.com/repos/prometheus/prometheus" → "prometheus/prometheus". */
export function repositoryFromApiUrl(url: string): string | null {
  const m = /\/repos\/([^/]+\/[^/]+)\/?$/.exec(url);
  return m?.[1] ?? null;
}

export function mergedPullRequestQuery(login: string): string {
  return `author:${login} type:pr is:merged -user:${login}`;
}

export function fetchContributions(octokit: GitHubOctokit, login: string, etag?: string): Promise<Conditional<ContributionsPart>> {
  return conditionalGet(
    octokit,
    'GET /search/issues',
    { q: mergedPullRequestQuery(login), sort: 'created', order: 'desc', per_page: PER_PAGE },
    etag,
    (data) => {
      const result = RestSearch.parse(data);
      const contributions: GitHubContribution[] = [];
      for (const item of result.items) {
        if (!item.pull_request) continue;
        const repository = repositoryFromApiUrl(item.repository_url);
        if (!repository || repository.split('/')[0]?.toLowerCase() === login.toLowerCase()) continue;
        const url = item.pull_request.html_url ?? item.html_url;
        contributions.push(
          GitHubContribution.parse({
            repository,
            repositoryUrl: url.replace(/\/pull\/\d+\/?$/, ''),
            url,
            title: item.title,
            mergedAt: item.pull_request.merged_at ?? item.closed_at ?? null,
            backend: judgeTargetBackend({ fullName: repository, description: null, language: null, topics: null }),
          }),
        );
      }
      contributions.sort((a, b) => (b.mergedAt ?? '').localeCompare(a.mergedAt ?? ''));
      return { contributions, total: result.total_count, incomplete: result.incomplete_results };
    },
  );
}
