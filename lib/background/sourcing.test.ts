/**
 * Sourcing in the background against the local fake GitHub, on
 * fake-indexeddb: a repository page becomes the popup's offer; discovery is
 * durable work that waits out a spent budget and resumes after a stopped
 * worker; screening goes through the GitHub queue in rank order; a
 * shortlist never duplicates a known person, and the contribution becomes
 * evidence on the candidate.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createBackground } from './service';
import { ScoutDatabase } from '../store/db';
import { Candidate, SourcingRun } from '../store/records';
import { ensureDefaultRole } from '../store/roles';
import { readRun, repositoryRunId, searchRunId } from '../store/sourcing';
import { discoveryStep, startDiscovery, parseRepositoryRef, rankDiscovery, defaultSince } from '../github/sourcing';
import { clientFor, fakeGitHub } from '../../tests/support/github';
import { FAKE_TOKEN, FIXTURE_REPOS, type FakeGitHub } from '../../tests/support/fake-github';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const PAGE = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/sidepanel.html` };
const LEDGERD_ID = repositoryRunId({ owner: 'quillworks', name: 'ledgerd' });
const QUEUE_ID = repositoryRunId({ owner: 'quillworks', name: 'queue-engine' });

describe('sourcing in the background', () => {
  let db: ScoutDatabase;
  let gh: FakeGitHub;
  let wakes: Array<number | undefined>;
  let clock: number;
  let session: Record<string, unknown>;

  function background(token?: string) {
    return createBackground({
      db,
      ownId: OWN_ID,
      ownOrigin: `chrome-extension://${OWN_ID}/`,
      session: {
        set: async (items) => void Object.assign(session, items),
        remove: async (key) => void delete session[key],
      },
      log: () => {},
      now: () => new Date(clock),
      github: {
        makeClient: () => clientFor(gh, { retries: 0, ...(token ? { token } : {}) }),
        scheduleWake: async () => {},
        scheduleSourcingWake: async (at) => void wakes.push(at),
      },
    });
  }

  const run = async (id: string) => SourcingRun.parse(await db.sourcing.get(id));
  const settled = (id: string) =>
    expect.poll(async () => (await readRun(db, id))?.state, { timeout: 15_000, interval: 20 }).toMatch(/^(done|failed|waiting)$/);
  const queueSettled = () =>
    expect.poll(async () => db.githubQueue.where('state').anyOf(['queued', 'working']).count(), { timeout: 15_000, interval: 20 }).toBe(0);

  beforeEach(async () => {
    db = new ScoutDatabase(`sourcing-${Math.random()}`);
    await ensureDefaultRole(db);
    gh = await fakeGitHub();
    wakes = [];
    clock = Date.now();
    session = {};
  });
  afterEach(() => db.delete());

  test('a repository page (its address only) becomes the popup’s offer; a page elsewhere cannot claim one', async () => {
    const service = background();
    const tab = { id: OWN_ID, url: 'https://github.com/quillworks/ledgerd/pulls', tabId: 4 };
    const reply = await service.handleMessage({ type: 'repository-page', url: tab.url, repository: 'quillworks/ledgerd' }, tab);
    expect(reply).toEqual({ ok: true, value: { kind: 'repository', repository: 'quillworks/ledgerd', url: tab.url } });
    expect(session['tab:4']).toEqual({ kind: 'repository', repository: 'quillworks/ledgerd', url: tab.url });
    const linkedin = { id: OWN_ID, url: 'https://www.linkedin.com/in/someone', tabId: 5 };
    expect(await service.handleMessage({ type: 'repository-page', url: linkedin.url, repository: 'quillworks/ledgerd' }, linkedin)).toMatchObject({ ok: false });
    expect(await service.handleMessage({ type: 'repository-page', url: tab.url, repository: '../../etc' }, tab)).toMatchObject({ ok: false });
  });

  test('finding the people: the list is stored, ranked, and within budget', async () => {
    const service = background();
    expect(await service.handleMessage({ type: 'source-repository', repository: 'https://github.com/quillworks/ledgerd' }, PAGE)).toEqual({ ok: true, value: 1 });
    await settled(LEDGERD_ID);
    const stored = await run(LEDGERD_ID);
    expect(stored).toMatchObject({ kind: 'repository', subject: 'quillworks/ledgerd', state: 'done', message: null });
    expect(rankDiscovery(stored.discovery!, clock).map((p) => p.login)[0]).toBe('dee-ops');
    expect(gh.counts).toMatchObject({ core: 2, search: 1 });
    expect(wakes.at(-1)).toBeUndefined();
  });

  test('what is not a repository is refused with a sentence, and nothing is stored', async () => {
    const service = background();
    const reply = await service.handleMessage({ type: 'source-repository', repository: 'https://github.com/ada-backend' }, PAGE);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/is a GitHub profile or organisation, not a repository/) });
    expect(await db.sourcing.count()).toBe(0);
  });

  test('a missing repository: the list says so and waits for nothing', async () => {
    const service = background();
    await service.handleMessage({ type: 'source-repository', repository: FIXTURE_REPOS.private }, PAGE);
    await settled(repositoryRunId({ owner: 'quillworks', name: 'secret-service' }));
    expect(await run(repositoryRunId({ owner: 'quillworks', name: 'secret-service' }))).toMatchObject({
      state: 'failed',
      message: expect.stringMatching(/^GitHub has no public repository quillworks\/secret-service/),
    });
  });

  test('a spent budget mid-way: the list waits for the reset with an alarm, keeps who was found, and resumes in a new worker', async () => {
    const service = background(FAKE_TOKEN);
    // The first page is read; the second finds the hour's budget spent.
    gh.setRemaining('graphql', 1, FAKE_TOKEN);
    await service.handleMessage({ type: 'source-repository', repository: FIXTURE_REPOS.queueEngine }, PAGE);
    await settled(QUEUE_ID);
    const waiting = await run(QUEUE_ID);
    const reset = gh.rate('graphql', FAKE_TOKEN).reset * 1000;
    expect(waiting).toMatchObject({ state: 'waiting', notBefore: reset + 1000 });
    expect(waiting.message).toMatch(/^GitHub's GraphQL rate limit is used up until \d\d:\d\d: the analysis can resume then\. The 30 people found so far are kept\.$/);
    expect(waiting.discovery?.pullRequestsRead).toBe(100);
    await expect.poll(() => wakes.at(-1)).toBe(reset + 1000);

    // An hour later, in a worker started afresh.
    gh.setRemaining('graphql', 5000, FAKE_TOKEN);
    clock = reset + 2000;
    gh.resetCounts();
    await background(FAKE_TOKEN).resume();
    await settled(QUEUE_ID);
    const done = await run(QUEUE_ID);
    expect(done.state).toBe('done');
    // Two more pages, not three: the first was kept.
    expect(gh.counts.graphql).toBe(2);
    expect(done.discovery?.pullRequestsInWindow).toBe(250);
  });

  test('a worker stopped mid-page: the run is queued again at start and finishes from its stored pages', async () => {
    const ref = parseRepositoryRef(FIXTURE_REPOS.queueEngine);
    if (!ref.ok) throw new Error(ref.message);
    const { octokit } = clientFor(gh, { token: FAKE_TOKEN });
    const onePage = await discoveryStep(octokit, startDiscovery(ref.ref, { path: 'graphql', since: defaultSince(new Date(clock)) }));
    await db.sourcing.put(
      SourcingRun.parse({ id: QUEUE_ID, kind: 'repository', subject: 'quillworks/queue-engine', state: 'working', notBefore: clock, discovery: onePage, createdAt: clock, updatedAt: clock }),
    );
    gh.resetCounts();
    await background(FAKE_TOKEN).resume();
    await settled(QUEUE_ID);
    expect((await run(QUEUE_ID)).state).toBe('done');
    expect(gh.counts.graphql).toBe(2);
  });

  test('screening goes through the GitHub queue in rank order, each person as --github costs', async () => {
    const service = background();
    await service.handleMessage({ type: 'source-repository', repository: FIXTURE_REPOS.ledgerd }, PAGE);
    await settled(LEDGERD_ID);
    gh.resetCounts();
    const top = rankDiscovery((await run(LEDGERD_ID)).discovery!, clock).slice(0, 3).map((p) => p.login);
    expect(await service.handleMessage({ type: 'screen-people', runId: LEDGERD_ID, logins: top }, PAGE)).toEqual({ ok: true, value: 3 });
    await queueSettled();
    expect((await run(LEDGERD_ID)).screenRequested).toEqual(top);
    const analysed = gh.requests.filter((r) => /^\/users\/[^/]+$/.test(r.path)).map((r) => r.path.split('/')[2]);
    expect(analysed).toEqual(top);
    expect(gh.counts).toMatchObject({ core: 3 * 2, search: 3 });
    // Screening creates nobody: people become candidates when the recruiter shortlists them.
    expect(await db.candidates.count()).toBe(0);
  });

  test('a shortlist: new people become candidates with the contribution as evidence; a known person is never duplicated', async () => {
    const service = background();
    // Bruno was captured from his GitHub page before, and contacted.
    await service.handleMessage(
      {
        type: 'profile-captured',
        profile: {
          basics: { name: 'Bruno Queue', profiles: [{ network: 'GitHub', username: 'bruno-queue', url: 'https://github.com/bruno-queue' }] },
          capture: { source: 'github', url: 'https://github.com/bruno-queue', capturedAt: '2026-11-01T00:00:00Z' },
        },
      },
      { id: OWN_ID, url: 'https://github.com/bruno-queue', tabId: 9 },
    );
    await db.candidates.where('id').equals('github:bruno-queue').modify({ stage: 'contacted' });
    await service.handleMessage({ type: 'source-repository', repository: FIXTURE_REPOS.ledgerd }, PAGE);
    await settled(LEDGERD_ID);
    // Discovery's end joins the contribution to the person already known.
    await expect.poll(async () => Candidate.parse(await db.candidates.get('github:bruno-queue')).contributions?.length).toBe(1);

    const reply = await service.handleMessage({ type: 'shortlist-people', runId: LEDGERD_ID, logins: ['eli-newcomer', 'bruno-queue'], roleId: 'backend-engineer' }, PAGE);
    expect(reply).toEqual({ ok: true, value: 2 });
    await queueSettled();
    const all = (await db.candidates.toArray()).map((c) => Candidate.parse(c));
    expect(all.map((c) => c.id).sort()).toEqual(['github:bruno-queue', 'github:eli-newcomer']);
    const bruno = all.find((c) => c.id === 'github:bruno-queue')!;
    expect(bruno).toMatchObject({ stage: 'contacted', shortlists: ['backend-engineer'] });
    const eli = all.find((c) => c.id === 'github:eli-newcomer')!;
    expect(eli).toMatchObject({ stage: 'sourced', shortlists: ['backend-engineer'], githubLogin: 'eli-newcomer' });
    expect(eli.contributions?.[0]).toMatchObject({ repository: 'quillworks/ledgerd', mergedPullRequests: 1 });
    // Screened, with ledgerd (somebody else's backend project) as open-source evidence; the analysis filled the profile.
    await expect.poll(async () => Candidate.parse(await db.candidates.get('github:eli-newcomer')).screening?.green).toContain('oss-backend-contributions');
    await expect.poll(async () => Candidate.parse(await db.candidates.get('github:eli-newcomer')).profiles.github?.basics.name).toBe('Eli Newcomer');

    // Again: nobody is added twice.
    await service.handleMessage({ type: 'shortlist-people', runId: LEDGERD_ID, logins: ['eli-newcomer'], roleId: 'backend-engineer' }, PAGE);
    expect(await db.candidates.count()).toBe(2);
    expect(Candidate.parse(await db.candidates.get('github:eli-newcomer')).shortlists).toEqual(['backend-engineer']);
  });

  test('a shortlist for a role that is gone is refused', async () => {
    const service = background();
    await service.handleMessage({ type: 'source-repository', repository: FIXTURE_REPOS.ledgerd }, PAGE);
    await settled(LEDGERD_ID);
    expect(await service.handleMessage({ type: 'shortlist-people', runId: LEDGERD_ID, logins: ['eli-newcomer'], roleId: 'nope' }, PAGE)).toEqual({
      ok: false,
      error: 'That role no longer exists: choose another shortlist.',
    });
  });

  test('GitHub’s people search as a list of its own, said to be sparse', async () => {
    const service = background();
    await service.handleMessage({ type: 'search-people', query: 'location:lisbon followers:>20' }, PAGE);
    const id = searchRunId('location:lisbon followers:>20');
    await settled(id);
    expect((await run(id)).search).toMatchObject({ people: [{ login: 'ada-backend' }], limits: [expect.stringMatching(/^Found by GitHub's people search/)] });
  });

  test('messages that are not well formed are refused', async () => {
    const service = background();
    expect(await service.handleMessage({ type: 'screen-people', runId: LEDGERD_ID, logins: ['../x'] }, PAGE)).toMatchObject({ ok: false });
    expect(await service.handleMessage({ type: 'screen-people', runId: LEDGERD_ID, logins: Array.from({ length: 101 }, (_, i) => `p${i}`) }, PAGE)).toMatchObject({ ok: false });
    expect(await service.handleMessage({ type: 'screen-people', runId: 'repo:none/none', logins: ['ada-backend'] }, PAGE)).toEqual({ ok: false, error: 'This list is gone: find the people again.' });
  });
});
