import { describe, expect, test } from 'vitest';
import { checkGitHubAccess } from './access-check';
import { FAKE_TOKEN } from '../../tests/support/fake-github';
import { clientFor, fakeGitHub } from '../../tests/support/github';

describe('checking GitHub access from the options page', () => {
  test('a good token says whose it is, its scopes and the budget, in one counted request', async () => {
    const gh = await fakeGitHub({ scopes: 'read:user, public_repo' });
    const result = await checkGitHubAccess(clientFor(gh, { token: FAKE_TOKEN }), FAKE_TOKEN);
    expect(result).toMatchObject({ ok: true, login: expect.any(String), limit: 5000, scopes: ['read:user', 'public_repo'] });
    // public_repo can write: said, since reading public profiles needs no scope.
    expect(result.ok && result.warning).toContain('public_repo');
    expect(gh.counts.core).toBe(1);
  });

  test('without a token it reports the public budget', async () => {
    const gh = await fakeGitHub();
    expect(await checkGitHubAccess(clientFor(gh), undefined)).toMatchObject({ ok: true, login: null, limit: 60, remaining: 60 });
  });

  test('a bad token is refused with a sentence that never repeats the token', async () => {
    const gh = await fakeGitHub();
    const bad = 'ghp_wrongwrongwrongwrongwrongwrongwrong12';
    const result = await checkGitHubAccess(clientFor(gh, { token: bad }), bad);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/token/i);
    expect(JSON.stringify(result)).not.toContain(bad);
  });

  test('GitHub out of reach is a clear failure, not a crash', async () => {
    const gh = await fakeGitHub();
    const client = clientFor(gh, { retries: 0 });
    await gh.close();
    const result = await checkGitHubAccess(client, undefined);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/GitHub/) });
  });
});
