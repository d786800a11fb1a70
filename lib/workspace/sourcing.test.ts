/**
 * What the Sourcing view says, without React: a list's people in rank
 * order, who is already known, where each screening is, the list's
 * progress, and GitHub's budget in words.
 */
import { describe, expect, test } from 'vitest';
import { clockTime } from '../github';
import { parseRepositoryRef, startDiscovery } from '../github/sourcing';
import { addPullRequest, addReview, emptyTally } from '../github/sourcing/rank';
import { SourcingRun, type QueuedAnalysis } from '../store/records';
import { budgetWords, contributionParts, knownLabel, runNotes, runStatus, runTitle, screeningStatus, sourcedPeople } from './sourcing';

const NOW = Date.parse('2026-11-01T12:00:00Z');
const roles = [
  { id: 'backend-engineer', name: 'Backend engineer' },
  { id: 'platform', name: 'Platform' },
];

function ledgerdRun(overrides: Partial<SourcingRun> = {}): SourcingRun {
  const ref = parseRepositoryRef('quillworks/ledgerd');
  if (!ref.ok) throw new Error(ref.message);
  const discovery = startDiscovery(ref.ref, { path: 'graphql', since: '2024-11-01T00:00:00Z' });
  discovery.facts = {
    fullName: 'quillworks/ledgerd',
    url: 'https://github.com/quillworks/ledgerd',
    owner: 'quillworks',
    ownerIsOrganisation: true,
    description: null,
    language: 'Go',
    topics: [],
    isArchived: false,
    archivedAt: null,
    isEmpty: false,
    backend: { value: true, reasons: [] },
  };
  const ada = emptyTally('ada-backend');
  addPullRequest(ada, { url: 'https://github.com/quillworks/ledgerd/pull/1', title: 'One', mergedAt: '2026-10-02T10:00:00Z' });
  addReview(ada, 'https://github.com/quillworks/ledgerd/pull/2', '2026-09-01T10:00:00Z');
  const chen = emptyTally('chen-reviews');
  addReview(chen, 'https://github.com/quillworks/ledgerd/pull/1', '2026-10-01T10:00:00Z');
  discovery.tallies = { 'ada-backend': ada, 'chen-reviews': chen };
  discovery.pullRequestsRead = 100;
  discovery.pullRequestsTotal = 412;
  return SourcingRun.parse({ id: 'repo:quillworks/ledgerd', kind: 'repository', subject: 'quillworks/ledgerd', state: 'working', notBefore: 0, discovery, createdAt: 0, updatedAt: 0, ...overrides });
}

describe('a list', () => {
  test('its people in rank order, each with their GitHub page and contribution', () => {
    const people = sourcedPeople(ledgerdRun(), NOW);
    expect(people.map((p) => [p.rank, p.login, p.url])).toEqual([
      [1, 'ada-backend', 'https://github.com/ada-backend'],
      [2, 'chen-reviews', 'https://github.com/chen-reviews'],
    ]);
    expect(runTitle(ledgerdRun())).toBe('People behind quillworks/ledgerd');
  });

  test('the contribution as linked words: the merged pull requests, the reviews, the last day', () => {
    const ada = sourcedPeople(ledgerdRun(), NOW)[0]!;
    expect(contributionParts(ada.contribution!)).toEqual({
      parts: [
        { text: '1 merged pull request', url: 'https://github.com/quillworks/ledgerd/pulls?q=is%3Apr+author%3Aada-backend+is%3Amerged' },
        { text: '1 review', url: 'https://github.com/quillworks/ledgerd/pulls?q=is%3Apr+reviewed-by%3Aada-backend+-author%3Aada-backend' },
      ],
      last: 'last on 2 Oct 2026',
    });
  });

  test('progress as it goes, a wait with its time, a failure in words', () => {
    expect(runStatus(ledgerdRun())).toEqual({ text: 'Read 100 of 412 merged pull requests: 2 people found so far.', fraction: 100 / 412, busy: true });
    const waiting = runStatus(ledgerdRun({ state: 'waiting', notBefore: NOW, message: "GitHub's GraphQL rate limit is used up." }));
    expect(waiting.text).toBe(`Read 100 of 412 merged pull requests: 2 people found so far. Waiting for GitHub until ${clockTime(NOW)}: GitHub's GraphQL rate limit is used up.`);
    expect(runStatus(ledgerdRun({ state: 'failed', message: 'GitHub has no public repository x/y.' }))).toEqual({ text: 'GitHub has no public repository x/y.', fraction: null, busy: false });
  });

  test('a people search: its people in GitHub’s order, said to be sparse', () => {
    const run = SourcingRun.parse({
      id: 'search:language:go',
      kind: 'search',
      subject: 'language:go',
      state: 'done',
      notBefore: 0,
      search: { query: 'language:go', total: 2, people: [{ login: 'b', url: 'https://github.com/b' }, { login: 'a', url: 'https://github.com/a' }], limits: ['sparse'] },
      createdAt: 0,
      updatedAt: 0,
    });
    expect(sourcedPeople(run, NOW).map((p) => p.login)).toEqual(['b', 'a']);
    expect(runNotes(run)).toEqual(['sparse']);
    expect(runStatus(run).text).toBe("2 people found by GitHub's people search.");
  });
});

describe('who is already known', () => {
  test.each([
    [{ shortlists: ['backend-engineer'], stage: 'contacted' as const }, 'On Backend engineer shortlist · Contacted'],
    [{ shortlists: ['backend-engineer', 'platform'], stage: 'sourced' as const }, 'On Backend engineer, Platform shortlists · Sourced'],
    [{ shortlists: [], stage: 'replied' as const }, 'Known · Replied'],
  ])('%j → %s', (candidate, label) => {
    expect(knownLabel(candidate, roles)).toBe(label);
  });
});

describe('where a screening is', () => {
  const analysis = (state: QueuedAnalysis['state'], extra: Partial<QueuedAnalysis> = {}): QueuedAnalysis => ({
    login: 'x',
    state,
    notBefore: NOW,
    refresh: false,
    attempts: 0,
    message: null,
    lease: null,
    leaseUntil: null,
    updatedAt: 0,
    ...extra,
  });
  test.each([
    [undefined, false, 'not-requested'],
    [undefined, true, 'screened'],
    [analysis('queued'), true, 'queued'],
    [analysis('working'), false, 'working'],
    [analysis('waiting'), false, 'waiting'],
    [analysis('failed', { message: 'No GitHub user named x.' }), false, 'failed'],
    [analysis('failed'), true, 'screened'],
    [analysis('done'), true, 'screened'],
  ])('%j with evidence %s → %s', (a, hasEvidence, kind) => {
    expect(screeningStatus(a, hasEvidence).kind).toBe(kind);
  });
});

describe('the budget in words', () => {
  const window = (remaining: number, limit: number) => ({ remaining, limit, resetAt: NOW + 1_800_000 });
  test('without a token: what is left, how many people that screens, and plainly about 25 an hour', () => {
    const words = budgetWords({ core: window(41, 60), search: null, graphql: null }, false, NOW);
    expect(words.text).toBe(`GitHub requests left: 41 of 60, enough for about 20 more people; resets at ${clockTime(NOW + 1_800_000)}.`);
    expect(words.advice).toMatch(/^Without a GitHub token, about 25 people an hour can be screened/);
  });
  test('with a token: one request a person, and no advice', () => {
    expect(budgetWords({ core: null, search: null, graphql: window(4_990, 5_000) }, true, NOW)).toEqual({
      text: `GitHub requests left: 4,990 of 5,000, enough for about 4,990 more people; resets at ${clockTime(NOW + 1_800_000)}.`,
      advice: null,
    });
  });
  test('nothing reported yet, or an old report: what a person costs', () => {
    expect(budgetWords(undefined, false, NOW).text).toBe('Each person costs 3 of the 60 requests GitHub allows an hour without a token.');
    expect(budgetWords({ core: { remaining: 0, limit: 60, resetAt: NOW - 1 }, search: null, graphql: null }, false, NOW).text).toMatch(/^Each person costs/);
  });
});
