import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createBackground } from './service';
import { ScoutDatabase } from '../store/db';
import type { ProfileInput } from '../profile/profile';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;
const fromGitHubTab = (tabId = 7, url = 'https://github.com/ada-dev') => ({ id: OWN_ID, url, tabId });

function captured(login: string, name: string, extra: Partial<ProfileInput['basics']> = {}) {
  return {
    type: 'profile-captured',
    profile: {
      basics: { name, profiles: [{ network: 'GitHub', username: login, url: `https://github.com/${login}` }], ...extra },
      capture: { source: 'github', url: `https://github.com/${login}`, capturedAt: '2026-11-01T10:00:00.000Z' },
    },
  };
}

describe('the background worker', () => {
  let db: ScoutDatabase;
  let session: Map<string, unknown>;
  let logged: string[];
  let service: ReturnType<typeof createBackground>;

  beforeEach(() => {
    db = new ScoutDatabase(`test-${Math.random()}`);
    session = new Map();
    logged = [];
    service = createBackground({
      db,
      ownId: OWN_ID,
      ownOrigin: OWN_ORIGIN,
      session: {
        set: async (items) => void Object.entries(items).forEach(([k, v]) => session.set(k, v)),
        remove: async (key) => void session.delete(key),
      },
      log: (...args) => logged.push(args.join(' ')),
      now: () => new Date('2026-11-02T09:00:00.000Z'),
    });
  });
  afterEach(() => db.delete());

  test('stores a captured profile as a candidate and remembers it for the tab', async () => {
    const reply = await service.handleMessage(captured('Ada-Dev', 'Ada Quill'), fromGitHubTab());
    expect(reply).toEqual({ ok: true, value: { kind: 'candidate', candidateId: 'github:ada-dev', url: 'https://github.com/Ada-Dev' } });
    const stored = await db.candidates.get('github:ada-dev');
    expect(stored?.profiles.github?.basics.name).toBe('Ada Quill');
    expect(stored?.firstCapturedAt).toBe('2026-11-02T09:00:00.000Z');
    expect(session.get('tab:7')).toEqual(reply && 'value' in reply ? reply.value : null);
  });

  test('a second visit updates the one candidate and keeps its first capture date', async () => {
    await service.handleMessage(captured('ada-dev', 'Ada Quill'), fromGitHubTab());
    await service.handleMessage(captured('ada-dev', 'Ada Q. Quill'), fromGitHubTab(8));
    const all = await db.candidates.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]?.profiles.github?.basics.name).toBe('Ada Q. Quill');
  });

  test.each([
    ['another extension', { id: 'someone-else', url: 'https://github.com/ada-dev', tabId: 7 }],
    ['a content script on a host we do not run on', { id: OWN_ID, url: 'https://evil.example/ada-dev', tabId: 7 }],
    ['a plain-http page', { id: OWN_ID, url: 'http://github.com/ada-dev', tabId: 7 }],
    ['no sender url', { id: OWN_ID, tabId: 7 }],
  ])('refuses a message from %s and writes nothing', async (_, sender) => {
    expect(service.handleMessage(captured('ada-dev', 'Ada Quill'), sender)).toBeUndefined();
    expect(await db.candidates.count()).toBe(0);
    expect(logged.join('\n')).toContain('unknown sender');
  });

  test.each([
    ['not an object', 'hello'],
    ['an unknown type', { type: 'delete-everything' }],
    ['a profile with a wrong type', { ...captured('ada-dev', 'Ada'), profile: { basics: { name: 42 } } }],
    ['an impossible date', { type: 'profile-captured', profile: { ...captured('ada-dev', 'Ada').profile, work: [{ startDate: '2021-02-30' }] } }],
    ['a profile that names no account of its own', { type: 'profile-captured', profile: { basics: { name: 'X' }, capture: { source: 'github', capturedAt: 'now' } } }],
  ])('refuses %s with a reason and writes nothing', async (_, message) => {
    const reply = await service.handleMessage(message, fromGitHubTab());
    expect(reply?.ok).toBe(false);
    expect(await db.candidates.count()).toBe(0);
    expect(session.size).toBe(0);
    expect(logged.length).toBeGreaterThan(0);
  });

  test('a GitHub profile sent from a LinkedIn tab is refused: a capture speaks only for its own site', async () => {
    const reply = await service.handleMessage(captured('ada-dev', 'Ada'), fromGitHubTab(7, 'https://www.linkedin.com/in/someone/'));
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('another site') });
    expect(await db.candidates.count()).toBe(0);
  });

  test('a page that is not a profile is remembered for the popup, and nothing is stored', async () => {
    const reply = await service.handleMessage(
      { type: 'page-not-profile', url: 'https://github.com/quillworks', reason: 'This is an organisation, not a person.' },
      fromGitHubTab(9, 'https://github.com/quillworks'),
    );
    expect(reply).toMatchObject({ ok: true, value: { kind: 'not-a-profile' } });
    expect(session.get('tab:9')).toMatchObject({ reason: 'This is an organisation, not a person.' });
    expect(await db.candidates.count()).toBe(0);
  });

  test('a capture claimed by one of the extension\'s own pages is refused: only content scripts capture', async () => {
    const reply = await service.handleMessage(captured('ada-dev', 'Ada'), { id: OWN_ID, url: `${OWN_ORIGIN}popup.html` });
    expect(reply).toEqual({ ok: false, error: 'invalid request' });
    expect(await db.candidates.count()).toBe(0);
  });

  test.each([
    ['a summary of ten megabytes', { summary: 'x'.repeat(10 * 1024 * 1024) }, 'basics.summary'],
    ['a name longer than a line may be', { name: 'A'.repeat(1_001) }, 'basics.name'],
    ['a thousand linked accounts', { profiles: Array.from({ length: 1_000 }, (_, i) => ({ network: 'X', username: `u${i}` })) }, 'basics.profiles'],
  ])('a capture past its bounds is refused whole, before anything is stored: %s', async (_, basics, field) => {
    const message = captured('ada-dev', 'Ada');
    const reply = await service.handleMessage({ ...message, profile: { ...message.profile, basics: { ...message.profile.basics, ...basics } } }, fromGitHubTab());
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining(field) });
    expect(await db.candidates.count()).toBe(0);
  });

  test('a list past its bounds is refused too (more skills than a profile can show)', async () => {
    const message = {
      type: 'profile-captured',
      profile: {
        basics: { name: 'Mara', profiles: [{ network: 'LinkedIn', username: 'mara-lind' }] },
        skills: Array.from({ length: 201 }, (_, i) => ({ name: `skill ${i}` })),
        capture: { source: 'linkedin', url: 'https://www.linkedin.com/in/mara-lind/', capturedAt: '2026-11-01T10:00:00.000Z' },
      },
    };
    expect(await service.handleMessage(message, fromGitHubTab(7, 'https://www.linkedin.com/in/mara-lind/'))).toMatchObject({ ok: false, error: expect.stringContaining('skills') });
    expect(await db.candidates.count()).toBe(0);
  });

  test.each([
    ['another login\'s tab', captured('ada-dev', 'Ada'), 'https://github.com/brook-builds'],
    ['a GitHub page that is not a profile', captured('ada-dev', 'Ada'), 'https://github.com/ada-dev/some-repo'],
    ['another person\'s LinkedIn tab', { type: 'profile-captured', profile: { basics: { profiles: [{ network: 'LinkedIn', username: 'mara-lind' }] }, capture: { source: 'linkedin', url: 'https://www.linkedin.com/in/mara-lind/', capturedAt: 'x' } } }, 'https://www.linkedin.com/in/eve-mallory/'],
    ['a capture whose own address names someone else', { type: 'profile-captured', profile: { basics: { profiles: [{ network: 'LinkedIn', username: 'mara-lind' }] }, capture: { source: 'linkedin', url: 'https://www.linkedin.com/in/eve-mallory/', capturedAt: 'x' } } }, 'https://www.linkedin.com/in/mara-lind/'],
  ])('a capture that does not match the tab\'s own address is refused: %s', async (_, message, url) => {
    const reply = await service.handleMessage(message, fromGitHubTab(7, url));
    expect(reply?.ok).toBe(false);
    expect(await db.candidates.count()).toBe(0);
  });

  test('a LinkedIn capture from the tab\'s contact-info overlay is the same profile\'s', async () => {
    const message = { type: 'profile-captured', profile: { basics: { name: 'Mara', profiles: [{ network: 'LinkedIn', username: 'mara-lind' }] }, capture: { source: 'linkedin', url: 'https://www.linkedin.com/in/mara-lind/', capturedAt: 'x' } } };
    expect(await service.handleMessage(message, fromGitHubTab(7, 'https://www.linkedin.com/in/mara-lind/overlay/contact-info/'))).toMatchObject({ ok: true });
  });

  test.each([
    ['save-settings', { type: 'save-settings', patch: { blindMode: false } }],
    ['save-github', { type: 'save-github', apiUrl: 'https://evil.example', token: null }],
    ['delete-all', { type: 'delete-all' }],
    ['join-candidates', { type: 'join-candidates', suggestionId: 'a>b' }],
  ])('a content script cannot send what only the extension\'s pages may (%s)', async (_, message) => {
    await db.settings.put({ key: 'settings', value: { blindMode: true } });
    const reply = await service.handleMessage(message, fromGitHubTab());
    expect(reply?.ok).toBe(false);
    expect(await db.settings.get('settings')).toEqual({ key: 'settings', value: { blindMode: true } });
  });

  test('the extension\'s pages change settings through the background; an unknown setting is refused', async () => {
    const page = { id: OWN_ID, url: `${OWN_ORIGIN}options.html` };
    expect(await service.handleMessage({ type: 'save-settings', patch: { blindMode: true } }, page)).toMatchObject({ ok: true, value: { blindMode: true } });
    expect(await service.handleMessage({ type: 'save-settings', patch: { apiUrl: 'https://evil.example' } }, page)).toEqual({ ok: false, error: 'invalid request' });
  });

  test('after a single-page navigation the tab\'s address now is the one a capture must match (the document\'s stays the first page\'s)', async () => {
    const noor = { type: 'profile-captured', profile: { basics: { name: 'Noor', profiles: [{ network: 'LinkedIn', username: 'noor-haddad' }] }, capture: { source: 'linkedin', url: 'https://www.linkedin.com/in/noor-haddad/', capturedAt: 'x' } } };
    const sender = { id: OWN_ID, url: 'https://www.linkedin.com/in/mara-lind/', tabId: 7 };
    expect(await service.handleMessage(noor, { ...sender, tabUrl: 'https://www.linkedin.com/in/noor-haddad/' })).toMatchObject({ ok: true });
    // A tab address on another host does not count: the document's is used, and it is Mara's.
    expect(await service.handleMessage(noor, { ...sender, tabUrl: 'https://evil.example/in/noor-haddad/' })).toMatchObject({ ok: false });
  });
});
