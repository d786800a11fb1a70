/**
 * Runs the queue of GitHub analyses (lib/store/github-queue.ts) in the
 * background worker. The worker may be stopped at any moment: every step is
 * stored, a wait is a time in the queue plus an alarm, and a running analysis
 * holds a lease whose end the alarm is set for, so a worker stopped
 * mid-analysis is woken and the analysis taken over.
 *
 * It never hammers GitHub: every retry waits at least a floor (lib/github's
 * retryAt: a minute after a primary limit even when the reset is already past
 * by the local clock, GitHub's retry-after when given, back-off with jitter
 * otherwise), and an analysis is given up after MAX_ATTEMPTS tries.
 */
import { singleFlight } from './rerun';
import type { ScoutDatabase } from '../store/db';
import { analyseUser, GitHubError, retryAt, type GitHubClient, type GitHubFailure } from '../github';
import { GitHubUser } from '../profile/github-evidence';
import { primaryIdOf } from '../profile/identity';
import { fail, finish, holdsLease, nextWake, postponeQueued, requeueInterrupted, takeNext, wait } from '../store/github-queue';
import { Candidate, type QueuedAnalysis } from '../store/records';
import { createDexieCache } from '../store/github-cache';

/** Tries of one analysis before it is given up (rate-limit waits, failures to reach GitHub and takeovers all count). */
export const MAX_ATTEMPTS = 6;

export interface GitHubRunnerDeps {
  db: ScoutDatabase;
  /** A client built from the current settings and token. */
  client(): Promise<GitHubClient>;
  /** Sets (or clears, with undefined) the one alarm that wakes the worker for the queue. */
  scheduleWake(at: number | undefined): Promise<void>;
  /** The evidence of these logins changed: re-screen their candidates. */
  onEvidence(login: string): Promise<void>;
  /** GitHub said this login is an organisation: nobody's account. */
  onOrganisation?(login: string): Promise<void>;
  onBudget?(client: GitHubClient): Promise<void>;
  log(...args: unknown[]): void;
  now?: () => number;
}

export function createGitHubRunner(deps: GitHubRunnerDeps) {
  const now = deps.now ?? Date.now;
  /** Bumped by cancel(): a drain started before it stops taking analyses. */
  let generation = 0;

  /** What the account's own page told us, so the REST path can skip GET /users (never another person's page that merely names it). */
  async function knownUser(login: string) {
    const candidates = await deps.db.candidates.where('githubLogin').equals(login).toArray();
    const github = candidates
      .map((c) => Candidate.safeParse(c))
      .flatMap((parsed) => (parsed.success && parsed.data.profiles.github ? [parsed.data.profiles.github] : []))
      .find((profile) => primaryIdOf(profile) === `github:${login}`);
    // A profile made from the API (a sourced person nobody opened yet) is no page: GitHub is asked for the profile.
    if (!github || github.capture?.strategy['basics'] === 'github-api') return undefined;
    const basics = github.basics;
    const page = github.capture?.githubPage;
    // The login as the page shows it (GitHub keeps its case), and what the page counted.
    const shown = basics.profiles?.find((p) => p.network?.toLowerCase() === 'github')?.username;
    const parsed = GitHubUser.safeParse({
      login: shown && shown.toLowerCase() === login ? shown : login,
      ...(page?.id ? { id: page.id } : {}),
      ...(page?.followers !== undefined ? { followers: page.followers } : {}),
      name: basics.name ?? null,
      bio: basics.summary ?? null,
      blog: basics.url ?? null,
      location: basics.location?.city ?? basics.location?.address ?? null,
      company: github.work[0]?.name ?? null,
      url: `https://github.com/${shown ?? login}`,
    });
    return parsed.success ? { ...parsed.data, type: 'User' as const } : undefined;
  }

  async function handleFailure(job: QueuedAnalysis, failure: GitHubFailure) {
    const login = job.login;
    if (failure.kind === 'organisation') await deps.onOrganisation?.(login);
    const attempts = job.attempts + 1;
    const at = retryAt(failure, attempts, now());
    if (at === null) return fail(deps.db, job, failure.message, now(), attempts);
    if (attempts >= MAX_ATTEMPTS) {
      return fail(deps.db, job, `${failure.message} Gave up after ${attempts} tries: use “Refresh GitHub evidence” to try again.`, now(), attempts);
    }
    if (!(await wait(deps.db, job, at, failure.message, now(), attempts))) return;
    // A spent budget is spent for every job: they all wait for the reset
    // instead of each spending a request to hear the same answer.
    if (failure.kind === 'rate-limited' || failure.kind === 'secondary-rate-limit') {
      await postponeQueued(deps.db, at, failure.message, now());
    }
  }

  async function drain() {
    const mine = generation;
    let client: GitHubClient;
    try {
      client = await deps.client();
    } catch (error) {
      // Settings that cannot make a client: every due job says so instead of staying "queued".
      const message = `GitHub settings could not be used: ${error instanceof Error ? error.message : String(error)}`;
      for (let job = await takeNext(deps.db, now()); job; job = await takeNext(deps.db, now())) await fail(deps.db, job, message, now());
      return;
    }
    while (mine === generation) {
      const job = await takeNext(deps.db, now());
      if (!job) break;
      // Wake at the lease's end at the latest: if this worker is stopped now, the next one takes the analysis over.
      await deps.scheduleWake(await nextWake(deps.db));
      try {
        await analyseUser(client.octokit, job.login, {
          cache: createDexieCache(deps.db, job),
          refresh: job.refresh,
          knownUser: await knownUser(job.login),
          now,
        });
        // Cancelled (delete-all) or taken over meanwhile: nothing of it is written back.
        if (mine !== generation || !(await holdsLease(deps.db, job))) continue;
        // Re-screen before the job says "done", so whoever waits for it sees the new flags.
        await deps.onEvidence(job.login).catch((error: unknown) =>
          deps.log(`re-screening after ${job.login}'s analysis failed:`, error instanceof Error ? error.message : String(error)),
        );
        await finish(deps.db, job, now());
      } catch (error) {
        const failure: GitHubFailure =
          error instanceof GitHubError
            ? error.failure
            : { kind: 'unavailable', status: null, message: 'GitHub analysis failed unexpectedly.' };
        deps.log(`GitHub analysis of ${job.login}: ${failure.message}`);
        if (mine === generation) await handleFailure(job, failure);
      }
      await deps.onBudget?.(client);
    }
    await deps.scheduleWake(await nextWake(deps.db));
  }

  /** Runs every due analysis; a call during a run makes it look once more at its end (./rerun.ts). */
  const processQueue = singleFlight(drain, (error) => deps.log('GitHub queue stopped:', error instanceof Error ? error.message : String(error)));

  return {
    processQueue,
    /** At worker start and every alarm: analyses whose worker was stopped go back in the queue, then the queue runs. */
    async start(): Promise<void> {
      await requeueInterrupted(deps.db, now());
      await this.processQueue();
    },
    /**
     * Stops taking analyses ("Delete all data"), without waiting for GitHub:
     * the running drain takes no other analysis, and what its request in
     * flight brings back is dropped once the queue is cleared (its lease is
     * gone with it).
     */
    cancel(): void {
      generation++;
      processQueue.dropRerun();
    },
  };
}
