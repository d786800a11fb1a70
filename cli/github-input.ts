/**
 * `--github LOGIN` for the command line: analyse the user through the API
 * (REST without a token, one GraphQL query with one), cached in a file under
 * the user's cache directory unless --no-cache, and turn the GitHub profile
 * into the shared profile shape (DESIGN.md "The profile": bio → summary,
 * company → a work entry without its leading @, website → basics.url).
 *
 * Failures are thrown as GitHubError (lib/github/errors): the caller prints
 * the sentence and exits 3 once everything else has been screened.
 */
import type { Profile } from '../lib/profile/profile';
import type { GitHubEvidence, GitHubUser } from '../lib/profile/github-evidence';
import { profileFromGitHubUser, unreadGitHubUser } from '../lib/github/github-profile';
import { analyseUser, createGitHubClient, DEFAULT_API_URL, type RateLimitNotice } from '../lib/github';
import { createFileCache } from './cache-file';

export interface GitHubInputOptions {
  apiUrl?: string;
  token?: string;
  /** Ask GitHub even when a fresh cached answer exists, and keep nothing. */
  noCache?: boolean;
  /** Where the cache file lives (default $XDG_CACHE_HOME/backend-scout or ~/.cache/backend-scout). */
  cacheDir?: string;
  /** Override for tests against a local server: GitHub's request spacing off. */
  pacing?: boolean;
  fetch?: typeof fetch;
  onRateLimit?: (notice: RateLimitNotice) => void;
  now?: () => Date;
}

export interface GitHubInput {
  /** "github:<login>", the input column of --json. */
  input: string;
  profile: Profile;
  github: GitHubEvidence;
}

// Moved to lib/github so sourcing (in the extension too) builds the same profile.
export { profileFromGitHubUser };

export async function githubInput(login: string, options: GitHubInputOptions = {}): Promise<GitHubInput> {
  const apiUrl = options.apiUrl ?? DEFAULT_API_URL;
  const now = options.now ?? (() => new Date());
  const client = createGitHubClient({
    apiUrl,
    ...(options.token ? { token: options.token } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.onRateLimit ? { onRateLimit: options.onRateLimit } : {}),
    ...(options.pacing === false ? { pacing: false } : {}),
    // Octokit's failed-request lines would mix with the report on standard error.
    log: () => {},
    // Someone is waiting at a terminal: two retries (1 s, then 4 s) before saying GitHub is down.
    retries: 2,
  });
  const cache = options.noCache ? undefined : createFileCache({ apiUrl, ...(options.cacheDir ? { dir: options.cacheDir } : {}) });
  const github = await analyseUser(client.octokit, login, {
    ...(cache ? { cache } : {}),
    now: () => now().getTime(),
  });
  const user: GitHubUser = github.user ?? unreadGitHubUser(github.login);
  // Captured when GitHub was asked, which for a cached answer is not now.
  return { input: `github:${github.login.toLowerCase()}`, profile: profileFromGitHubUser(user, new Date(github.fetchedAt)), github };
}
