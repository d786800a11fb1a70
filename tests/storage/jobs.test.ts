import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ScoutDatabase } from '../../lib/store/db';
import { enqueue, fail, finish, nextWake, requeueInterrupted, takeNext, wait } from '../../lib/store/github-queue';

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
    await wait(db, job!.login, 60_000, 'GitHub rate limit reached; resumes at 10:01', 0);
    expect(await takeNext(db, 59_999)).toBeUndefined();
    expect(await nextWake(db)).toBe(60_000);
    // Waiting for a reset is not a failure: it does not bring the job nearer to giving up.
    expect((await takeNext(db, 60_000))?.attempts).toBe(0);
  });

  test('a worker stopped mid-work picks the job up again when it starts', async () => {
    await enqueue(db, 'ada-dev', { now: 0 });
    await takeNext(db, 0);
    expect(await takeNext(db, 1)).toBeUndefined();
    expect(await requeueInterrupted(db, 5)).toBe(1);
    expect((await takeNext(db, 5))?.login).toBe('ada-dev');
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
    await takeNext(db, 2);
    await fail(db, 'ada-dev', 'No GitHub user named ada-dev', 3);
    expect(await db.githubQueue.get('ada-dev')).toMatchObject({ state: 'failed', message: 'No GitHub user named ada-dev' });
  });
});
