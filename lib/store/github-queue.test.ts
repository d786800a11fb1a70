import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ScoutDatabase } from './db';
import { enqueue, fail, finish, holdsLease, LEASE_MS, nextWake, requeueInterrupted, takeNext, wait } from './github-queue';

describe('the GitHub analysis queue', () => {
  let db: ScoutDatabase;
  beforeEach(() => {
    db = new ScoutDatabase(`jobs-${Math.random()}`);
  });
  afterEach(() => db.delete());

  test('one job per login, taken once, oldest first', async () => {
    await enqueue(db, 'Ada-Dev', { now: 2 });
    await enqueue(db, 'ada-dev', { now: 3 });
    await enqueue(db, 'brook', { now: 1 });
    expect(await db.githubQueue.count()).toBe(2);
    expect((await takeNext(db, 10))?.login).toBe('brook');
    expect((await takeNext(db, 10))?.login).toBe('ada-dev');
    expect(await takeNext(db, 10)).toBeUndefined();
  });

  test('a job waiting for a rate-limit reset does not run before it, and the alarm is set for it', async () => {
    await enqueue(db, 'ada-dev', { now: 0 });
    const job = await takeNext(db, 0);
    await wait(db, job!, 60_000, 'GitHub rate limit reached; resumes at 10:01', 0);
    expect(await takeNext(db, 59_999)).toBeUndefined();
    expect(await nextWake(db)).toBe(60_000);
    // The queue counts no tries by itself: the runner says how many were made.
    expect((await takeNext(db, 60_000))?.attempts).toBe(0);
  });

  test('a running job holds a lease: nobody else takes it until the lease ends, and the alarm is set for its end', async () => {
    await enqueue(db, 'ada-dev', { now: 0 });
    const taken = (await takeNext(db, 0))!;
    expect(taken).toMatchObject({ state: 'working', leaseUntil: LEASE_MS });
    expect(await takeNext(db, 1)).toBeUndefined();
    expect(await requeueInterrupted(db, 1)).toBe(0);
    expect(await nextWake(db)).toBe(LEASE_MS);
  });

  test('a worker stopped mid-work: its job is taken over when its lease ends, and its late writes are dropped', async () => {
    await enqueue(db, 'ada-dev', { now: 0 });
    const stopped = (await takeNext(db, 0))!;
    const takeover = (await takeNext(db, LEASE_MS))!;
    expect(takeover.login).toBe('ada-dev');
    // A takeover is a try: a job that stops every worker is given up on.
    expect(takeover.attempts).toBe(1);
    expect(await holdsLease(db, stopped)).toBe(false);
    expect(await finish(db, stopped, LEASE_MS + 1)).toBe(false);
    expect(await db.githubQueue.get('ada-dev')).toMatchObject({ state: 'working', lease: takeover.lease });
    expect(await finish(db, takeover, LEASE_MS + 2)).toBe(true);
    expect(await db.githubQueue.get('ada-dev')).toMatchObject({ state: 'done', lease: null, leaseUntil: null });
  });

  test('at worker start, a job whose lease ended goes back in the queue', async () => {
    await enqueue(db, 'ada-dev', { now: 0 });
    await takeNext(db, 0);
    expect(await requeueInterrupted(db, LEASE_MS)).toBe(1);
    expect((await takeNext(db, LEASE_MS))?.login).toBe('ada-dev');
  });

  test('nothing is written about a job that was deleted while it ran', async () => {
    await enqueue(db, 'ada-dev', { now: 0 });
    const taken = (await takeNext(db, 0))!;
    await db.githubQueue.clear();
    expect(await fail(db, taken, 'late', 1)).toBe(false);
    expect(await wait(db, taken, 10, 'late', 1)).toBe(false);
    expect(await db.githubQueue.count()).toBe(0);
  });

  test('a refresh asked for while the job runs is not lost: the job runs again', async () => {
    await enqueue(db, 'ada-dev', { now: 0 });
    const taken = (await takeNext(db, 0))!;
    await enqueue(db, 'ada-dev', { now: 1, refresh: true });
    await finish(db, taken, 2);
    expect(await db.githubQueue.get('ada-dev')).toMatchObject({ state: 'queued', refresh: true });
    const again = (await takeNext(db, 2))!;
    expect(again.refresh).toBe(true);
    await finish(db, again, 3);
    expect(await db.githubQueue.get('ada-dev')).toMatchObject({ state: 'done', refresh: false });
  });

  test('a refresh upgrades a queued job; a done or failed job can be queued again', async () => {
    await enqueue(db, 'ada-dev', { now: 0 });
    await enqueue(db, 'ada-dev', { now: 0, refresh: true });
    expect((await db.githubQueue.get('ada-dev'))?.refresh).toBe(true);
    await finish(db, (await takeNext(db, 0))!, 1);
    expect(await nextWake(db)).toBeUndefined();
    await enqueue(db, 'ada-dev', { now: 2 });
    expect((await db.githubQueue.get('ada-dev'))?.state).toBe('queued');
    const again = (await takeNext(db, 2))!;
    await fail(db, again, 'No GitHub user named ada-dev', 3);
    expect(await db.githubQueue.get('ada-dev')).toMatchObject({ state: 'failed', message: 'No GitHub user named ada-dev' });
  });
});
