/**
 * What a queue in the service worker needs to wait instead of failing: when
 * a failed analysis may be retried.
 */
import { describe, expect, test } from 'vitest';
import { retryAt, type GitHubFailure } from '../../lib/github';

const NOW = Date.parse('2026-11-23T12:00:00Z');

describe('retryAt', () => {
  test.each<[GitHubFailure, number, number | null]>([
    [{ kind: 'rate-limited', resource: 'core', resetAt: NOW + 600_000, message: '' }, 1, NOW + 601_000],
    [{ kind: 'secondary-rate-limit', retryAfterSeconds: 60, resetAt: NOW + 60_000, message: '' }, 1, NOW + 60_000],
    [{ kind: 'unavailable', status: 502, message: '' }, 1, NOW + 60_000],
    [{ kind: 'unavailable', status: null, message: '' }, 3, NOW + 240_000],
    [{ kind: 'unavailable', status: null, message: '' }, 30, NOW + 3_600_000],
    [{ kind: 'not-found', login: 'x', message: '' }, 1, null],
    [{ kind: 'organisation', login: 'x', message: '' }, 1, null],
    [{ kind: 'bad-token', message: '' }, 1, null],
    [{ kind: 'malformed', where: 'x', message: '' }, 1, null],
  ])('%o after %i failures → %s', (failure, attempt, expected) => {
    expect(retryAt(failure, attempt, NOW)).toBe(expected);
  });
});
