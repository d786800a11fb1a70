/**
 * Runs the queue of GitHub analyses (lib/jobs.ts) in the background worker.
 * The worker may be stopped at any moment: every step is stored, a rate-limit
 * wait is a time in the queue plus an alarm, and a job caught mid-work is
 * queued again when the worker starts.
 */
import type { ScoutDatabase } from '../store/db';
import { analyseUser, GitHubError, retryAt, type GitHubClient, type GitHubFailure } from '../github';
import { GitHubUser } from '../profile/github-evidence';
import { fail, finish, nextWake, postponeQueued, requeueInterrupted, takeNext, wait } from '../store/github-queue';
import { type QueuedAnalysis } from '../store/records';
import { createDexieCache } from '../store/github-cache';

/** A GitHub that cannot be reached is tried again with back-off (lib/github's retryAt), this many times. */
const MAX_ATTEMPTS = 6;

export interface GitHubRunnerDeps {
  db: ScoutDatabase;
  /** A client built from the current settings and token. */
  client(): Promise<GitHubClient>;
  /** Sets (or clears, with undefined) the one alarm that wakes the worker for the queue. */
  scheduleWake(at: number | undefined): Promise<void>;
  /** The evidence of these logins changed: re-screen their candidates. */
  onEvidence(login: string): Promise<void>;
  onBudget?(client: GitHubClient): Promise<void>;
  log(...args: unknown[]): void;
  now?: () => number;
}

export function createGitHubRunner(deps: GitHubRunnerDeps) {
  const now = deps.now ?? Date.now;
  const cache = createDexieCache(deps.db);

  /** What the page already told us about this account, so the REST path can skip GET /users. */
  async function knownUser(login: string) {
    const candidate = await deps.db.candidates.where('githubLogin').equals(login).first();
    const github = candidate?.profiles.github;
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
    // Only failing to reach GitHub counts towards giving up; waiting for a reset does not.
    const attempts = failure.kind === 'unavailable' ? job.attempts + 1 : job.attempts;
    const at = retryAt(failure, attempts, now());
    if (at === null || attempts >= MAX_ATTEMPTS) return fail(deps.db, login, failure.message, now());
    await wait(deps.db, login, at, failure.message, now(), attempts);
    // A spent budget is spent for every job: they all wait for the reset
    // instead of each spending a request to hear the same answer.
    if (failure.kind === 'rate-limited' || failure.kind === 'secondary-rate-limit') {
      await postponeQueued(deps.db, at, failure.message, now());
    }
  }

  async function drain() {
    let client: GitHubClient;
    try {
      client = await deps.client();
    } catch (error) {
      // Settings that cannot make a client: every due job says so instead of staying "queued".
      const message = `GitHub settings could not be used: ${error instanceof Error ? error.message : String(error)}`;
      for (let job = await takeNext(deps.db, now()); job; job = await takeNext(deps.db, now())) await fail(deps.db, job.login, message, now());
      return;
    }
    for (let job = await takeNext(deps.db, now()); job; job = await takeNext(deps.db, now())) {
      try {
        await analyseUser(client.octokit, job.login, {
          cache,
          refresh: job.refresh,
          knownUser: await knownUser(job.login),
          now,
        });
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
        await handleFailure(job, failure);
      }
      await deps.onBudget?.(client);
    }
    await deps.scheduleWake(await nextWake(deps.db));
  }

  let running: Promise<void> | null = null;
  let again = false;

  return {
    /**
     * Runs every due job. A call while a run is under way asks that run to
     * look once more when it ends, so a job queued at its very end is not
     * left waiting for the next capture.
     */
    processQueue(): Promise<void> {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          await drain();
        } while (again);
      })()
        .catch((error: unknown) => deps.log('GitHub queue stopped:', error instanceof Error ? error.message : String(error)))
        .finally(() => {
          running = null;
        });
      return running;
    },
    /** At worker start: jobs interrupted by a stop go back in the queue, then the queue runs. */
    async start(): Promise<void> {
      await requeueInterrupted(deps.db, now());
      await this.processQueue();
    },
  };
}
