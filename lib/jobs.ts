/**
 * The queue of GitHub analyses, kept in IndexedDB because an extension's
 * service worker is stopped when idle: a job survives the stop, a job caught
 * mid-work is picked up again, and a wait for a rate-limit reset is a time
 * stored here that chrome.alarms wakes the worker for.
 */
import { z } from 'zod';
import type { ScoutDatabase } from './db';

export const JobState = z.enum(['queued', 'working', 'waiting', 'done', 'failed']);
export type JobState = z.infer<typeof JobState>;

export const AnalysisJob = z.object({
  /** Lower-cased GitHub login: one job per account. */
  login: z.string(),
  state: JobState,
  /** Epoch ms before which the job must not run (a rate-limit reset, a back-off). */
  notBefore: z.number(),
  /** Ignore the cache's time to live (the recruiter asked for a refresh). */
  refresh: z.boolean().default(false),
  /** Failures to reach GitHub in a row (rate-limit waits are not failures). */
  attempts: z.number().int().nonnegative().default(0),
  /** A sentence for the recruiter when the job waits or failed. */
  message: z.string().nullable().default(null),
  updatedAt: z.number(),
});
export type AnalysisJob = z.infer<typeof AnalysisJob>;

/** Queues an analysis unless one is already queued or under way; a refresh upgrades a queued one. */
export async function enqueue(db: ScoutDatabase, login: string, options: { refresh?: boolean; now?: number } = {}) {
  const now = options.now ?? Date.now();
  const key = login.toLowerCase();
  await db.transaction('rw', db.jobs, async () => {
    const existing = await db.jobs.get(key);
    if (existing && (existing.state === 'queued' || existing.state === 'working' || existing.state === 'waiting')) {
      if (options.refresh && !existing.refresh) await db.jobs.update(key, { refresh: true });
      return;
    }
    await db.jobs.put({
      login: key,
      state: 'queued',
      notBefore: now,
      refresh: options.refresh ?? false,
      attempts: 0,
      message: null,
      updatedAt: now,
    });
  });
}

/**
 * Takes the next job that may run now and marks it working, in one
 * transaction so two wake-ups never take the same job.
 */
export async function takeNext(db: ScoutDatabase, now = Date.now()): Promise<AnalysisJob | undefined> {
  return db.transaction('rw', db.jobs, async () => {
    const due = await db.jobs
      .where('state')
      .anyOf(['queued', 'waiting'])
      .filter((job) => job.notBefore <= now)
      .sortBy('notBefore');
    const job = due[0];
    if (!job) return undefined;
    const taken = { ...job, state: 'working' as const, updatedAt: now };
    await db.jobs.put(taken);
    return taken;
  });
}

/** When the worker starts, jobs it was running when it was stopped go back in the queue. */
export async function requeueInterrupted(db: ScoutDatabase, now = Date.now()): Promise<number> {
  return db.jobs.where('state').equals('working').modify({ state: 'queued', notBefore: now, updatedAt: now });
}

/**
 * The job is done, unless a refresh was asked for while it ran without one:
 * then it goes straight back in the queue, so the refresh is not lost.
 */
export async function finish(db: ScoutDatabase, taken: AnalysisJob, now = Date.now()) {
  await db.transaction('rw', db.jobs, async () => {
    const current = await db.jobs.get(taken.login);
    if (current?.refresh && !taken.refresh) {
      await db.jobs.update(taken.login, { state: 'queued', notBefore: now, attempts: 0, message: null, updatedAt: now });
    } else {
      await db.jobs.update(taken.login, { state: 'done', message: null, refresh: false, attempts: 0, updatedAt: now });
    }
  });
}

export async function wait(db: ScoutDatabase, login: string, until: number, message: string, now = Date.now(), attempts?: number) {
  await db.jobs.update(login, { state: 'waiting', notBefore: until, message, updatedAt: now, ...(attempts !== undefined ? { attempts } : {}) });
}

export async function fail(db: ScoutDatabase, login: string, message: string, now = Date.now()) {
  await db.jobs.update(login, { state: 'failed', message, updatedAt: now });
}

/** The earliest time a waiting or queued job may run, for the alarm; undefined when none waits. */
export async function nextWake(db: ScoutDatabase): Promise<number | undefined> {
  const pending = await db.jobs.where('state').anyOf(['queued', 'waiting']).toArray();
  return pending.length ? Math.min(...pending.map((job) => job.notBefore)) : undefined;
}

/**
 * GitHub said the whole budget is spent: every queued job waits for the reset
 * too, instead of each spending a request to hear the same answer.
 */
export async function postponeQueued(db: ScoutDatabase, until: number, message: string, now = Date.now()) {
  await db.jobs.where('state').equals('queued').modify({ state: 'waiting', notBefore: until, message, updatedAt: now });
}
