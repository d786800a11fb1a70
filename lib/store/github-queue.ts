/**
 * The table `githubQueue`: GitHub analyses waiting to run, kept in IndexedDB because an extension's
 * service worker is stopped when idle: an analysis survives the stop, an analysis caught
 * mid-work is picked up again, and a wait for a rate-limit reset is a time
 * stored here that chrome.alarms wakes the worker for.
 *
 * A running analysis holds a lease: a token and a time until which it is
 * its runner's. The runner's alarm is set for the lease's end, so a worker
 * stopped mid-analysis is woken and the next run takes the analysis over.
 * Every write about a running analysis names its lease and is dropped when
 * the lease is no longer there (the analysis was taken over, or deleted with
 * everything else).
 */
import type { ScoutDatabase } from './db';
import type { QueuedAnalysis } from './records';

/** How long a run may hold an analysis before another wake-up takes it over (an analysis takes seconds; a secondary-limit pause up to a minute). */
export const LEASE_MS = 3 * 60_000;

/** Queues an analysis unless one is already queued or under way; a refresh upgrades a queued one. */
export async function enqueue(db: ScoutDatabase, login: string, options: { refresh?: boolean; now?: number } = {}) {
  const now = options.now ?? Date.now();
  const key = login.toLowerCase();
  await db.transaction('rw', db.githubQueue, async () => {
    const existing = await db.githubQueue.get(key);
    if (existing && (existing.state === 'queued' || existing.state === 'working' || existing.state === 'waiting')) {
      if (options.refresh && !existing.refresh) await db.githubQueue.update(key, { refresh: true });
      return;
    }
    await db.githubQueue.put({
      login: key,
      state: 'queued',
      notBefore: now,
      refresh: options.refresh ?? false,
      attempts: 0,
      message: null,
      lease: null,
      leaseUntil: null,
      updatedAt: now,
    });
  });
}

/** A working analysis whose runner is gone: no lease, or a lease past its end. */
export const leaseExpired = (analysis: Pick<QueuedAnalysis, 'state' | 'leaseUntil'>, now: number) =>
  analysis.state === 'working' && (analysis.leaseUntil === null || analysis.leaseUntil <= now);

/**
 * Takes the next analysis that may run now and leases it, in one
 * transaction so two wake-ups never take the same analysis. An analysis
 * whose lease ran out (its worker was stopped) is taken over, and that
 * counts as an attempt, so one that stops every worker is given up on.
 */
export async function takeNext(db: ScoutDatabase, now = Date.now(), leaseMs = LEASE_MS): Promise<QueuedAnalysis | undefined> {
  return db.transaction('rw', db.githubQueue, async () => {
    const due = await db.githubQueue
      .where('state')
      .anyOf(['queued', 'waiting', 'working'])
      .filter((analysis) => (analysis.state === 'working' ? leaseExpired(analysis, now) : analysis.notBefore <= now))
      .sortBy('notBefore');
    const analysis = due[0];
    if (!analysis) return undefined;
    const taken: QueuedAnalysis = {
      ...analysis,
      state: 'working',
      attempts: analysis.state === 'working' ? (analysis.attempts ?? 0) + 1 : (analysis.attempts ?? 0),
      lease: crypto.randomUUID(),
      leaseUntil: now + leaseMs,
      updatedAt: now,
    };
    await db.githubQueue.put(taken);
    return taken;
  });
}

/** True while this run still holds the analysis (it was not taken over, cancelled or deleted). */
export async function holdsLease(db: ScoutDatabase, taken: Pick<QueuedAnalysis, 'login' | 'lease'>): Promise<boolean> {
  const current = await db.githubQueue.get(taken.login);
  return !!current && current.state === 'working' && current.lease === taken.lease;
}

/** When the worker starts, analyses whose runner is gone go back in the queue (a live run's lease is left alone). */
export async function requeueInterrupted(db: ScoutDatabase, now = Date.now()): Promise<number> {
  return db.githubQueue
    .where('state')
    .equals('working')
    .filter((analysis) => leaseExpired(analysis, now))
    .modify({ state: 'queued', notBefore: now, lease: null, leaseUntil: null, updatedAt: now });
}

/** Applies a change to an analysis only while `taken` still holds its lease; false when it was dropped. */
async function whileLeased(db: ScoutDatabase, taken: Pick<QueuedAnalysis, 'login' | 'lease'>, change: (current: QueuedAnalysis) => Partial<QueuedAnalysis>) {
  return db.transaction('rw', db.githubQueue, async () => {
    const current = await db.githubQueue.get(taken.login);
    if (!current || current.state !== 'working' || current.lease !== taken.lease) return false;
    await db.githubQueue.update(taken.login, { ...change(current), lease: null, leaseUntil: null });
    return true;
  });
}

/**
 * The analysis is done, unless a refresh was asked for while it ran without one:
 * then it goes straight back in the queue, so the refresh is not lost.
 */
export async function finish(db: ScoutDatabase, taken: QueuedAnalysis, now = Date.now()): Promise<boolean> {
  return whileLeased(db, taken, (current) =>
    current.refresh && !taken.refresh
      ? { state: 'queued', notBefore: now, attempts: 0, message: null, updatedAt: now }
      : { state: 'done', message: null, refresh: false, attempts: 0, updatedAt: now },
  );
}

export async function wait(db: ScoutDatabase, taken: QueuedAnalysis, until: number, message: string, now = Date.now(), attempts?: number): Promise<boolean> {
  return whileLeased(db, taken, () => ({ state: 'waiting', notBefore: until, message, updatedAt: now, ...(attempts !== undefined ? { attempts } : {}) }));
}

export async function fail(db: ScoutDatabase, taken: QueuedAnalysis, message: string, now = Date.now(), attempts?: number): Promise<boolean> {
  return whileLeased(db, taken, () => ({ state: 'failed', message, updatedAt: now, ...(attempts !== undefined ? { attempts } : {}) }));
}

/**
 * The earliest time the worker must wake for the queue, for the alarm: a
 * waiting or queued analysis's time, or a running one's lease end (so a
 * worker stopped mid-analysis is woken to take it over); undefined when none.
 */
export async function nextWake(db: ScoutDatabase): Promise<number | undefined> {
  const pending = await db.githubQueue.where('state').anyOf(['queued', 'waiting', 'working']).toArray();
  const times = pending.map((analysis) => (analysis.state === 'working' ? (analysis.leaseUntil ?? 0) : analysis.notBefore));
  return times.length ? Math.min(...times) : undefined;
}

/**
 * GitHub said the whole budget is spent: every queued analysis waits for the reset
 * too, instead of each spending a request to hear the same answer.
 */
export async function postponeQueued(db: ScoutDatabase, until: number, message: string, now = Date.now()) {
  await db.githubQueue.where('state').equals('queued').modify({ state: 'waiting', notBefore: until, message, updatedAt: now });
}
