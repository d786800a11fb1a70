/**
 * What the Sourcing view shows, with no React: a list's people in rank
 * order with their contribution, who of them is already known, where each
 * one's screening is, the list's progress, and the budget in words.
 */
import type { RateBudgetSnapshot } from '../github/budget';
import { clockTime } from '../github/errors';
import { contributionWords, dayWords, discoveryFraction, discoveryLimits, discoveryProgress, isDone, rankDiscovery } from '../github/sourcing';
import type { RepositoryContribution } from '../profile/github-evidence';
import type { Candidate, QueuedAnalysis, SourcingRun, StoredRole } from '../store/records';
import { STAGE_LABELS } from './labels';

export interface SourcedPerson {
  rank: number;
  login: string;
  /** Their GitHub profile. */
  url: string;
  /** Absent for people found by the people search. */
  contribution?: RepositoryContribution;
}

/** The people of a list, best first (a repository's ranked at `now`; a search's in GitHub's order). */
export function sourcedPeople(run: SourcingRun, now: number): SourcedPerson[] {
  if (run.kind === 'search') return (run.search?.people ?? []).map((p, i) => ({ rank: i + 1, login: p.login, url: p.url }));
  if (!run.discovery) return [];
  const web = run.discovery.facts?.url.replace(/\/[^/]+\/[^/]+\/?$/, '') ?? 'https://github.com';
  return rankDiscovery(run.discovery, now).map((p) => ({ rank: p.rank, login: p.login, url: `${web}/${p.login}`, contribution: p.contribution }));
}

/** "People behind quillworks/ledgerd" / "People found by “language:go”". */
export function runTitle(run: SourcingRun): string {
  return run.kind === 'repository' ? `People behind ${run.discovery?.facts?.fullName ?? run.subject}` : `People found by “${run.subject}”`;
}

const time = (ms: number) => clockTime(ms);

/** Where the list is, in a sentence, and how far (0–1, or null when unknown). */
export function runStatus(run: SourcingRun): { text: string; fraction: number | null; busy: boolean } {
  const reading = run.discovery ? discoveryProgress(run.discovery) : run.kind === 'search' ? `Searching GitHub for “${run.subject}”…` : `Looking up ${run.subject}…`;
  switch (run.state) {
    case 'queued':
    case 'working':
      return { text: reading, fraction: run.discovery ? discoveryFraction(run.discovery) : null, busy: true };
    case 'waiting':
      return { text: `${reading} Waiting for GitHub until ${time(run.notBefore)}: ${run.message ?? ''}`.trim(), fraction: run.discovery ? discoveryFraction(run.discovery) : null, busy: true };
    case 'failed':
      return { text: run.message ?? 'Reading GitHub failed.', fraction: null, busy: false };
    case 'done':
      if (run.kind === 'search') {
        const n = run.search?.people.length ?? 0;
        return { text: `${n} ${n === 1 ? 'person' : 'people'} found by GitHub's people search.`, fraction: 1, busy: false };
      }
      return { text: run.discovery && isDone(run.discovery) ? discoveryProgress(run.discovery) : reading, fraction: 1, busy: false };
  }
}

/** What a recruiter should know about the list: the repository's notes, then what was left unread. */
export function runNotes(run: SourcingRun): string[] {
  if (run.kind === 'search') return run.search?.limits ?? [];
  if (!run.discovery) return [];
  return [...run.discovery.notes, ...(isDone(run.discovery) ? discoveryLimits(run.discovery) : [])];
}

/** "On Backend engineer shortlist · Contacted"; "Known · Sourced" for one on no shortlist. */
export function knownLabel(candidate: Pick<Candidate, 'shortlists' | 'stage'>, roles: readonly Pick<StoredRole, 'id' | 'name'>[]): string {
  const names = candidate.shortlists.map((id) => roles.find((r) => r.id === id)?.name).filter((n): n is string => !!n);
  const where = names.length === 0 ? 'Known' : `On ${names.join(', ')} shortlist${names.length > 1 ? 's' : ''}`;
  return `${where} · ${STAGE_LABELS[candidate.stage]}`;
}

export type ScreeningStatus =
  | { kind: 'not-requested' }
  | { kind: 'queued' }
  | { kind: 'working' }
  | { kind: 'waiting'; text: string }
  | { kind: 'failed'; text: string }
  | { kind: 'screened' };

/**
 * Where one person's screening is: what the GitHub queue says while it
 * works on them, screened once their evidence is in, otherwise not asked.
 */
export function screeningStatus(analysis: QueuedAnalysis | undefined, hasEvidence: boolean): ScreeningStatus {
  switch (analysis?.state) {
    case 'queued':
      return { kind: 'queued' };
    case 'working':
      return { kind: 'working' };
    case 'waiting':
      return { kind: 'waiting', text: `Waiting for GitHub until ${time(analysis.notBefore)}.` };
    case 'failed':
      // Evidence from an earlier analysis still screens them.
      if (!hasEvidence) return { kind: 'failed', text: analysis.message ?? 'GitHub analysis failed.' };
  }
  return hasEvidence ? { kind: 'screened' } : { kind: 'not-requested' };
}

/** GitHub's own requests per screened person (README, DESIGN.md budgets): 2 core + 1 search without a token, 1 GraphQL with one. */
const CORE_PER_PERSON = 2;

/**
 * The budget in words, with how many more people it screens; without a
 * token, plainly that about 25 people an hour can be screened.
 */
export function budgetWords(budget: RateBudgetSnapshot | undefined, hasToken: boolean, now: number): { text: string; advice: string | null } {
  const window = hasToken ? budget?.graphql : budget?.core;
  const advice = hasToken
    ? null
    : 'Without a GitHub token, about 25 people an hour can be screened and reviews are not counted. A token (no scopes needed) screens thousands an hour.';
  if (!window || window.resetAt <= now) {
    return { text: hasToken ? 'With your GitHub token, each person costs one of 5,000 requests an hour.' : 'Each person costs 3 of the 60 requests GitHub allows an hour without a token.', advice };
  }
  const people = hasToken ? window.remaining : Math.floor(window.remaining / CORE_PER_PERSON);
  return {
    text: `GitHub requests left: ${window.remaining.toLocaleString('en')} of ${window.limit.toLocaleString('en')}, enough for about ${people.toLocaleString('en')} more ${people === 1 ? 'person' : 'people'}; resets at ${time(window.resetAt)}.`,
    advice,
  };
}

/** The contribution as linked parts: "12 merged pull requests" → the pull requests, and so on. */
export function contributionParts(c: RepositoryContribution): { parts: Array<{ text: string; url: string | null }>; last: string | null } {
  const parts: Array<{ text: string; url: string | null }> = [];
  const urlFor = (prefix: RegExp) => c.evidence.find((e) => prefix.test(e.text))?.url ?? null;
  const n = (count: number, one: string) => `${count.toLocaleString('en')} ${one}${count === 1 ? '' : 's'}`;
  if (c.mergedPullRequests) parts.push({ text: n(c.mergedPullRequests, 'merged pull request'), url: urlFor(/merged pull request/) });
  if (c.reviews) parts.push({ text: n(c.reviews, 'review'), url: urlFor(/^reviewed /) });
  if (c.commits) parts.push({ text: n(c.commits, 'commit'), url: urlFor(/ commits? to /) });
  return { parts, last: c.lastContributedAt ? `last on ${dayWords(c.lastContributedAt)}` : null };
}

export { contributionWords };
