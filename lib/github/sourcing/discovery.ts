/**
 * Discovery: the people behind one repository, read page by page.
 *
 *   const discovery = startDiscovery(ref, { path: 'graphql', since });
 *   while (!isDone(discovery)) discovery = await discoveryStep(octokit, discovery);
 *   rankDiscovery(discovery, now)  →  ranked people with their contributions
 *
 * Each step is one request and returns a new state, so a caller can store
 * it between steps (the extension), print progress ("Read 300 of 412 merged
 * pull requests"), or stop when GitHub's budget runs out and keep everyone
 * found so far (`discoverRepository`).
 */
import type { RepositoryContribution } from '../../profile/github-evidence';
import type { GitHubOctokit } from '../client';
import { GitHubError, toFailure, type GitHubFailure } from '../errors';
import { graphqlStep } from './graphql';
import { contributionOf, dayWords, rankTallies, type RankedPerson } from './rank';
import type { RepositoryRef } from './ref';
import { restStep } from './rest';
import { Discovery, isDone, peopleFound } from './state';
import { missingRepository, noAccess } from './people';

/** The default window: the last 24 months (DESIGN.md). */
export const DEFAULT_WINDOW_MONTHS = 24;

/** Said of every ranking made without a token. */
export const REVIEWS_NOT_READ =
  'Reviews were not counted: without a GitHub token, reading them would cost one request per pull request. Add a token to count them.';

export function defaultSince(now: Date): string {
  const since = new Date(now);
  since.setUTCMonth(since.getUTCMonth() - DEFAULT_WINDOW_MONTHS);
  since.setUTCHours(0, 0, 0, 0);
  return since.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function startDiscovery(ref: RepositoryRef, options: { path: 'graphql' | 'rest'; since: string }): Discovery {
  return Discovery.parse({
    repository: { owner: ref.owner, name: ref.name, fullName: ref.fullName },
    path: options.path,
    // GitHub's own form (no milliseconds), so it compares with the dates GitHub sends.
    since: new Date(options.since).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    next: options.path === 'graphql' ? 'graphql' : 'rest-repository',
  });
}

async function tokenOf(octokit: GitHubOctokit): Promise<string | undefined> {
  const auth = (await octokit.auth()) as { type?: string; token?: string };
  return auth.type === 'token' && auth.token ? auth.token : undefined;
}

/** A failure in the recruiter's words about this repository (a 404 is a missing repository, not a missing user). */
export function discoveryFailure(error: unknown, discovery: Discovery, context: { apiUrl: string; token?: string | undefined }): GitHubFailure {
  const fullName = discovery.facts?.fullName ?? discovery.repository.fullName;
  const hasToken = context.token !== undefined;
  const failure = toFailure(error, { login: fullName, apiUrl: context.apiUrl, hasToken, ...(context.token ? { token: context.token } : {}) });
  if (failure.kind === 'not-found') return missingRepository(fullName, hasToken);
  if (failure.kind === 'unavailable' && failure.status === 403 && hasToken) return noAccess(fullName, failure.message);
  if (failure.kind === 'unavailable' && failure.status === 451) {
    return { ...failure, message: `GitHub blocks ${fullName} for legal reasons (451): nobody can be read from it.` };
  }
  return failure;
}

/** One request further. Throws a GitHubError whose failure names the repository. */
export async function discoveryStep(octokit: GitHubOctokit, discovery: Discovery): Promise<Discovery> {
  if (isDone(discovery)) return discovery;
  const token = await tokenOf(octokit);
  try {
    const next = discovery.path === 'graphql' ? await graphqlStep(octokit, discovery, token !== undefined) : await restStep(octokit, discovery);
    return withNotes(next);
  } catch (error) {
    if (error instanceof GitHubError) throw error;
    throw new GitHubError(discoveryFailure(error, discovery, { apiUrl: String(octokit.request.endpoint.DEFAULTS.baseUrl), token }));
  }
}

/** The notes a recruiter should read about the repository itself, once it is known. */
function withNotes(discovery: Discovery): Discovery {
  const facts = discovery.facts;
  if (!facts) return discovery;
  const notes: string[] = [];
  if (facts.isEmpty) notes.push(`${facts.fullName} is empty: it has no commits or pull requests, so nobody can be found behind it yet.`);
  if (facts.isArchived) {
    const since = facts.archivedAt ? ` since ${dayWords(facts.archivedAt)}` : '';
    notes.push(`${facts.fullName} is archived (read-only${since}): these are the people who worked on it before; they may have moved on.`);
  }
  if (isDone(discovery) && !facts.isEmpty && peopleFound(discovery) === 0) {
    notes.push(`Nobody contributed to ${facts.fullName} since ${dayWords(discovery.since)}: try an earlier start date.`);
  }
  return { ...discovery, notes };
}

export interface DiscoveryRun {
  discovery: Discovery;
  /** Why discovery stopped early; everyone found until then is in `discovery`. */
  failure: GitHubFailure | null;
}

/** Runs discovery to its end, or until GitHub refuses; never throws a GitHub failure. */
export async function discoverRepository(
  octokit: GitHubOctokit,
  ref: RepositoryRef,
  options: { since: string; path?: 'graphql' | 'rest'; onProgress?: (discovery: Discovery) => void },
): Promise<DiscoveryRun> {
  const path = options.path ?? ((await tokenOf(octokit)) ? 'graphql' : 'rest');
  let discovery = startDiscovery(ref, { path, since: options.since });
  while (!isDone(discovery)) {
    try {
      discovery = await discoveryStep(octokit, discovery);
    } catch (error) {
      if (error instanceof GitHubError) return { discovery, failure: error.failure };
      throw error;
    }
    options.onProgress?.(discovery);
  }
  return { discovery, failure: null };
}

/** "Read 300 of 412 merged pull requests" as it goes; a summary once done. */
export function discoveryProgress(discovery: Discovery): string {
  const name = discovery.facts?.fullName ?? discovery.repository.fullName;
  const read = discovery.pullRequestsRead.toLocaleString('en');
  const total = discovery.pullRequestsTotal;
  const people = peopleFound(discovery);
  const found = `${people.toLocaleString('en')} ${people === 1 ? 'person' : 'people'} found`;
  if (isDone(discovery)) {
    const since = dayWords(discovery.since);
    const prs = discovery.pullRequestsInWindow.toLocaleString('en');
    const commits = discovery.commitsRead.toLocaleString('en');
    return `Read ${prs} merged pull request${discovery.pullRequestsInWindow === 1 ? '' : 's'} and ${commits} commit${discovery.commitsRead === 1 ? '' : 's'} of ${name} since ${since}: ${found}.`;
  }
  if (!discovery.facts) return `Looking up ${name}…`;
  if (total === null) return `Reading the commits of ${name}…`;
  const what = discovery.path === 'rest' ? `merged pull requests since ${dayWords(discovery.since)}` : 'merged pull requests';
  return `Read ${read} of ${total.toLocaleString('en')} ${what}: ${found} so far.`;
}

/** Share of discovery done, 0 to 1, for a progress bar; null when not known yet. */
export function discoveryFraction(discovery: Discovery): number | null {
  if (isDone(discovery)) return 1;
  const total = discovery.pullRequestsTotal;
  if (!total) return null;
  return Math.min(1, discovery.pullRequestsRead / total);
}

export interface RankedContributor extends RankedPerson {
  contribution: RepositoryContribution;
}

/** The ranking at `now`, each person with their contribution in the shape the candidate keeps. */
export function rankDiscovery(discovery: Discovery, now: number): RankedContributor[] {
  const facts = discovery.facts;
  const target = {
    fullName: facts?.fullName ?? discovery.repository.fullName,
    url: facts?.url ?? `https://github.com/${discovery.repository.fullName}`,
    backend: facts?.backend ?? { value: false, reasons: [] },
  };
  const tallies = discovery.tallies;
  return rankTallies(Object.values(tallies), { now, reviewsRead: discovery.path === 'graphql' }).map((person) => ({
    ...person,
    contribution: contributionOf(person, tallies[person.login.toLowerCase()]!, target, discovery.since),
  }));
}

/** What the ranking leaves out, in plain words (the CLI prints these; the side panel shows them). */
export function discoveryLimits(discovery: Discovery): string[] {
  return [...discovery.limits, ...(discovery.path === 'rest' ? [REVIEWS_NOT_READ] : [])];
}
