/**
 * Sourcing in the background worker: discovery as durable work, and what
 * the pages ask of it (find the people behind a repository, search GitHub's
 * people, screen some of them through the GitHub queue, put some on a
 * shortlist).
 *
 * The worker may be stopped at any moment: discovery's state is stored after
 * every page, a run caught mid-page is queued again when the worker starts,
 * and a spent budget is a time in the `sourcing` table plus an alarm.
 */
import { singleFlight } from './rerun';
import { GitHubError, retryAt, type GitHubClient, type GitHubFailure } from '../github';
import { profileFromGitHubUser, unreadGitHubUser } from '../github/github-profile';
import {
  defaultSince,
  discoveryStep,
  isDone,
  parseRepositoryRef,
  rankDiscovery,
  searchPeople,
  startDiscovery,
} from '../github/sourcing';
import type { RepositoryContribution } from '../profile/github-evidence';
import { addToShortlist, upsertCandidate } from '../store/candidates';
import type { ScoutDatabase } from '../store/db';
import { cachedEvidence } from '../store/github-cache';
import type { Candidate, SourcingRun } from '../store/records';
import { readRoles } from '../store/roles';
import {
  attachContributions,
  failRun,
  finishRun,
  knownCandidates,
  nextRunWake,
  readRun,
  removeRun,
  repositoryRunId,
  requestScreening,
  requeueInterruptedRuns,
  saveDiscovery,
  saveSearch,
  searchRunId,
  startRun,
  takeNextRun,
  waitRun,
} from '../store/sourcing';
import type { Reply, SourcingMessage } from './messages';

/** A GitHub that cannot be reached is tried again with back-off, this many times, before the run says it failed. */
const MAX_ATTEMPTS = 6;

export interface SourcingDeps {
  db: ScoutDatabase;
  /** A client built from the current settings and token. */
  client(): Promise<GitHubClient>;
  /** Sets (or clears, with undefined) the one alarm that wakes the worker for sourcing. */
  scheduleWake(at: number | undefined): Promise<void>;
  /** Re-screens these candidates and stores their summaries. */
  rescreen(candidates: readonly Candidate[]): Promise<unknown>;
  /** Queues GitHub analyses and runs the queue (the existing GitHub queue). */
  analyse(logins: readonly string[]): Promise<void>;
  /** GitHub's budget after a request, for the pages. */
  onBudget?(client: GitHubClient): Promise<void>;
  log(...args: unknown[]): void;
  now(): Date;
}

/** The contribution of each person a finished repository list ranks, by lower-cased login. */
function contributionsOf(run: SourcingRun, now: number): Map<string, { login: string; contribution: RepositoryContribution }> {
  const out = new Map<string, { login: string; contribution: RepositoryContribution }>();
  if (!run.discovery) return out;
  for (const person of rankDiscovery(run.discovery, now)) out.set(person.login.toLowerCase(), { login: person.login, contribution: person.contribution });
  return out;
}

/**
 * After an analysis: a candidate whose GitHub profile was made from the API
 * (sourced and shortlisted before anyone opened their page) gets the profile
 * the analysis read (name, bio, company, location). A profile read from the
 * page is never replaced by this.
 */
export async function refreshSourcedProfiles(db: ScoutDatabase, login: string): Promise<void> {
  const evidence = await cachedEvidence(db, login);
  const user = evidence?.user;
  if (!evidence || !user) return;
  const profile = profileFromGitHubUser(user, new Date(evidence.fetchedAt));
  await db.candidates
    .where('githubLogin')
    .equals(login)
    .modify((candidate) => {
      if (candidate.profiles.github?.capture?.strategy['basics'] === 'github-api') candidate.profiles.github = profile;
    });
}

export function createSourcing(deps: SourcingDeps) {
  const now = () => deps.now().getTime();

  async function handleFailure(run: SourcingRun, failure: GitHubFailure) {
    const attempts = failure.kind === 'unavailable' ? run.attempts + 1 : run.attempts;
    const at = retryAt(failure, attempts, now());
    const found = run.discovery ? Object.keys(run.discovery.tallies).length : 0;
    const kept = found > 0 ? ` The ${found} ${found === 1 ? 'person' : 'people'} found so far are kept.` : '';
    if (at === null || attempts >= MAX_ATTEMPTS) return failRun(deps.db, run.id, `${failure.message}${kept}`, now());
    await waitRun(deps.db, run.id, at, `${failure.message}${kept}`, attempts, now());
  }

  /** When discovery ends: the contribution joins every person who is already a candidate, and they are re-screened. */
  async function finished(run: SourcingRun) {
    await finishRun(deps.db, run.id, now());
    const contributions = [...contributionsOf(run, now()).values()];
    const changed = await attachContributions(deps.db, contributions, deps.now());
    if (changed.length) await deps.rescreen(changed);
  }

  async function runOne(client: GitHubClient, taken: SourcingRun) {
    let run = taken;
    try {
      if (run.kind === 'search') {
        const result = await searchPeople(client.octokit, run.subject);
        await saveSearch(deps.db, run.id, result, now());
        await finishRun(deps.db, run.id, now());
        return;
      }
      if (!run.discovery) {
        const parsed = parseRepositoryRef(run.subject);
        if (!parsed.ok) return failRun(deps.db, run.id, parsed.message, now());
        run = { ...run, discovery: startDiscovery(parsed.ref, { path: client.authenticated ? 'graphql' : 'rest', since: run.since ?? defaultSince(deps.now()) }) };
      } else if (run.discovery.path === 'graphql' && !client.authenticated) {
        // The token was removed mid-way: GraphQL cannot go on without one, and the paths count differently.
        return failRun(deps.db, run.id, 'The GitHub token was removed while this list was being read: find the people again to read it without one.', now());
      }
      while (run.discovery && !isDone(run.discovery)) {
        // Stopped by the recruiter (the list was removed) between two pages: stop reading.
        if (!(await readRun(deps.db, run.id))) return;
        const discovery = await discoveryStep(client.octokit, run.discovery);
        run = { ...run, discovery };
        await saveDiscovery(deps.db, run.id, discovery, now());
        await deps.onBudget?.(client);
      }
      await finished(run);
    } catch (error) {
      const failure: GitHubFailure =
        error instanceof GitHubError ? error.failure : { kind: 'unavailable', status: null, message: 'Reading GitHub failed unexpectedly.' };
      deps.log(`sourcing ${run.subject}: ${failure.message}`);
      await deps.onBudget?.(client);
      await handleFailure(run, failure);
    }
  }

  async function drain() {
    let client: GitHubClient;
    try {
      client = await deps.client();
    } catch (error) {
      const message = `GitHub settings could not be used: ${error instanceof Error ? error.message : String(error)}`;
      for (let run = await takeNextRun(deps.db, now()); run; run = await takeNextRun(deps.db, now())) await failRun(deps.db, run.id, message, now());
      return;
    }
    for (let run = await takeNextRun(deps.db, now()); run; run = await takeNextRun(deps.db, now())) await runOne(client, run);
    await deps.scheduleWake(await nextRunWake(deps.db));
  }

  const processRuns = singleFlight(drain, (error) => deps.log('sourcing stopped:', error instanceof Error ? error.message : String(error)));

  /** Screening: each person through the GitHub queue, in the order asked (rank order). */
  async function screen(runId: string, logins: readonly string[]): Promise<Reply<number>> {
    const run = await readRun(deps.db, runId);
    if (!run) return { ok: false, error: 'This list is gone: find the people again.' };
    await requestScreening(deps.db, runId, logins, now());
    // Known candidates get the contribution at once, so their flags include it when the analysis lands.
    const contributions = contributionsOf(run, now());
    await attachContributions(deps.db, logins.flatMap((l) => contributions.get(l.toLowerCase()) ?? []), deps.now());
    await deps.analyse(logins);
    return { ok: true, value: logins.length };
  }

  /** Puts people on a role's shortlist: known candidates are added (never duplicated), new ones created from what GitHub said. */
  async function shortlist(runId: string, logins: readonly string[], roleId: string): Promise<Reply<number>> {
    const run = await readRun(deps.db, runId);
    if (!run) return { ok: false, error: 'This list is gone: find the people again.' };
    if (!(await readRoles(deps.db)).some((role) => role.id === roleId)) return { ok: false, error: 'That role no longer exists: choose another shortlist.' };
    const contributions = contributionsOf(run, now());
    const known = await knownCandidates(deps.db, logins);
    const touched: string[] = [];
    const fresh: string[] = [];
    for (const login of logins) {
      const existing = known.get(login.toLowerCase());
      if (existing) {
        touched.push(existing.id);
        continue;
      }
      const evidence = await cachedEvidence(deps.db, login.toLowerCase());
      const user = evidence?.user ?? unreadGitHubUser(login, run.search?.people.find((p) => p.login.toLowerCase() === login.toLowerCase())?.url);
      const stored = await upsertCandidate(deps.db, profileFromGitHubUser(user, evidence ? new Date(evidence.fetchedAt) : deps.now()), deps.now());
      touched.push(stored.id);
      if (!evidence) fresh.push(login);
    }
    await addToShortlist(deps.db, touched, roleId);
    await attachContributions(deps.db, logins.flatMap((l) => contributions.get(l.toLowerCase()) ?? []), deps.now());
    const candidates = (await deps.db.candidates.bulkGet(touched)).filter((c): c is Candidate => c !== undefined);
    await deps.rescreen(candidates);
    // Those never analysed are, so their flags come.
    if (fresh.length) await deps.analyse(fresh);
    return { ok: true, value: touched.length };
  }

  return {
    /** Worker start and every sourcing alarm. */
    async resume() {
      await requeueInterruptedRuns(deps.db, now());
      await processRuns();
    },
    process: processRuns,
    async handle(message: SourcingMessage): Promise<Reply<number>> {
      switch (message.type) {
        case 'source-repository': {
          const parsed = parseRepositoryRef(message.repository);
          if (!parsed.ok) return { ok: false, error: parsed.message };
          await startRun(deps.db, { id: repositoryRunId(parsed.ref), kind: 'repository', subject: parsed.ref.fullName, since: message.since ?? null }, now());
          void processRuns();
          return { ok: true, value: 1 };
        }
        case 'search-people': {
          const query = message.query.trim();
          if (!query) return { ok: false, error: 'The people search is empty: say who to look for, as in "language:go location:berlin followers:>20".' };
          await startRun(deps.db, { id: searchRunId(query), kind: 'search', subject: query, since: null }, now());
          void processRuns();
          return { ok: true, value: 1 };
        }
        case 'screen-people':
          return screen(message.runId, message.logins);
        case 'shortlist-people':
          return shortlist(message.runId, message.logins, message.roleId);
        case 'remove-sourcing':
          await removeRun(deps.db, message.runId);
          return { ok: true, value: 1 };
      }
    },
  };
}
