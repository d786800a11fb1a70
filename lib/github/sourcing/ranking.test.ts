/**
 * The ranking of DESIGN.md "Sourcing from a repository", on tallies made by
 * hand: the weights, the 12-month half-life, the 50-commit cap, ties, and
 * the contribution in words with its links.
 */
import { describe, expect, test } from 'vitest';
import { contributionWords, dayWords, emptyTally, addCommit, addPullRequest, addReview, rankTallies, scoreOf, COMMIT_CAP } from './rank';
import { contributionOf } from './rank';

const NOW = Date.parse('2026-11-01T00:00:00Z');
const YEAR = 365.25 * 24 * 3_600_000;
const at = (yearsAgo: number) => new Date(NOW - yearsAgo * YEAR).toISOString();

function tally(login: string, parts: { prs?: number[]; reviews?: number[]; commits?: number[] }) {
  const t = emptyTally(login);
  (parts.prs ?? []).forEach((y, i) => addPullRequest(t, { url: `https://github.com/o/r/pull/${login}-${i}`, title: `PR ${i}`, mergedAt: at(y) }));
  (parts.reviews ?? []).forEach((y, i) => addReview(t, `https://github.com/o/r/pull/other-${i}`, at(y)));
  (parts.commits ?? []).forEach((y) => addCommit(t, at(y)));
  return t;
}

describe('weights and time', () => {
  test.each([
    ['a merged pull request today', { prs: [0] }, 3],
    ['a review today', { reviews: [0] }, 2],
    ['a commit today', { commits: [0] }, 1],
    ['a merged pull request a year ago', { prs: [1] }, 1.5],
    ['a review two years ago', { reviews: [2] }, 0.5],
    ['one of each, today', { prs: [0], reviews: [0], commits: [0] }, 6],
  ])('%s scores %s', (_, parts, score) => {
    expect(scoreOf(tally('x', parts), NOW)).toBeCloseTo(score, 6);
  });

  test('the halving is a half-life: six months weighs 1/√2', () => {
    expect(scoreOf(tally('x', { prs: [0.5] }), NOW)).toBeCloseTo(3 / Math.SQRT2, 6);
  });

  test(`at most ${COMMIT_CAP} commits count, the newest, though all are counted in words`, () => {
    const t = tally('x', { commits: [...Array.from({ length: 60 }, () => 1), 0] });
    expect(t.commits).toBe(61);
    expect(scoreOf(t, NOW)).toBeCloseTo(1 + 49 * 0.5, 6);
  });

  test('a reviewer who reviews one pull request several times counts it once, at the latest review', () => {
    const t = emptyTally('x');
    addReview(t, 'https://github.com/o/r/pull/1', at(1));
    addReview(t, 'https://github.com/o/r/pull/1', at(0));
    expect(t.reviews).toHaveLength(1);
    expect(scoreOf(t, NOW)).toBeCloseTo(2, 6);
  });
});

describe('order', () => {
  test('best score first, ties (at the score shown) to the most recent contribution, then by login', () => {
    const ranked = rankTallies(
      [
        tally('old-hand', { prs: [1] }), // 1.5
        tally('recent', { commits: [0.001, 0.0011] }), // ≈ 2.0 shown
        tally('reviewer', { reviews: [0] }), // 2.0, later than "recent"'s second commit
        tally('b-same', { prs: [2], commits: [] }), // 0.75
        tally('a-same', { prs: [2] }), // 0.75
        tally('nobody', {}),
      ],
      { now: NOW, reviewsRead: true },
    );
    expect(ranked.map((p) => [p.rank, p.login, p.score])).toEqual([
      [1, 'reviewer', 2],
      [2, 'recent', 2],
      [3, 'old-hand', 1.5],
      [4, 'a-same', 0.8],
      [5, 'b-same', 0.8],
    ]);
  });

  test('without a token reviews are unknown (null), not zero', () => {
    const [person] = rankTallies([tally('x', { prs: [0] })], { now: NOW, reviewsRead: false });
    expect(person).toMatchObject({ reviews: null, mergedPullRequests: 1 });
  });
});

describe('the contribution in words', () => {
  test('counts, the last day, and links to the pull requests, reviews and commits on GitHub', () => {
    const t = tally('ada-backend', { prs: [0.1, 0.2], reviews: [0.05, 0.3, 0.4], commits: [0.15] });
    const [person] = rankTallies([t], { now: NOW, reviewsRead: true });
    const contribution = contributionOf(person!, t, { fullName: 'quillworks/ledgerd', url: 'https://github.com/quillworks/ledgerd', backend: { value: true, reasons: ['topics: postgresql'] } }, '2024-11-01T00:00:00Z');
    expect(contributionWords(contribution)).toBe(`2 merged pull requests, 3 reviews, 1 commit, last on ${dayWords(at(0.05))}`);
    expect(contribution.evidence).toEqual([
      { source: 'github', text: '2 merged pull requests to quillworks/ledgerd since 1 Nov 2024', url: 'https://github.com/quillworks/ledgerd/pulls?q=is%3Apr+author%3Aada-backend+is%3Amerged' },
      { source: 'github', text: 'reviewed 3 pull requests by others in quillworks/ledgerd since 1 Nov 2024', url: 'https://github.com/quillworks/ledgerd/pulls?q=is%3Apr+reviewed-by%3Aada-backend+-author%3Aada-backend' },
      { source: 'github', text: '1 commit to quillworks/ledgerd since 1 Nov 2024', url: 'https://github.com/quillworks/ledgerd/commits?author=ada-backend' },
    ]);
    expect(contribution.pullRequests.map((p) => p.title)).toEqual(['PR 0', 'PR 1']);
  });

  test('"2 Oct 2026" style dates, in UTC', () => {
    expect(dayWords('2026-10-02T23:30:00Z')).toBe('2 Oct 2026');
  });
});
