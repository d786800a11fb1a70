/**
 * The options page's "check token": one request (GET /user) that shows whose
 * token it is, the rate budget it brings, and its scopes. Reading public
 * profiles needs no scope at all, so nothing can be missing; what is worth
 * saying is a scope that could change things, because a leaked token with
 * `repo` is worse than one without.
 */
import { z } from 'zod';
import type { RateBudgetSnapshot } from './budget';
import type { GitHubClient } from './client';
import { GitHubError, toFailure } from './errors';

export interface TokenCheck {
  login: string;
  /** Classic tokens list their scopes; fine-grained tokens do not (null). */
  scopes: string[] | null;
  /** Scopes that allow writing or administration, which this extension never needs. */
  riskyScopes: string[];
  budget: RateBudgetSnapshot;
  /** One sentence for the options page. */
  message: string;
}

const Me = z.object({ login: z.string() });
const RISKY = /^(repo|public_repo|delete_repo|workflow|write:.*|admin:.*|user|codespace|project)$/;

export async function checkToken(client: GitHubClient): Promise<TokenCheck> {
  const token = ((await client.octokit.auth()) as { token?: string }).token;
  try {
    const response = await client.octokit.request('GET /user');
    const me = Me.parse(response.data);
    const header = (response.headers as Record<string, string | undefined>)['x-oauth-scopes'];
    const scopes = header === undefined ? null : header.split(',').map((s) => s.trim()).filter(Boolean);
    const riskyScopes = (scopes ?? []).filter((s) => RISKY.test(s));
    const budget = client.budget.snapshot();
    const left = budget.core ? `${budget.core.remaining} of ${budget.core.limit} requests left this hour` : 'rate limit unknown';
    const warning = riskyScopes.length
      ? ` It can also change things (${riskyScopes.join(', ')}); a token with no scopes is enough to read public profiles.`
      : '';
    return { login: me.login, scopes, riskyScopes, budget, message: `Token of ${me.login}: ${left}.${warning}` };
  } catch (error) {
    throw new GitHubError(toFailure(error, { login: '', apiUrl: client.apiUrl, hasToken: token !== undefined, ...(token ? { token } : {}) }));
  }
}
