/** The options page's token check: one request, whose token, its budget, and any scope it should not have. */
import { describe, expect, test } from 'vitest';
import { checkToken, GitHubError } from './';
import { FAKE_TOKEN } from '../../tests/support/fake-github';
import { clientFor, fakeGitHub } from '../../tests/support/github';

describe('checkToken', () => {
  test('one request shows the account and the budget', async () => {
    const gh = await fakeGitHub();
    const check = await checkToken(clientFor(gh, { token: FAKE_TOKEN }));
    expect(gh.counts.total).toBe(1);
    expect(check).toMatchObject({ login: 'ada-backend', scopes: [], riskyScopes: [] });
    expect(check.budget.core).toMatchObject({ limit: 5000, remaining: 4999 });
    expect(check.message).toBe('Token of ada-backend: 4999 of 5000 requests left this hour.');
  });

  test('a token that could change repositories is pointed out', async () => {
    const gh = await fakeGitHub({ scopes: 'repo, read:org' });
    const check = await checkToken(clientFor(gh, { token: FAKE_TOKEN }));
    expect(check.riskyScopes).toEqual(['repo']);
    expect(check.message).toMatch(/It can also change things \(repo\); a token with no scopes is enough/);
  });

  test('a bad token is a bad-token failure without the token in it', async () => {
    const gh = await fakeGitHub();
    const secret = 'ghp_NotTheRightOne00000000000000000000000';
    const error = await checkToken(clientFor(gh, { token: secret })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).failure.kind).toBe('bad-token');
    expect(JSON.stringify((error as GitHubError).failure)).not.toContain(secret);
  });
});
