/**
 * "Save and check" in the options page. With a token: lib/github's
 * checkToken (one GET /user: whose token, its scopes, and a warning for
 * scopes that could write). Without one: /rate_limit, which GitHub does not
 * count against the limit. Either way a value, never a throw.
 */
import { z } from 'zod';
import type { GitHubClient } from './client';
import { toFailure } from './errors';
import { checkToken } from './token-check';

export type AccessCheck =
  | { ok: true; login: string | null; remaining: number; limit: number; resetAt: number; scopes: string[] | null; warning: string | null }
  | { ok: false; error: string };

const Window = z.object({ limit: z.number(), remaining: z.number(), reset: z.number() });
const RateLimit = z.object({ resources: z.object({ core: Window }) });

export async function checkGitHubAccess(client: GitHubClient, token: string | undefined): Promise<AccessCheck> {
  try {
    if (!token) {
      const core = RateLimit.parse((await client.octokit.request('GET /rate_limit')).data).resources.core;
      return { ok: true, login: null, remaining: core.remaining, limit: core.limit, resetAt: core.reset * 1000, scopes: null, warning: null };
    }
    const check = await checkToken(client);
    const core = check.budget.core;
    return {
      ok: true,
      login: check.login,
      remaining: core?.remaining ?? 0,
      limit: core?.limit ?? 0,
      resetAt: core?.resetAt ?? Date.now(),
      scopes: check.scopes,
      warning: check.riskyScopes.length
        ? `This token can also change things (${check.riskyScopes.join(', ')}); a token with no scopes is enough to read public profiles.`
        : null,
    };
  } catch (error) {
    const failure = toFailure(error, { login: '', apiUrl: client.apiUrl, hasToken: !!token, ...(token ? { token } : {}) });
    return { ok: false, error: failure.message };
  }
}
