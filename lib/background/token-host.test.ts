/**
 * The token stays with its host: changing only the API address removes it
 * (with a sentence), and neither "Save and check" nor the worker's analyses
 * ever send it to another host. Two fake GitHubs on 127.0.0.1 see every
 * request's Authorization header.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createBackground } from './service';
import { createGitHubClient } from '../github';
import { ScoutDatabase } from '../store/db';
import { ensureDefaultRole } from '../store/roles';
import { readToken } from '../store/settings';
import { fakeGitHub } from '../../tests/support/github';
import { FIXTURE_LOGINS, type FakeGitHub } from '../../tests/support/fake-github';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const PAGE = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/options.html` };
const login = FIXTURE_LOGINS.backend;

describe('the token stays with its host', () => {
  let db: ScoutDatabase;
  let first: FakeGitHub;
  let second: FakeGitHub;
  let service: ReturnType<typeof createBackground>;

  beforeEach(async () => {
    db = new ScoutDatabase(`token-${Math.random()}`);
    await ensureDefaultRole(db);
    first = await fakeGitHub();
    second = await fakeGitHub({ tokens: ['ghp_other_host_token_0000000000000000'] });
    service = createBackground({
      db,
      ownId: OWN_ID,
      ownOrigin: `chrome-extension://${OWN_ID}/`,
      session: { set: async () => {}, remove: async () => {} },
      log: () => {},
      github: {
        // The client carries whatever it is given: the test is that it is never given the token for the wrong host.
        makeClient: ({ apiUrl, token }) => createGitHubClient({ apiUrl, token, pacing: false, retries: 0, log: () => {} }),
        // The recruiter granted both local hosts.
        hasHostPermission: async (origin) => origin.startsWith('http://127.0.0.1:'),
        scheduleWake: async () => {},
      },
    });
  });
  afterEach(() => db.delete());

  const authorised = (gh: FakeGitHub) => gh.requests.filter((r) => r.headers.authorization !== undefined);

  test('changing only the address: "Save and check" sends no token to the new host, says the token was removed, and so do the analyses', async () => {
    const saved = await service.handleMessage({ type: 'save-github', apiUrl: first.url, token: first.token }, PAGE);
    expect(saved).toMatchObject({ ok: true, value: { ok: true, login: expect.any(String), notice: null } });
    expect(authorised(first)).toHaveLength(1);

    const moved = await service.handleMessage({ type: 'save-github', apiUrl: second.url, token: null }, PAGE);
    expect(moved).toMatchObject({
      ok: true,
      value: { ok: true, login: null, notice: expect.stringMatching(/^The saved GitHub token was for 127\.0\.0\.1:\d+, so it was removed and will not be sent to 127\.0\.0\.1:\d+/) },
    });
    expect(authorised(second)).toEqual([]);
    expect(await readToken(db, new URL(first.url).origin)).toBeNull();

    // The worker's analysis goes to the new host, without any token.
    await service.handleMessage(
      {
        type: 'profile-captured',
        profile: {
          basics: { profiles: [{ network: 'GitHub', username: login, url: `https://github.com/${login}` }] },
          capture: { source: 'github', url: `https://github.com/${login}`, capturedAt: '2026-11-01T00:00:00Z' },
        },
      },
      { id: OWN_ID, url: `https://github.com/${login}`, tabId: 3 },
    );
    await expect.poll(async () => (await db.githubQueue.get(login.toLowerCase()))?.state, { timeout: 10_000 }).toBe('done');
    expect(second.counts.total).toBeGreaterThan(1);
    expect(authorised(second)).toEqual([]);
    expect(authorised(first)).toHaveLength(1);
  });

  test('a token typed with the new address is that address\'s, and is sent there only', async () => {
    await service.handleMessage({ type: 'save-github', apiUrl: first.url, token: first.token }, PAGE);
    const reply = await service.handleMessage({ type: 'save-github', apiUrl: second.url, token: second.token }, PAGE);
    expect(reply).toMatchObject({ ok: true, value: { ok: true, notice: null } });
    expect(authorised(second).map((r) => r.headers.authorization)).toEqual([`token ${second.token}`]);
    expect(authorised(first)).toHaveLength(1);
  });

  test('an address the recruiter never granted is refused, and nothing is saved or sent', async () => {
    const reply = await service.handleMessage({ type: 'save-github', apiUrl: 'https://ghe.example.com', token: 'ghp_x' }, PAGE);
    expect(reply).toEqual({ ok: false, error: 'Backend Scout needs your permission to reach https://ghe.example.com.' });
    expect(await db.settings.get('settings')).toBeUndefined();
    expect(await db.secrets.count()).toBe(0);
  });
});
