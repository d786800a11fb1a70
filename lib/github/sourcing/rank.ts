/**
 * The ranking of DESIGN.md "Sourcing from a repository": merged pull
 * requests weigh 3, reviews of other people's pull requests 2, commits 1
 * (at most 50 of them count), each halved for every 12 months since it
 * happened; ties go to the most recent contribution.
 *
 * The halving is a half-life, not a step: a pull request merged 6 months
 * ago weighs 3 × 0.71, one merged 12 months ago 1.5. A step every 12 months
 * would rank two people apart for contributions a day apart, which no
 * recruiter could explain.
 */
import { z } from 'zod';
import { SourcedPullRequest, type Judgement, type RepositoryContribution } from '../../profile/github-evidence';

export const WEIGHTS = { mergedPullRequest: 3, review: 2, commit: 1 } as const;
/** Commits that count towards the score, the newest first. */
export const COMMIT_CAP = 50;
/** Merged pull requests a contribution keeps with their pages (the newest). */
export const PULL_REQUESTS_KEPT = 5;
const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

/** What discovery has counted for one person so far (kept between pages, and stored while a run waits). */
export const Tally = z.object({
  /** As GitHub spells it. */
  login: z.string(),
  /** Their merged pull requests in the window, newest first. */
  pullRequests: z.array(SourcedPullRequest).default([]),
  /** One per pull request of somebody else they reviewed: its page and their latest review's time. */
  reviews: z.array(z.object({ pullRequest: z.string(), at: z.string() })).default([]),
  /** Commits read in the window. */
  commits: z.number().int().nonnegative().default(0),
  /** The newest COMMIT_CAP of their commits' dates, newest first: the ones that score. */
  commitDates: z.array(z.string()).default([]),
});
export type Tally = z.infer<typeof Tally>;

export function emptyTally(login: string): Tally {
  return { login, pullRequests: [], reviews: [], commits: 0, commitDates: [] };
}

/** ISO dates and logins compare as plain strings: no collation needed, and much faster than localeCompare. */
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const newestFirst = (a: string, b: string) => compare(b, a);

export function addPullRequest(tally: Tally, pr: SourcedPullRequest) {
  if (tally.pullRequests.some((p) => p.url === pr.url)) return;
  tally.pullRequests.push(pr);
  tally.pullRequests.sort((a, b) => newestFirst(a.mergedAt, b.mergedAt));
}

export function addReview(tally: Tally, pullRequest: string, at: string) {
  const found = tally.reviews.find((r) => r.pullRequest === pullRequest);
  if (found) found.at = found.at > at ? found.at : at;
  else tally.reviews.push({ pullRequest, at });
}

export function addCommit(tally: Tally, at: string) {
  tally.commits += 1;
  tally.commitDates.push(at);
  tally.commitDates.sort(newestFirst);
  if (tally.commitDates.length > COMMIT_CAP) tally.commitDates.length = COMMIT_CAP;
}

/** 1 for now, 0.5 a year ago, 0.25 two years ago. */
export function decay(at: string, now: number): number {
  const t = Date.parse(at);
  if (!Number.isFinite(t)) return 0;
  return 0.5 ** (Math.max(0, now - t) / YEAR_MS);
}

export function scoreOf(tally: Tally, now: number): number {
  let score = 0;
  for (const pr of tally.pullRequests) score += WEIGHTS.mergedPullRequest * decay(pr.mergedAt, now);
  for (const review of tally.reviews) score += WEIGHTS.review * decay(review.at, now);
  for (const at of tally.commitDates.slice(0, COMMIT_CAP)) score += WEIGHTS.commit * decay(at, now);
  return score;
}

export function lastContribution(tally: Tally): string | null {
  let last: string | null = null;
  for (const at of [...tally.pullRequests.map((p) => p.mergedAt), ...tally.reviews.map((r) => r.at), ...tally.commitDates.slice(0, 1)]) {
    if (last === null || at > last) last = at;
  }
  return last;
}

export interface RankedPerson {
  rank: number;
  login: string;
  mergedPullRequests: number;
  /** Null when reviews were not read (without a token). */
  reviews: number | null;
  commits: number;
  lastContributedAt: string | null;
  /** One decimal. */
  score: number;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** Everyone counted, best first; ties (at the score shown) go to the most recent contribution, then by login. */
export function rankTallies(tallies: Iterable<Tally>, options: { now: number; reviewsRead: boolean }): RankedPerson[] {
  const people = [...tallies]
    .map((tally) => ({
      login: tally.login,
      mergedPullRequests: tally.pullRequests.length,
      reviews: options.reviewsRead ? tally.reviews.length : null,
      commits: tally.commits,
      lastContributedAt: lastContribution(tally),
      score: oneDecimal(scoreOf(tally, options.now)),
    }))
    .filter((p) => p.mergedPullRequests + (p.reviews ?? 0) + p.commits > 0);
  people.sort(
    (a, b) =>
      b.score - a.score ||
      compare(b.lastContributedAt ?? '', a.lastContributedAt ?? '') ||
      compare(a.login.toLowerCase(), b.login.toLowerCase()),
  );
  return people.map((p, i) => ({ rank: i + 1, ...p }));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2 Oct 2026" (UTC, so every reader of one list sees the same day). */
export function dayWords(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** One formatter for every count ("1,234"): toLocaleString would build one per call. */
export const COUNT = new Intl.NumberFormat('en');
const plural = (n: number, one: string, many = `${one}s`) => `${COUNT.format(n)} ${n === 1 ? one : many}`;

/** "12 merged pull requests, 30 reviews, 41 commits, last on 2 Oct 2026". */
export function contributionWords(c: Pick<RepositoryContribution, 'mergedPullRequests' | 'reviews' | 'commits' | 'lastContributedAt'>): string {
  const parts: string[] = [];
  if (c.mergedPullRequests) parts.push(plural(c.mergedPullRequests, 'merged pull request'));
  if (c.reviews) parts.push(plural(c.reviews, 'review'));
  if (c.commits) parts.push(plural(c.commits, 'commit'));
  if (parts.length === 0) parts.push('no counted contribution');
  return `${parts.join(', ')}${c.lastContributedAt ? `, last on ${dayWords(c.lastContributedAt)}` : ''}`;
}

/** The repository facts a contribution needs. */
export interface ContributionTarget {
  fullName: string;
  url: string;
  backend: Judgement;
}

/**
 * One ranked person's contribution, with the evidence lines a recruiter
 * follows to GitHub: their merged pull requests there, the pull requests
 * they reviewed, their commits.
 */
export function contributionOf(person: RankedPerson, tally: Tally, target: ContributionTarget, since: string): RepositoryContribution {
  const base = target.url.replace(/\/+$/, '');
  const login = encodeURIComponent(person.login);
  const from = dayWords(since);
  const evidence: RepositoryContribution['evidence'] = [];
  if (person.mergedPullRequests) {
    evidence.push({
      source: 'github',
      text: `${plural(person.mergedPullRequests, 'merged pull request')} to ${target.fullName} since ${from}`,
      url: `${base}/pulls?q=is%3Apr+author%3A${login}+is%3Amerged`,
    });
  }
  if (person.reviews) {
    evidence.push({
      source: 'github',
      text: `reviewed ${plural(person.reviews, 'pull request')} by others in ${target.fullName} since ${from}`,
      url: `${base}/pulls?q=is%3Apr+reviewed-by%3A${login}+-author%3A${login}`,
    });
  }
  if (person.commits) {
    evidence.push({
      source: 'github',
      text: `${plural(person.commits, 'commit')} to ${target.fullName} since ${from}`,
      url: `${base}/commits?author=${login}`,
    });
  }
  return {
    repository: target.fullName,
    repositoryUrl: target.url,
    mergedPullRequests: person.mergedPullRequests,
    reviews: person.reviews,
    commits: person.commits,
    lastContributedAt: person.lastContributedAt,
    score: person.score,
    backend: target.backend,
    pullRequests: tally.pullRequests.slice(0, PULL_REQUESTS_KEPT),
    evidence,
  };
}
