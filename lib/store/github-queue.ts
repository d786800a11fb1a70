/**
 * The table `githubQueue`: GitHub analyses waiting to run, kept in IndexedDB because an extension's
 * service worker is stopped when idle: an analysis survives the stop, an analysis caught
 * mid-work is picked up again, and a wait for a rate-limit reset is a time
 * stored here that chrome.alarms wakes the worker for.
 */
import type { ScoutDatabase } from './db';
import type { QueuedAnalysis } from './records';

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
      updatedAt: now,
    });
  });
}

/**
 * Takes the next analysis that may run now and marks it working, in one
 * transaction so two wake-ups never take the same analysis.
 */
export async function takeNext(db: ScoutDatabase, now = Date.now()): Promise<QueuedAnalysis | undefined> {
  return db.transaction('rw', db.githubQueue, async () => {
    const due = await db.githubQueue
      .where('state')
      .anyOf(['queued', 'waiting'])
      .filter((analysis) => analysis.notBefore <= now)
      .sortBy('notBefore');
    const analysis = due[0];
    if (!analysis) return undefined;
    const taken = { ...analysis, state: 'working' as const, updatedAt: now };
    await db.githubQueue.put(taken);
    return taken;
  });
}

/** When the worker starts, analyses it was running when it was stopped go back in the queue. */
export async function requeueInterrupted(db: ScoutDatabase, now = Date.now()): Promise<number> {
  return db.githubQueue.where('state').equals('working').modify({ state: 'queued', notBefore: now, updatedAt: now });
}

/**
 * The analysis is done, unless a refresh was asked for while it ran without one:
 * then it goes straight back in the queue, so the refresh is not lost.
 */
export async function finish(db: ScoutDatabase, taken: QueuedAnalysis, now = Date.now()) {
  await db.transaction('rw', db.githubQueue, async () => {
    const current = await db.githubQueue.get(taken.login);
    if (current?.refresh && !taken.refresh) {
      await db.githubQueue.update(taken.login, { state: 'queued', notBefore: now, attempts: 0, message: null, updatedAt: now });
    } else {
      await db.githubQueue.update(taken.login, { state: 'done', message: null, refresh: false, attempts: 0, updatedAt: now });
    }
  });
}

export async function wait(db: ScoutDatabase, login: string, until: number, message: string, now = Date.now(), attempts?: number) {
  await db.githubQueue.update(login, { state: 'waiting', notBefore: until, message, updatedAt: now, ...(attempts !== undefined ? { attempts } : {}) });
}

export async function fail(db: ScoutDatabase, login: string, message: string, now = Date.now()) {
  await db.githubQueue.update(login, { state: 'failed', message, updatedAt: now });
}

/** The earliest time a waiting or queued analysis may run, for the alarm; undefined when none waits. */
export async function nextWake(db: ScoutDatabase): Promise<number | undefined> {
  const pending = await db.githubQueue.where('state').anyOf(['queued', 'waiting']).toArray();
  return pending.length ? Math.min(...pending.map((analysis) => analysis.notBefore)) : undefined;
}

/**
 * GitHub said the whole budget is spent: every queued analysis waits for the reset
 * too, instead of each spending a request to hear the same answer.
 */
export async function postponeQueued(db: ScoutDatabase, until: number, message: string, now = Date.now()) {
  await db.githubQueue.where('state').equals('queued').modify({ state: 'waiting', notBefore: until, message, updatedAt: now });
}
