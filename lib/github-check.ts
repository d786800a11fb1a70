/**
 * "Save and check" in the options page: one request that says whose token
 * this is, its scopes, and the budget left. Without a token it asks
 * /rate_limit, which GitHub does not count against the limit.
 */
import { z } from 'zod';
import { toFailure, type GitHubClient } from './github';

export type AccessCheck =
  | { ok: true; login: string | null; remaining: number; limit: number; resetAt: number; scopes: string[] | null }
  | { ok: false; error: string };

const Window = z.object({ limit: z.number(), remaining: z.number(), reset: z.number() });
const RateLimit = z.object({ resources: z.object({ core: Window, graphql: Window.optional() }) });
const User = z.object({ login: z.string() });

export async function checkGitHubAccess(client: GitHubClient, token: string | undefined): Promise<AccessCheck> {
  try {
    if (!token) {
      const response = await client.octokit.request('GET /rate_limit');
      const core = RateLimit.parse(response.data).resources.core;
      return { ok: true, login: null, remaining: core.remaining, limit: core.limit, resetAt: core.reset * 1000, scopes: null };
    }
    const response = await client.octokit.request('GET /user');
    const login = User.parse(response.data).login;
    const header = response.headers['x-oauth-scopes'];
    // Fine-grained tokens send no scopes header at all; classic ones send a list (maybe empty).
    const scopes = header === undefined ? null : String(header).split(',').map((s) => s.trim()).filter(Boolean);
    const window = client.budget.snapshot().core;
    return {
      ok: true,
      login,
      remaining: window?.remaining ?? 0,
      limit: window?.limit ?? 0,
      resetAt: window?.resetAt ?? Date.now(),
      scopes,
    };
  } catch (error) {
    const failure = toFailure(error, { login: '', apiUrl: client.apiUrl, hasToken: !!token, ...(token ? { token } : {}) });
    return { ok: false, error: failure.message };
  }
}
