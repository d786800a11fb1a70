/**
 * The background's GitHub side against a local fake GitHub: a capture queues
 * an analysis whose evidence re-screens the candidate; a spent rate limit
 * becomes a stored wait with an alarm; a worker stopped mid-work resumes.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createBackground } from './service';
import { cachedEvidence } from '../store/github-cache';
import { ScoutDatabase } from '../store/db';
import { enqueue, takeNext } from '../store/github-queue';
import { ensureDefaultRole } from '../store/roles';
import { clientFor, fakeGitHub } from '../../tests/support/github';
import { FIXTURE_LOGINS, type FakeGitHub } from '../../tests/support/fake-github';
import type { GitHubClient } from '../github';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const fromTab = (login: string, tabId = 3) => ({ id: OWN_ID, url: `https://github.com/${login}`, tabId });
const captured = (login: string) => ({
  type: 'profile-captured',
  profile: {
    basics: { name: 'Someone', profiles: [{ network: 'GitHub', username: login, url: `https://github.com/${login}` }] },
    capture: { source: 'github', url: `https://github.com/${login}`, capturedAt: '2026-11-01T00:00:00Z' },
  },
});

describe('GitHub analysis in the background', () => {
  let db: ScoutDatabase;
  let gh: FakeGitHub;
  let alarms: Array<number | undefined>;
  let clock: number;

  function background(makeClient: () => GitHubClient | Promise<GitHubClient> = () => clientFor(gh, { retries: 0 })) {
    return createBackground({
      db,
      ownId: OWN_ID,
      ownOrigin: `chrome-extension://${OWN_ID}/`,
      session: { set: async () => {}, remove: async () => {} },
      log: () => {},
      now: () => new Date(clock),
      github: {
        makeClient,
        scheduleWake: async (at) => void alarms.push(at),
      },
    });
  }

  async function settle() {
    // The capture's reply does not wait for GitHub; wait until no job is queued or working.
    await expect
      .poll(async () => db.githubQueue.where('state').anyOf(['queued', 'working']).count(), { timeout: 10_000, interval: 20 })
      .toBe(0);
  }

  beforeEach(async () => {
    db = new ScoutDatabase(`queue-${Math.random()}`);
    await ensureDefaultRole(db);
    gh = await fakeGitHub();
    alarms = [];
    clock = Date.now();
  });
  afterEach(() => db.delete());

  test('a captured GitHub profile is analysed with one core request and one search, and its flags follow the evidence', async () => {
    const login = FIXTURE_LOGINS.backend;
    const service = background();
    await service.handleMessage(captured(login), fromTab(login));
    await settle();
    // The page gave the profile: the repositories list and one search, no GET /users.
    expect({ core: gh.counts.core, search: gh.counts.search }).toEqual({ core: 1, search: 1 });
    const candidate = await db.candidates.get(`github:${login.toLowerCase()}`);
    expect(candidate?.screening?.green).toEqual(expect.arrayContaining(['language-proficiency', 'oss-backend-contributions']));
    expect((await db.githubQueue.get(login.toLowerCase()))?.state).toBe('done');
    expect((await cachedEvidence(db, login.toLowerCase()))?.repositories.length).toBeGreaterThan(0);

    // A revisit within the time to live costs no request at all.
    gh.resetCounts();
    await service.handleMessage(captured(login), fromTab(login));
    await settle();
    expect(gh.counts.total).toBe(0);
  });

  test('a spent rate limit makes the job wait for the reset, with an alarm, and keeps what was captured', async () => {
    const login = FIXTURE_LOGINS.backend;
    gh.fail({ kind: 'rate-limit' }, { times: 10 });
    await background().handleMessage(captured(login), fromTab(login));
    await expect.poll(async () => (await db.githubQueue.get(login.toLowerCase()))?.state, { timeout: 10_000 }).toBe('waiting');
    const job = await db.githubQueue.get(login.toLowerCase());
    expect(job?.message).toMatch(/rate limit/i);
    expect(job?.notBefore).toBeGreaterThan(clock);
    await expect.poll(() => alarms.at(-1)).toBe(job?.notBefore);
    expect(await db.candidates.count()).toBe(1);
  });

  test('a worker stopped mid-analysis: the alarm is set for the lease\'s end, and the next wake-up finishes the job', async () => {
    const login = FIXTURE_LOGINS.tutorial;
    await db.candidates.put({
      id: `github:${login.toLowerCase()}`,
      aliases: [`github:${login.toLowerCase()}`],
      claims: [],
      profiles: {},
      githubLogin: login.toLowerCase(),
      screening: null,
      stage: 'sourced',
      verdict: null,
      tags: [],
      shortlists: [],
      firstCapturedAt: '2026-11-01T00:00:00Z',
      updatedAt: '2026-11-01T00:00:00Z',
    });
    await enqueue(db, login, { now: clock });
    const taken = await takeNext(db, clock); // the old worker took it, then was stopped
    // The worker starts again at once (another event woke it): the analysis is still the old run's, and the alarm is set for when it is not.
    const service = background();
    await service.resume();
    expect((await db.githubQueue.get(login.toLowerCase()))?.state).toBe('working');
    expect(alarms.at(-1)).toBe(taken!.leaseUntil);
    expect(gh.counts.total).toBe(0);
    // The alarm fires: the analysis is taken over and done.
    clock = taken!.leaseUntil!;
    await service.resume();
    expect((await db.githubQueue.get(login.toLowerCase()))?.state).toBe('done');
    expect((await db.candidates.get(`github:${login.toLowerCase()}`))?.screening?.yellow).toContain('tutorial-projects');
  });

  test('a LinkedIn profile that names a GitHub account gets that account\'s evidence', async () => {
    const login = FIXTURE_LOGINS.backend;
    const service = background();
    await service.handleMessage(
      {
        type: 'profile-captured',
        profile: {
          basics: {
            name: 'Ada Backend',
            profiles: [
              { network: 'LinkedIn', username: 'ada-b', url: 'https://www.linkedin.com/in/ada-b/' },
              { network: 'GitHub', username: login, url: `https://github.com/${login}` },
            ],
          },
          work: [{ name: 'Quillworks', position: 'Engineer', startDate: '2020-01' }],
          capture: { source: 'linkedin', url: 'https://www.linkedin.com/in/ada-b/', capturedAt: '2026-11-01T00:00:00Z' },
        },
      },
      { id: OWN_ID, url: 'https://www.linkedin.com/in/ada-b/', tabId: 4 },
    );
    await settle();
    // LinkedIn did not show the GitHub profile: GET /users, the repositories and one search.
    expect({ core: gh.counts.core, search: gh.counts.search }).toEqual({ core: 2, search: 1 });
    const candidate = await db.candidates.get('linkedin:ada-b');
    expect(candidate?.githubLogin).toBe(login.toLowerCase());
    expect(candidate?.screening?.green).toContain('oss-backend-contributions');
  });

  test('"Refresh GitHub evidence" asks GitHub again within the time to live, and unchanged answers cost nothing', async () => {
    const login = FIXTURE_LOGINS.backend;
    const service = background();
    await service.handleMessage(captured(login), fromTab(login));
    await settle();
    const remaining = gh.rate('core').remaining;
    gh.resetCounts();
    const reply = await service.handleMessage(
      { type: 'refresh-github', candidateId: `github:${login.toLowerCase()}` },
      { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` },
    );
    expect(reply).toEqual({ ok: true, value: 1 });
    await settle();
    expect(gh.counts.total).toBeGreaterThan(0);
    expect(gh.counts.notModified).toBe(gh.counts.total);
    expect(gh.rate('core').remaining).toBe(remaining);
  });

  test('settings that cannot make a GitHub client fail the job with a sentence instead of leaving it queued', async () => {
    const login = FIXTURE_LOGINS.backend;
    await background(async () => {
      throw new Error('the API address is not a web address');
    }).handleMessage(captured(login), fromTab(login));
    await settle();
    expect(await db.githubQueue.get(login.toLowerCase())).toMatchObject({
      state: 'failed',
      message: 'GitHub settings could not be used: the API address is not a web address',
    });
    expect(gh.counts.total).toBe(0);
  });

  test('an unknown account fails with a sentence, and the candidate stays', async () => {
    await background().handleMessage(captured('nobody-here-at-all'), fromTab('nobody-here-at-all'));
    await settle();
    expect(await db.githubQueue.get('nobody-here-at-all')).toMatchObject({ state: 'failed', message: expect.stringContaining('nobody-here-at-all') });
    expect(await db.candidates.count()).toBe(1);
  });

  test('GitHub says the budget is spent and its reset is already past by our clock: one try, then a wait of at least a minute, never a loop', async () => {
    const login = FIXTURE_LOGINS.backend;
    // The reset GitHub names is two minutes ago by the local clock (a fast clock, or a stale header).
    gh = await fakeGitHub({ resetInSeconds: -120 });
    gh.fail({ kind: 'rate-limit' }, { times: 1000 });
    await background().handleMessage(captured(login), fromTab(login));
    await expect.poll(async () => (await db.githubQueue.get(login.toLowerCase()))?.state, { timeout: 10_000 }).toBe('waiting');
    await expect.poll(() => alarms.length).toBeGreaterThan(1);
    const job = await db.githubQueue.get(login.toLowerCase());
    expect(job?.notBefore).toBeGreaterThanOrEqual(clock + 60_000);
    expect(job?.attempts).toBe(1);
    // The repositories and the search went out together once; nothing since.
    expect(gh.counts.total).toBeLessThanOrEqual(2);
    expect(alarms.at(-1)).toBe(job?.notBefore);
  });

  test('an analysis that keeps failing is given up after six tries, each after a longer wait', async () => {
    const login = FIXTURE_LOGINS.backend;
    gh.fail({ kind: 'server-error' }, { times: 1000 });
    const service = background();
    await service.handleMessage(captured(login), fromTab(login));
    const waits: number[] = [];
    for (let tries = 1; tries < 6; tries++) {
      await expect.poll(async () => (await db.githubQueue.get(login.toLowerCase()))?.attempts, { timeout: 10_000 }).toBe(tries);
      const job = (await db.githubQueue.get(login.toLowerCase()))!;
      expect(job.state).toBe('waiting');
      waits.push(job.notBefore - clock);
      clock = job.notBefore; // the alarm fires
      await service.resume();
    }
    await expect.poll(async () => (await db.githubQueue.get(login.toLowerCase()))?.state, { timeout: 10_000 }).toBe('failed');
    expect((await db.githubQueue.get(login.toLowerCase()))?.message).toMatch(/Gave up after 6 tries/);
    expect(waits[0]).toBeGreaterThanOrEqual(60_000);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1]!);
    const requests = gh.counts.total;
    await service.resume();
    expect(gh.counts.total).toBe(requests);
  });

  test('"Delete all data" during an analysis: the analysis is cancelled and nothing of that person is written back', async () => {
    const login = FIXTURE_LOGINS.backend;
    gh.fail({ kind: 'hold' }, { times: 10 });
    const service = background();
    await service.handleMessage(captured(login), fromTab(login));
    await expect.poll(() => gh.held, { timeout: 10_000 }).toBeGreaterThan(0);
    const reply = await service.handleMessage({ type: 'delete-all' }, { id: OWN_ID, url: `chrome-extension://${OWN_ID}/options.html` });
    expect(reply).toEqual({ ok: true, value: 1 });
    gh.release();
    // GitHub answers after all; wait until the analysis has finished with it.
    await expect.poll(() => gh.requests.filter((r) => r.status !== 0).length, { timeout: 10_000 }).toBe(gh.requests.length);
    await service.resume();
    expect(await db.githubCache.count()).toBe(0);
    expect(await db.githubQueue.count()).toBe(0);
    expect(await db.candidates.count()).toBe(0);
    expect(await cachedEvidence(db, login.toLowerCase())).toBeUndefined();
  });

  test('a LinkedIn profile naming an organisation: GitHub says so, and the organisation is nobody\'s GitHub', async () => {
    const service = background();
    const person = (slug: string) => ({
      type: 'profile-captured',
      profile: {
        basics: {
          name: slug,
          summary: `Maintainer at github.com/${FIXTURE_LOGINS.organisation}`,
          profiles: [
            { network: 'LinkedIn', username: slug, url: `https://www.linkedin.com/in/${slug}/` },
            { network: 'GitHub', username: FIXTURE_LOGINS.organisation, url: `https://github.com/${FIXTURE_LOGINS.organisation}` },
          ],
        },
        capture: { source: 'linkedin', url: `https://www.linkedin.com/in/${slug}/`, capturedAt: '2026-11-01T00:00:00Z' },
      },
    });
    await service.handleMessage(person('ana-one'), { id: OWN_ID, url: 'https://www.linkedin.com/in/ana-one/', tabId: 5 });
    await settle();
    expect(await db.githubQueue.get(FIXTURE_LOGINS.organisation)).toMatchObject({ state: 'failed', message: expect.stringContaining('organisation') });
    expect(await db.candidates.get('linkedin:ana-one')).toMatchObject({ claims: [], githubLogin: null });
    // The next person who mentions it costs no request, and the two are two people.
    gh.resetCounts();
    await service.handleMessage(person('bo-two'), { id: OWN_ID, url: 'https://www.linkedin.com/in/bo-two/', tabId: 6 });
    await settle();
    expect(gh.counts.total).toBe(0);
    expect(await db.candidates.count()).toBe(2);
    expect(await db.candidates.get('linkedin:bo-two')).toMatchObject({ claims: [], githubLogin: null });
  });

  test('"Refresh GitHub evidence" on an analysis whose worker was stopped runs it again once its lease has ended', async () => {
    const login = FIXTURE_LOGINS.backend;
    const service = background();
    await service.handleMessage(captured(login), fromTab(login));
    await settle();
    await enqueue(db, login, { now: clock, refresh: true });
    const stopped = (await takeNext(db, clock))!; // taken, then the worker was stopped
    gh.resetCounts();
    clock = stopped.leaseUntil!;
    const reply = await service.handleMessage({ type: 'refresh-github', candidateId: `github:${login.toLowerCase()}` }, { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` });
    expect(reply).toEqual({ ok: true, value: 1 });
    await settle();
    expect((await db.githubQueue.get(login.toLowerCase()))?.state).toBe('done');
    expect(gh.counts.total).toBeGreaterThan(0);
  });
});
