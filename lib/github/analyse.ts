/**
 * analyseUser: one GitHub login in, GitHub evidence out, with the fewest
 * requests GitHub allows and a cache in front.
 *
 *   within the time to live       0 requests
 *   token (GraphQL)               1 request
 *   no token (REST)               GET /users/{login} (not when the page gave the profile)
 *                                 + GET /users/{login}/repos + 1 search
 *   after the time to live (REST) the same requests with If-None-Match: 304s cost nothing
 *
 * Every failure is a `GitHubError` carrying a `GitHubFailure`; nothing is
 * cached unless the whole analysis succeeded.
 */
import { z } from 'zod';
import { GitHubEvidence, GitHubUser } from '../profile/github-evidence';
import { CacheEntry, DEFAULT_TTL_MS, isFresh, type EvidenceCache } from './cache';
import type { GitHubOctokit } from './client';
import { GitHubError, notFound, organisation, toFailure } from './errors';
import { analyseWithGraphQL } from './graphql';
import { fetchContributions, fetchRepositories, fetchUser, PER_PAGE } from './rest';
import { splitForks } from './repository';

export interface AnalyseOptions {
  /**
   * The profile the page already showed (login, name, bio...): the REST path
   * then skips GET /users/{login}. `type: 'Organization'` is refused at once.
   */
  knownUser?: z.input<typeof GitHubUser> & { type?: 'User' | 'Organization' };
  cache?: EvidenceCache;
  /** Default 24 hours. */
  ttlMs?: number;
  /** Ignore the time to live (ETags are still used: a 304 is still the truth). */
  refresh?: boolean;
  /** 'auto' (default): GraphQL with a token, REST without. */
  path?: 'auto' | 'rest' | 'graphql';
  now?: () => number;
}

/** GitHub logins: letters, digits and single hyphens, at most 39 characters. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** Said of every analysis made without a token, so nobody reads absence as evidence. */
export const REST_PATH_LIMIT =
  'Without a GitHub token, repository files (Dockerfile, tests, CI workflows, dependencies) were not read, and pull-request targets were judged by name only.';

async function tokenOf(octokit: GitHubOctokit): Promise<string | undefined> {
  const auth = (await octokit.auth()) as { type?: string; token?: string };
  return auth.type === 'token' && auth.token ? auth.token : undefined;
}

export async function analyseUser(octokit: GitHubOctokit, login: string, options: AnalyseOptions = {}): Promise<GitHubEvidence> {
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
  const apiUrl = String(octokit.request.endpoint.DEFAULTS.baseUrl);
  const token = await tokenOf(octokit);
  const context = { login, apiUrl, hasToken: token !== undefined, ...(token ? { token } : {}), now };

  if (!LOGIN.test(login)) throw new GitHubError(notFound(login));
  if (options.knownUser?.type === 'Organization') throw new GitHubError(organisation(login));

  let cached: CacheEntry | undefined;
  try {
    cached = await options.cache?.get(login);
  } catch {
    cached = undefined; // An unreadable cache is a miss, not a failure.
  }
  if (cached && !options.refresh && isFresh(cached, now(), ttlMs)) return cached.evidence;

  const useGraphQL = options.path === 'graphql' || (options.path !== 'rest' && token !== undefined);
  let entry: CacheEntry;
  try {
    entry = useGraphQL ? await viaGraphQL(octokit, login, now, token !== undefined) : await viaRest(octokit, login, options, cached, now);
  } catch (error) {
    throw new GitHubError(toFailure(error, context));
  }
  try {
    await options.cache?.put(entry);
  } catch {
    // The evidence is good even when it could not be kept.
  }
  return entry.evidence;
}

async function viaGraphQL(octokit: GitHubOctokit, login: string, now: () => number, hasToken: boolean): Promise<CacheEntry> {
  const found = await analyseWithGraphQL(octokit, login, { hasToken });
  const fetchedAt = new Date(now()).toISOString();
  return CacheEntry.parse({
    login: login.toLowerCase(),
    fetchedAt,
    source: 'graphql',
    evidence: GitHubEvidence.parse({ login: found.user.login, fetchedAt, ...found }),
  });
}

async function viaRest(
  octokit: GitHubOctokit,
  login: string,
  options: AnalyseOptions,
  cached: CacheEntry | undefined,
  now: () => number,
): Promise<CacheEntry> {
  // ETags only from a REST entry, and only for parts it really holds.
  const prior = cached?.source === 'rest' ? cached : undefined;
  const etags = prior?.etags ?? {};

  let user: GitHubUser;
  let userEtag: string | undefined;
  if (options.knownUser) {
    const { type: _type, ...known } = options.knownUser;
    user = GitHubUser.parse(known);
  } else {
    const priorUser = prior?.evidence.user ?? undefined;
    const answer = await fetchUser(octokit, login, priorUser ? etags.user : undefined);
    if (answer.notModified && priorUser) user = priorUser;
    else if (!answer.notModified) user = answer.value;
    else throw new Error('GitHub answered 304 for a profile that is not cached');
    userEtag = answer.etag;
  }

  const [repos, search] = await Promise.all([
    fetchRepositories(octokit, login, prior ? etags.repos : undefined),
    fetchContributions(octokit, login, prior ? etags.search : undefined),
  ]);

  let owned;
  let reposLimits: string[];
  if (repos.notModified && prior) {
    owned = { repositories: prior.evidence.repositories, forks: prior.evidence.forks };
    reposLimits = prior.limitsByPart.repos;
  } else if (!repos.notModified) {
    owned = splitForks(repos.value.repositories);
    reposLimits = [];
    if (repos.value.more) {
      const total = user.publicRepos > PER_PAGE ? String(user.publicRepos) : 'more than 100';
      reposLimits.push(`Only the ${PER_PAGE} most recently pushed of ${total} repositories were read.`);
    }
  } else {
    throw new Error('GitHub answered 304 for repositories that are not cached');
  }

  let contributions;
  let searchLimits: string[];
  if (search.notModified && prior) {
    contributions = prior.evidence.contributions;
    searchLimits = prior.limitsByPart.search;
  } else if (!search.notModified) {
    contributions = search.value.contributions;
    searchLimits = [];
    if (search.value.total > PER_PAGE) {
      searchLimits.push(`Only the ${PER_PAGE} newest of ${search.value.total} merged pull requests to other people's repositories were read.`);
    }
    if (search.value.incomplete) {
      searchLimits.push("GitHub's search stopped early, so some merged pull requests may be missing.");
    }
  } else {
    throw new Error('GitHub answered 304 for pull requests that are not cached');
  }

  const fetchedAt = new Date(now()).toISOString();
  const evidence = GitHubEvidence.parse({
    login: user.login,
    fetchedAt,
    user,
    repositories: owned.repositories,
    forks: owned.forks,
    contributions,
    limits: [...reposLimits, ...searchLimits, REST_PATH_LIMIT],
  });
  return CacheEntry.parse({
    login: login.toLowerCase(),
    fetchedAt,
    source: 'rest',
    evidence,
    etags: {
      ...(userEtag ? { user: userEtag } : {}),
      ...(repos.etag ? { repos: repos.etag } : {}),
      ...(search.etag ? { search: search.etag } : {}),
    },
    limitsByPart: { repos: reposLimits, search: searchLimits },
  });
}

/** The same analysis, with failures as values (for messages between contexts). */
export async function tryAnalyseUser(
  octokit: GitHubOctokit,
  login: string,
  options: AnalyseOptions = {},
): Promise<{ ok: true; evidence: GitHubEvidence } | { ok: false; error: GitHubError['failure'] }> {
  try {
    return { ok: true, evidence: await analyseUser(octokit, login, options) };
  } catch (error) {
    if (error instanceof GitHubError) return { ok: false, error: error.failure };
    throw error;
  }
}
