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
import { Profile } from '../lib/profile/profile';
import type { GitHubEvidence, GitHubUser } from '../lib/profile/github-evidence';
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

/** "fiona.example.com" → "https://fiona.example.com"; empty → undefined. */
function websiteUrl(blog: string | null): string | undefined {
  const text = blog?.trim();
  if (!text) return undefined;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
}

/** The shared profile of a GitHub user, as the GitHub page would give it. */
export function profileFromGitHubUser(user: GitHubUser, capturedAt: Date): Profile {
  const company = user.company?.trim().replace(/^@/, '').trim();
  const url = websiteUrl(user.blog);
  const missing: string[] = [];
  if (!user.name) missing.push('name');
  if (!user.bio) missing.push('summary');
  return Profile.parse({
    basics: {
      ...(user.name ? { name: user.name } : {}),
      ...(user.bio ? { summary: user.bio } : {}),
      ...(url ? { url } : {}),
      // The public profile email the person chose to show: a found email, exported only with --include-found-emails.
      ...(user.email ? { email: user.email } : {}),
      // GitHub's location is free text ("Lisbon, Portugal"): kept whole, never parsed.
      ...(user.location ? { location: { address: user.location } } : {}),
      profiles: [{ network: 'GitHub', username: user.login, url: user.url }],
    },
    work: company ? [{ name: company }] : [],
    capture: {
      source: 'github',
      url: user.url,
      capturedAt: capturedAt.toISOString(),
      strategy: { basics: 'github-api' },
      missing,
    },
  });
}

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
  const user: GitHubUser = github.user ?? {
    login: github.login,
    name: null,
    company: null,
    bio: null,
    blog: null,
    location: null,
    publicRepos: 0,
    followers: 0,
    createdAt: null,
    url: `https://github.com/${github.login}`,
  };
  // Captured when GitHub was asked, which for a cached answer is not now.
  return { input: `github:${github.login.toLowerCase()}`, profile: profileFromGitHubUser(user, new Date(github.fetchedAt)), github };
}
