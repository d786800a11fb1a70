/**
 * The settings and the token live in the extension's IndexedDB (content
 * scripts can write storage.local, not this), and the token is bound to the
 * API origin it was saved for.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ScoutDatabase } from './db';
import { adoptLegacySettings, githubTarget, loadSettings, readToken, saveGitHubAccess, saveSettings, saveToken, SettingsPatch } from './settings';

const GITHUB = 'https://api.github.com';
const GHE = 'https://ghe.example.com';
const granted = (origins: string[]) => async (origin: string) => origins.includes(origin);

describe('settings and the token', () => {
  let db: ScoutDatabase;
  beforeEach(() => {
    db = new ScoutDatabase(`settings-${Math.random()}`);
  });
  afterEach(() => db.delete());

  test('settings are read and written in the database, defaults first', async () => {
    expect(await loadSettings(db)).toEqual({
      blindMode: false,
      blindCsv: false,
      apiUrl: GITHUB,
      lastRoleId: null,
      exportFormat: 'backend-scout',
      includeFoundEmails: false,
      gdprNotices: false,
      leverApiUrl: 'https://api.lever.co/v1',
      leverUserId: null,
      leverUserEmail: null,
    });
    await saveSettings(db, { blindMode: true });
    expect(await loadSettings(db)).toMatchObject({ blindMode: true, apiUrl: GITHUB });
  });

  test('a page may change blind mode and the remembered role, never the API address that way', () => {
    expect(SettingsPatch.safeParse({ blindMode: true, lastRoleId: 'r' }).success).toBe(true);
    expect(SettingsPatch.safeParse({ apiUrl: 'https://evil.example' }).success).toBe(false);
  });

  test('the token is read back only for the origin it was saved for', async () => {
    await saveToken(db, 'ghp_secret', GITHUB);
    expect(await readToken(db, GITHUB)).toBe('ghp_secret');
    expect(await readToken(db, GHE)).toBeNull();
    expect(await readToken(db, 'http://127.0.0.1:9999')).toBeNull();
  });

  test('changing only the address removes the token, with a sentence, and nothing is read back for the new host', async () => {
    await saveGitHubAccess(db, GITHUB, 'ghp_secret');
    const saved = await saveGitHubAccess(db, `${GHE}/api/v3`, null);
    expect(saved).toEqual({
      apiUrl: `${GHE}/api/v3`,
      token: null,
      notice: 'The saved GitHub token was for api.github.com, so it was removed and will not be sent to ghe.example.com: paste a token for ghe.example.com to use one.',
    });
    expect(await readToken(db, GITHUB)).toBeNull();
    expect(await readToken(db, GHE)).toBeNull();
    expect((await loadSettings(db)).apiUrl).toBe(`${GHE}/api/v3`);
  });

  test('a token typed with the new address is bound to that address; saving the same address again keeps it', async () => {
    await saveGitHubAccess(db, GITHUB, 'ghp_one');
    expect(await saveGitHubAccess(db, GHE, 'ghe_two')).toMatchObject({ token: 'ghe_two', notice: null });
    expect(await saveGitHubAccess(db, `${GHE}/api/v3/`, null)).toMatchObject({ token: 'ghe_two', notice: null });
    expect(await readToken(db, GHE)).toBe('ghe_two');
  });

  test.each([
    ['api.github.com with its token', GITHUB, GITHUB, [], { apiUrl: GITHUB, token: 'ghp_t' }],
    ['an Enterprise host the recruiter granted, with its token', `${GHE}/api/v3`, GHE, [GHE], { apiUrl: `${GHE}/api/v3`, token: 'ghp_t' }],
    ['an Enterprise host whose permission was withdrawn', `${GHE}/api/v3`, GHE, [], { apiUrl: `${GHE}/api/v3`, token: undefined }],
    ['an address the token was not saved for', `${GHE}/api/v3`, GITHUB, [GHE], { apiUrl: `${GHE}/api/v3`, token: undefined }],
    ['plain http elsewhere: back to api.github.com', 'http://evil.example', GITHUB, [], { apiUrl: GITHUB, token: 'ghp_t' }],
  ])('the background\'s requests: %s', async (_, apiUrl, tokenFor, origins, expected) => {
    await db.settings.put({ key: 'settings', value: { apiUrl } });
    await saveToken(db, 'ghp_t', tokenFor);
    expect(await githubTarget(db, granted(origins as string[]))).toEqual(expected);
  });

  test('settings of an earlier version move over once; an address nobody granted does not, and an old token is bound to the address kept', async () => {
    await db.secrets.put({ key: 'githubToken', value: 'ghp_old' });
    await adoptLegacySettings(db, { blindMode: true, apiUrl: 'https://evil.example/api/v3' }, granted([]));
    expect(await loadSettings(db)).toMatchObject({ blindMode: true, apiUrl: GITHUB });
    expect(await readToken(db, GITHUB)).toBe('ghp_old');
    // Once moved, storage.local's copy is never read again.
    await adoptLegacySettings(db, { blindMode: false }, granted([]));
    expect((await loadSettings(db)).blindMode).toBe(true);
  });

  test('an Enterprise address the recruiter had granted moves over with its token', async () => {
    await db.secrets.put({ key: 'githubToken', value: 'ghe_old' });
    await adoptLegacySettings(db, { apiUrl: `${GHE}/api/v3` }, granted([GHE]));
    expect(await readToken(db, GHE)).toBe('ghe_old');
  });
});
