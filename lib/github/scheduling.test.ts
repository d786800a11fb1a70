/**
 * What a queue in the service worker needs to wait instead of failing: when
 * a failed analysis may be retried.
 */
import { describe, expect, test } from 'vitest';
import { retryAt, type GitHubFailure } from './';

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
