/** GitHub's people search as a second way in: one request, at most 100 people, and a word that their profiles are sparse. */
import { describe, expect, test } from 'vitest';
import { GitHubError } from '..';
import { SPARSE_PROFILES, searchPeople } from './';
import { clientFor, fakeGitHub } from '../../../tests/support/github';

describe('searchPeople', () => {
  test('one search request; organisations left out; the list says its profiles are sparse', async () => {
    const gh = await fakeGitHub();
    const found = await searchPeople(clientFor(gh).octokit, 'language:go');
    expect(gh.counts).toMatchObject({ search: 1, total: 1 });
    expect(gh.requests[0]?.query.get('per_page')).toBe('100');
    expect(found.people.map((p) => p.login)).toEqual(expect.arrayContaining(['ada-backend', 'bruno-queue']));
    expect(found.people.map((p) => p.login)).not.toContain('acme-corp');
    expect(found.limits[0]).toBe(SPARSE_PROFILES);
  });

  test('qualifiers narrow it (location, followers)', async () => {
    const gh = await fakeGitHub();
    const found = await searchPeople(clientFor(gh).octokit, 'location:lisbon followers:>20');
    expect(found.people.map((p) => p.login)).toEqual(['ada-backend']);
  });

  test('more than 100 matches: the first 100 are read, in one request, and it says how many there were', async () => {
    const users = Array.from({ length: 150 }, (_, i) => ({ login: `berlin-dev-${i}`, location: 'Berlin', followers: 30, repos: [] }));
    const gh = await fakeGitHub({ users });
    const found = await searchPeople(clientFor(gh).octokit, 'location:berlin followers:>20');
    expect(gh.counts.total).toBe(1);
    expect(found.people).toHaveLength(100);
    expect(found.limits).toEqual([SPARSE_PROFILES, 'GitHub found 150 people; only the first 100 were read. Narrow the search to see others.']);
  });

  test.each([
    ['   ', /^The people search is empty/],
    ['x'.repeat(300), /at most 256 characters/],
  ])('%j is refused without asking GitHub', async (query, message) => {
    const gh = await fakeGitHub();
    const error = await searchPeople(clientFor(gh).octokit, query).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect((error as GitHubError).message).toMatch(message);
    expect(gh.counts.total).toBe(0);
  });

  test('a spent search budget is a rate-limit sentence', async () => {
    const gh = await fakeGitHub();
    gh.setRemaining('search', 0);
    const error = (await searchPeople(clientFor(gh).octokit, 'language:go').catch((e: unknown) => e)) as GitHubError;
    expect(error.failure.kind).toBe('rate-limited');
    expect(error.message).toMatch(/^GitHub's search rate limit is used up until/);
  });
});
