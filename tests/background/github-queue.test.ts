/**
 * The background's GitHub side against a local fake GitHub: a capture queues
 * an analysis whose evidence re-screens the candidate; a spent rate limit
 * becomes a stored wait with an alarm; a worker stopped mid-work resumes.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createBackground } from '../../lib/background/service';
import { cachedEvidence } from '../../lib/store/github-cache';
import { ScoutDatabase } from '../../lib/store/db';
import { enqueue, takeNext } from '../../lib/store/github-queue';
import { ensureDefaultRole } from '../../lib/store/roles';
import { clientFor, fakeGitHub } from '../github/support';
import { FIXTURE_LOGINS, type FakeGitHub } from '../support/fake-github';

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

  function background(client = async () => clientFor(gh, { retries: 0 })) {
    return createBackground({
      db,
      ownId: OWN_ID,
      ownOrigin: `chrome-extension://${OWN_ID}/`,
      session: { set: async () => {}, remove: async () => {} },
      log: () => {},
      now: () => new Date(clock),
      github: {
        client,
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

  test('a worker stopped mid-analysis picks the job up again when it starts', async () => {
    const login = FIXTURE_LOGINS.tutorial;
    await db.candidates.put({
      id: `github:${login.toLowerCase()}`,
      aliases: [`github:${login.toLowerCase()}`],
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
    await takeNext(db, clock); // the old worker took it, then was stopped
    await background().resume();
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
});
