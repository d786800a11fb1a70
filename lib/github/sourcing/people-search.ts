/**
 * GitHub's people search as a second way in ("language:go location:berlin
 * followers:>20"): one request to the search users API, at most 100 people.
 * It answers with logins only, so every profile found this way is sparse
 * until it is screened, and nothing says these people contributed anywhere.
 */
import { z } from 'zod';
import type { GitHubOctokit } from '../client';
import { GitHubError, toFailure } from '../errors';
import { isBot } from './people';

/** People one query returns (GitHub's maximum per page; one request). */
export const PEOPLE_SEARCH_LIMIT = 100;
/** GitHub refuses longer queries. */
const MAX_QUERY = 256;

export const SPARSE_PROFILES =
  "Found by GitHub's people search, which gives a login and nothing else: each profile is sparse until it is screened, and being found says nothing about what the person built.";

const SearchUsers = z.object({
  total_count: z.number().int().nonnegative(),
  incomplete_results: z.boolean(),
  items: z.array(z.object({ login: z.string(), type: z.string(), html_url: z.string() })),
});

export interface PeopleSearch {
  query: string;
  /** How many GitHub says match. */
  total: number;
  /** In GitHub's order (best match first); organisations and bots left out. */
  people: Array<{ login: string; url: string }>;
  /** What the list leaves out, and that its profiles are sparse. */
  limits: string[];
}

export async function searchPeople(octokit: GitHubOctokit, query: string): Promise<PeopleSearch> {
  const q = query.trim();
  if (!q) throw new GitHubError({ kind: 'malformed', where: 'query', message: 'The people search is empty: say who to look for, as in "language:go location:berlin followers:>20".' });
  if (q.length > MAX_QUERY) {
    throw new GitHubError({ kind: 'malformed', where: 'query', message: `GitHub's people search takes at most ${MAX_QUERY} characters; this one has ${q.length}.` });
  }
  let data: unknown;
  try {
    data = (await octokit.request('GET /search/users', { q, per_page: PEOPLE_SEARCH_LIMIT })).data;
  } catch (error) {
    const auth = (await octokit.auth()) as { token?: string };
    const failure = toFailure(error, { login: q, apiUrl: String(octokit.request.endpoint.DEFAULTS.baseUrl), hasToken: !!auth.token, ...(auth.token ? { token: auth.token } : {}) });
    // 422: GitHub could not read the query.
    if (failure.kind === 'not-found') throw new GitHubError({ kind: 'malformed', where: 'query', message: `GitHub could not read the people search "${q}": check its qualifiers (language:, location:, followers:).` });
    throw new GitHubError(failure);
  }
  const result = SearchUsers.parse(data);
  const people = result.items.filter((u) => u.type === 'User' && !isBot(u.type, u.login)).map((u) => ({ login: u.login, url: u.html_url }));
  const limits = [SPARSE_PROFILES];
  if (result.total_count > result.items.length) {
    limits.push(`GitHub found ${result.total_count.toLocaleString('en')} people; only the first ${result.items.length} were read. Narrow the search to see others.`);
  }
  const dropped = result.items.length - people.length;
  if (dropped > 0) limits.push(`${dropped} organisation or bot account${dropped === 1 ? ' was' : 's were'} left out.`);
  if (result.incomplete_results) limits.push("GitHub's search stopped early, so some people may be missing.");
  return { query: q, total: result.total_count, people, limits };
}
