/**
 * What a queue in the service worker needs to wait instead of failing: when
 * a failed analysis may be retried, and whether the known budget allows one
 * to start, across a restart of the worker.
 */
import { describe, expect, test } from 'vitest';
import { createRateBudget, retryAt, tryAnalyseUser, waitUntil, type GitHubFailure } from '../../lib/github';
import { FIXTURE_LOGINS } from '../support/fake-github';
import { clientFor, fakeGitHub } from './support';

const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('retryAt', () => {
  const noJitter = () => 0;
  test.each<[GitHubFailure, number, number | null]>([
    [{ kind: 'rate-limited', resource: 'core', resetAt: NOW + 600_000, message: '' }, 1, NOW + 601_000],
    // GitHub's reset already past by the local clock (a fast clock, a stale header): still a minute's wait, never at once.
    [{ kind: 'rate-limited', resource: 'core', resetAt: NOW - 120_000, message: '' }, 1, NOW + 60_000],
    [{ kind: 'rate-limited', resource: 'graphql', resetAt: NOW + 10_000, message: '' }, 4, NOW + 60_000],
    [{ kind: 'secondary-rate-limit', retryAfterSeconds: 90, retryAfterGiven: true, resetAt: NOW + 90_000, message: '' }, 1, NOW + 90_000],
    // retry-after: 0 still waits a second.
    [{ kind: 'secondary-rate-limit', retryAfterSeconds: 0, retryAfterGiven: true, resetAt: NOW, message: '' }, 1, NOW + 1_000],
    // No retry-after: the back-off, a minute and then longer.
    [{ kind: 'secondary-rate-limit', retryAfterSeconds: 60, retryAfterGiven: false, resetAt: NOW + 60_000, message: '' }, 3, NOW + 240_000],
    [{ kind: 'unavailable', status: 502, message: '' }, 1, NOW + 60_000],
    [{ kind: 'unavailable', status: null, message: '' }, 3, NOW + 240_000],
    [{ kind: 'unavailable', status: null, message: '' }, 30, NOW + 3_600_000],
    [{ kind: 'not-found', login: 'x', message: '' }, 1, null],
    [{ kind: 'organisation', login: 'x', message: '' }, 1, null],
    [{ kind: 'bad-token', message: '' }, 1, null],
    [{ kind: 'malformed', where: 'x', message: '' }, 1, null],
  ])('%o after %i failures → %s', (failure, attempt, expected) => {
    expect(retryAt(failure, attempt, NOW, noJitter)).toBe(expected);
  });

  test('the back-off is jittered upwards, up to half a step, never below the step', () => {
    const failure: GitHubFailure = { kind: 'unavailable', status: 502, message: '' };
    expect(retryAt(failure, 2, NOW, () => 0)).toBe(NOW + 120_000);
    expect(retryAt(failure, 2, NOW, () => 0.999_999)).toBe(NOW + 179_999);
    const spread = new Set(Array.from({ length: 50 }, () => retryAt(failure, 2, NOW)));
    expect(spread.size).toBeGreaterThan(1);
  });
});

describe('waitUntil', () => {
  const rateWindow = (remaining: number, resetAt = NOW + 600_000) => ({ remaining, limit: 60, resetAt });

  test('nothing known, or enough left: start now', () => {
    expect(waitUntil({ core: null, search: null, graphql: null }, 'rest', NOW)).toBeNull();
    expect(waitUntil({ core: rateWindow(2), search: rateWindow(1), graphql: null }, 'rest', NOW)).toBeNull();
  });

  test('too little left: wait for the later reset of what is missing', () => {
    expect(waitUntil({ core: rateWindow(1, NOW + 100), search: rateWindow(0, NOW + 50), graphql: null }, 'rest', NOW)).toBe(NOW + 100);
    expect(waitUntil({ core: null, search: null, graphql: rateWindow(0) }, 'graphql', NOW)).toBe(NOW + 600_000);
  });

  test('a window already reset does not hold anything up', () => {
    expect(waitUntil({ core: rateWindow(0, NOW - 1), search: null, graphql: null }, 'rest', NOW)).toBeNull();
  });

  test('a budget restored after a worker restart holds the queue back without a request', async () => {
    const gh = await fakeGitHub();
    gh.setRemaining('search', 0);
    const { octokit, budget } = clientFor(gh);
    const outcome = await tryAnalyseUser(octokit, FIXTURE_LOGINS.backend);
    if (outcome.ok) throw new Error('expected a rate limit');
    const failure = outcome.error;
    expect(failure.kind).toBe('rate-limited');

    const kept = JSON.parse(JSON.stringify(budget.snapshot()));
    const restored = createRateBudget(kept);
    const until = waitUntil(restored.snapshot(), 'rest', Date.now());
    expect(until).toBe(gh.rate('search').reset * 1000);
    expect(retryAt(failure, 1, Date.now())).toBe((until ?? 0) + 1000);
  });
});
