/**
 * The Octokit the analysis is given: throttled (@octokit/plugin-throttling)
 * and retried with back-off (@octokit/plugin-retry), pointed at one API root,
 * reporting its rate budget after every answer. Waiting for a primary rate
 * limit reset is never done here: an extension service worker is stopped
 * when idle, so the caller stores the reset time and resumes (chrome.alarms).
 */
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { createRateBudget, type RateBudget } from './budget';
import { redact } from './errors';
import { DEFAULT_API_URL } from './api-url';

export { DEFAULT_API_URL };

const ScoutOctokit = Octokit.plugin(throttling, retry);
export type GitHubOctokit = InstanceType<typeof ScoutOctokit>;

export interface RateLimitNotice {
  kind: 'rate-limit' | 'secondary-rate-limit';
  /** Seconds GitHub asks us to wait. */
  retryAfterSeconds: number;
  /** When a retry is welcome, epoch milliseconds. */
  resetAt: number;
  /** "GET /search/issues". */
  request: string;
  /** True when the client will wait and retry by itself (short secondary limits only). */
  willRetry: boolean;
}

export interface GitHubClientOptions {
  /** API root: https://api.github.com, or https://HOST/api/v3 for GitHub Enterprise Server. */
  apiUrl?: string;
  /** Optional; sent only to apiUrl's host. */
  token?: string;
  /** A fetch to use (tests, service workers); defaults to the global one. */
  fetch?: typeof fetch;
  /** Told about every rate limit GitHub answers with, before the request fails or waits. */
  onRateLimit?: (notice: RateLimitNotice) => void;
  /** Retries after a 5xx or a network failure (default 3). */
  retries?: number;
  /** Base of the quadratic back-off between those retries, ms (default 1000: 1 s, 4 s, 9 s). */
  retryBaseMs?: number;
  /** Longest secondary-limit retry-after the client waits out itself, seconds (default 60). */
  maxSecondaryWaitSeconds?: number;
  /**
   * GitHub's etiquette spaces search and GraphQL requests (2 s and 1 s apart).
   * Keep it on against GitHub; a local test server may turn it off.
   */
  pacing?: boolean;
  /**
   * Where Octokit's warnings and failed-request lines go (default console.warn:
   * a 404 for a mistyped login is not an extension error). The token is
   * redacted from every line before it gets here.
   */
  log?: (line: string) => void;
}

export interface GitHubClient {
  octokit: GitHubOctokit;
  budget: RateBudget;
  apiUrl: string;
  authenticated: boolean;
}

type ScheduleArgs = [unknown, ...unknown[]];

/** A stand-in for a Bottleneck group that runs every job at once (pacing off). */
const UNPACED = {
  key: () => ({
    schedule: (...args: ScheduleArgs) => {
      const index = args.findIndex((a) => typeof a === 'function');
      const job = args[index] as (...rest: unknown[]) => unknown;
      return Promise.resolve(job(...args.slice(index + 1)));
    },
  }),
};

/**
 * A fetch that never lets the token leave the configured host: Octokit only
 * calls baseUrl, but a full URL passed to `octokit.request` (a `next` link, a
 * repository_url from a response) would otherwise carry the Authorization
 * header wherever it points.
 */
function hostGuardedFetch(apiUrl: string, inner: typeof fetch): typeof fetch {
  const allowed = new URL(apiUrl).host;
  return (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    if (url.host !== allowed && init?.headers) {
      const headers = new Headers(init.headers);
      headers.delete('authorization');
      return inner(input, { ...init, headers });
    }
    return inner(input, init);
  };
}

function requestName(options: { method?: string; url?: string }): string {
  return `${options.method ?? 'GET'} ${options.url ?? ''}`;
}

export function createGitHubClient(options: GitHubClientOptions = {}): GitHubClient {
  const apiUrl = (options.apiUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const token = options.token?.trim() || undefined;
  const budget = createRateBudget();
  const maxWait = options.maxSecondaryWaitSeconds ?? 60;
  const baseFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const sink = options.log ?? ((line: string) => console.warn(line));
  const say = (message: string, ...rest: unknown[]) => sink(redact([message, ...rest].map(String).join(' '), token));

  const octokit = new ScoutOctokit({
    ...(token ? { auth: token } : {}),
    baseUrl: apiUrl,
    userAgent: 'backend-scout',
    request: { fetch: hostGuardedFetch(apiUrl, baseFetch) },
    log: { debug: () => {}, info: () => {}, warn: say, error: say },
    retry: {
      // 429 is a rate limit, handled by the throttling plugin below, not a fault to hammer;
      // 409 is an empty repository's commit list (sourcing), an answer, not a fault.
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
      retries: options.retries ?? 3,
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
    },
    throttle: {
      id: `backend-scout:${new URL(apiUrl).host}`,
      ...(options.pacing === false ? { search: UNPACED, write: UNPACED } : {}),
      onRateLimit: (retryAfter: number, request: { method?: string; url?: string }) => {
        // Never wait for a primary reset here: say when, and let the caller schedule it.
        options.onRateLimit?.({
          kind: 'rate-limit',
          retryAfterSeconds: retryAfter,
          resetAt: Date.now() + retryAfter * 1000,
          request: requestName(request),
          willRetry: false,
        });
        return false;
      },
      onSecondaryRateLimit: (retryAfter: number, request: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
        const willRetry = retryCount < 2 && retryAfter <= maxWait;
        options.onRateLimit?.({
          kind: 'secondary-rate-limit',
          retryAfterSeconds: retryAfter,
          resetAt: Date.now() + retryAfter * 1000,
          request: requestName(request),
          willRetry,
        });
        return willRetry;
      },
    } as never,
  });

  octokit.hook.after('request', (response) => budget.update(response.headers as Record<string, string | number | undefined>));
  octokit.hook.error('request', (error) => {
    const headers = (error as { response?: { headers?: Record<string, string | number | undefined> } }).response?.headers;
    budget.update(headers);
    throw error;
  });

  return { octokit, budget, apiUrl, authenticated: token !== undefined };
}
