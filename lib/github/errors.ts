/**
 * Everything that can stop a GitHub analysis, as a typed union of values
 * with a sentence a recruiter can act on (after refined-github's api.tsx:
 * "rate limit exceeded: add a token or wait until 14:05"). Failures cross
 * contexts as these plain values; `GitHubError` carries one when thrown.
 * No message ever contains the token.
 */
import { z } from 'zod';

export const GitHubFailure = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('not-found'), login: z.string(), message: z.string() }),
  z.object({ kind: z.literal('organisation'), login: z.string(), message: z.string() }),
  z.object({ kind: z.literal('bad-token'), message: z.string() }),
  z.object({
    kind: z.literal('rate-limited'),
    resource: z.string(),
    /** When the budget comes back, epoch milliseconds: a caller can wait until then. */
    resetAt: z.number(),
    message: z.string(),
  }),
  z.object({
    kind: z.literal('secondary-rate-limit'),
    /** GitHub's retry-after, or our one-minute stand-in when it sent none (`retryAfterGiven` false). */
    retryAfterSeconds: z.number(),
    retryAfterGiven: z.boolean().default(true),
    /** Epoch milliseconds after which a retry is welcome. */
    resetAt: z.number(),
    message: z.string(),
  }),
  z.object({
    kind: z.literal('unavailable'),
    /** The last HTTP status, or null when GitHub could not be reached at all. */
    status: z.number().nullable(),
    message: z.string(),
  }),
  z.object({ kind: z.literal('malformed'), where: z.string(), message: z.string() }),
]);
export type GitHubFailure = z.infer<typeof GitHubFailure>;
export type GitHubFailureKind = GitHubFailure['kind'];

export class GitHubError extends Error {
  readonly failure: GitHubFailure;
  constructor(failure: GitHubFailure) {
    super(failure.message);
    this.name = 'GitHubError';
    this.failure = failure;
  }
  get kind(): GitHubFailureKind {
    return this.failure.kind;
  }
}

/** "14:05" in the local time of whoever reads it. */
export function clockTime(epochMs: number): string {
  const d = new Date(epochMs);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Replaces every occurrence of the secret with "[token]". */
export function redact(text: string, secret: string | undefined): string {
  if (!secret) return text;
  return text.split(secret).join('[token]');
}

export function notFound(login: string): GitHubFailure {
  return { kind: 'not-found', login, message: `No GitHub user named ${login}.` };
}

export function organisation(login: string): GitHubFailure {
  return {
    kind: 'organisation',
    login,
    message: `${login} is a GitHub organisation, not a person: open one of its members' profiles instead.`,
  };
}

export function badToken(): GitHubFailure {
  return {
    kind: 'bad-token',
    message: 'GitHub refused the token (401 Bad credentials): check or replace it in the options, or remove it to analyse without one.',
  };
}

const RESOURCE_WORDS: Record<string, string> = {
  core: 'API',
  search: 'search',
  graphql: 'GraphQL',
};

export function rateLimited(resource: string, resetAt: number, hasToken: boolean): GitHubFailure {
  const what = RESOURCE_WORDS[resource] ?? resource;
  const advice = hasToken ? 'the analysis can resume then.' : 'add a GitHub token for a higher limit, or wait.';
  return {
    kind: 'rate-limited',
    resource,
    resetAt,
    message: `GitHub's ${what} rate limit is used up until ${clockTime(resetAt)}: ${advice}`,
  };
}

export function secondaryRateLimit(retryAfterSeconds: number, now: number, retryAfterGiven = true): GitHubFailure {
  return {
    kind: 'secondary-rate-limit',
    retryAfterSeconds,
    retryAfterGiven,
    resetAt: now + retryAfterSeconds * 1000,
    message: `GitHub asked for a pause (secondary rate limit): try again after ${clockTime(now + retryAfterSeconds * 1000)} (${retryAfterSeconds} s).`,
  };
}

export function malformed(where: string, detail: string): GitHubFailure {
  return {
    kind: 'malformed',
    where,
    message: `GitHub sent an answer this version cannot read (${where}: ${detail}). Nothing was saved.`,
  };
}

/** The parts of an Octokit RequestError this module reads (no import of its class needed). */
interface RequestErrorLike {
  name?: string;
  status?: number;
  message?: string;
  response?: { status?: number; headers?: Record<string, string | number | undefined>; data?: unknown };
}

function isRequestErrorLike(error: unknown): error is RequestErrorLike {
  return typeof error === 'object' && error !== null && 'status' in error;
}

function isGraphQLRateLimit(error: unknown): error is { response: { headers?: Record<string, string | number | undefined> } } {
  if (typeof error !== 'object' || error === null || 'status' in error) return false;
  const data = (error as { data?: { errors?: Array<{ type?: string }> } }).data;
  return 'response' in error && Array.isArray(data?.errors) && data.errors.some((e) => e.type === 'RATE_LIMITED');
}

function header(error: RequestErrorLike, name: string): string | undefined {
  const value = error.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

export interface FailureContext {
  login: string;
  apiUrl: string;
  hasToken: boolean;
  /** Redacted from every message. */
  token?: string;
  now?: () => number;
}

/**
 * The failure an error stands for. Already-classified `GitHubError`s and zod
 * errors pass through; anything unknown becomes "unavailable" with its
 * message (token redacted).
 */
export function toFailure(error: unknown, context: FailureContext): GitHubFailure {
  const now = context.now ?? Date.now;
  if (error instanceof GitHubError) return error.failure;
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    return malformed(issue ? issue.path.map(String).join('.') || 'response' : 'response', issue?.message ?? 'unexpected shape');
  }
  // The throttling plugin's GraphQL rate limit: a 200 whose errors say RATE_LIMITED.
  if (isGraphQLRateLimit(error)) {
    const reset = Number(error.response.headers?.['x-ratelimit-reset']);
    return rateLimited('graphql', Number.isFinite(reset) && reset > 0 ? reset * 1000 : now() + 3_600_000, context.hasToken);
  }
  if (isRequestErrorLike(error)) {
    const status = error.status ?? 0;
    const message = redact(String(error.message ?? ''), context.token);
    const remaining = header(error, 'x-ratelimit-remaining');
    const reset = Number(header(error, 'x-ratelimit-reset'));
    const retryAfter = Number(header(error, 'retry-after'));
    if (status === 401) return badToken();
    if (status === 404) return notFound(context.login);
    if ((status === 403 || status === 429) && /secondary rate/i.test(message)) {
      const given = Number.isFinite(retryAfter) && retryAfter > 0;
      return secondaryRateLimit(given ? retryAfter : 60, now(), given);
    }
    if ((status === 403 || status === 429) && (remaining === '0' || /rate limit/i.test(message))) {
      const resource = header(error, 'x-ratelimit-resource') ?? 'core';
      const resetAt = Number.isFinite(reset) && reset > 0 ? reset * 1000 : now() + 3_600_000;
      return rateLimited(resource, resetAt, context.hasToken);
    }
    if (status === 429 && Number.isFinite(retryAfter)) return secondaryRateLimit(retryAfter, now());
    if (status === 422) return notFound(context.login);
    const host = safeHost(context.apiUrl);
    if (!error.response) {
      return {
        kind: 'unavailable',
        status: null,
        message: `Could not reach GitHub at ${host} (${message || 'network error'}), even after retrying: check the connection or the GitHub Enterprise address.`,
      };
    }
    if (status >= 500) {
      return {
        kind: 'unavailable',
        status,
        message: `GitHub at ${host} kept failing (${status}) after several tries: try again in a few minutes.`,
      };
    }
    return { kind: 'unavailable', status, message: `GitHub at ${host} refused the request (${status}: ${message.slice(0, 160)}).` };
  }
  const message = redact(error instanceof Error ? error.message : String(error), context.token);
  return { kind: 'unavailable', status: null, message: `The GitHub analysis failed: ${message}` };
}

function safeHost(apiUrl: string): string {
  try {
    return new URL(apiUrl).host;
  } catch {
    return apiUrl;
  }
}

/** The shortest wait before any retry after a primary rate limit: GitHub's reset may already be past by a fast local clock. */
export const RATE_LIMIT_FLOOR_MS = 60_000;
/** The first step of the exponential back-off (then 2, 4, 8 … minutes), at most an hour. */
export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_MAX_MS = 3_600_000;

/**
 * Exponential back-off with jitter: 1, 2, 4 … minutes (at most an hour) for
 * the given attempt, plus up to half as much again at random, so queued
 * analyses that failed together do not all come back at once.
 */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const step = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return step + Math.floor(random() * (step / 2));
}

/**
 * When a queued analysis that failed this way is worth trying again, epoch
 * ms; null when only the user can fix it (no such user, an organisation, a
 * bad token, an answer this version cannot read). Every retry waits at least
 * a floor, whatever the clocks say (GitHub's "best practices for using the
 * REST API": wait until the reset after a primary limit, wait retry-after
 * when given, otherwise at least a minute, longer each time):
 *   primary limit   a second after GitHub's reset, and never sooner than a minute from now
 *   secondary limit GitHub's retry-after when it sent one, else the back-off below
 *   unavailable     exponential back-off with jitter from a minute, at most an hour and a half
 *
 * @param attempt how many times it has failed so far (1 after the first).
 */
export function retryAt(failure: GitHubFailure, attempt: number, now: number, random: () => number = Math.random): number | null {
  switch (failure.kind) {
    case 'rate-limited':
      return Math.max(failure.resetAt + 1000, now + RATE_LIMIT_FLOOR_MS);
    case 'secondary-rate-limit':
      return failure.retryAfterGiven
        ? Math.max(failure.resetAt, now + Math.max(1, failure.retryAfterSeconds) * 1000)
        : now + backoffMs(attempt, random);
    case 'unavailable':
      return now + backoffMs(attempt, random);
    case 'not-found':
    case 'organisation':
    case 'bad-token':
    case 'malformed':
      return null;
  }
}
