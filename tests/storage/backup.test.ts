import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { deleteAllData, exportBackup, importBackup } from '../../lib/store/backup';
import { addNote } from '../../lib/store/notes';
import { setStage, upsertCandidate } from '../../lib/store/candidates';
import { ScoutDatabase } from '../../lib/store/db';
import { Profile } from '../../lib/profile/profile';
import { defaultRole } from '../../lib/store/roles';
import { Settings, readToken, saveToken } from '../../lib/store/settings';

const github = (login: string) =>
  Profile.parse({
    basics: { name: `Name of ${login}`, profiles: [{ network: 'GitHub', username: login, url: `https://github.com/${login}` }] },
    capture: { source: 'github', capturedAt: '2026-11-01T00:00:00Z' },
  });

describe('backups', () => {
  let db: ScoutDatabase;
  let other: ScoutDatabase;
  beforeEach(() => {
    db = new ScoutDatabase(`backup-a-${Math.random()}`);
    other = new ScoutDatabase(`backup-b-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
    await other.delete();
  });

  test('a backup carries everything but the token, and imports into an empty database whole', async () => {
    await saveToken(db, 'ghp_secret_token_value');
    const ada = await upsertCandidate(db, github('ada-dev'), new Date('2026-11-01'));
    await addNote(db, ada.id, 'Strong on Postgres');
    await db.roles.put(defaultRole(new Date('2026-11-01')));
    const backup = await exportBackup(db, Settings.parse({ blindMode: true }));
    const text = JSON.stringify(backup);
    expect(text).not.toContain('ghp_secret_token_value');

    const result = await importBackup(other, text);
    expect(result).toEqual({ ok: true, report: { added: 1, updated: 0, skipped: 0 }, settings: { blindMode: true, blindCsv: false } });
    expect(await other.candidates.toArray()).toEqual(await db.candidates.toArray());
    expect((await other.notes.toArray()).map((n) => n.text)).toEqual(['Strong on Postgres']);
    expect(await other.roles.count()).toBe(1);
    expect(await readToken(other)).toBeNull();
  });

  test('importing keeps newer edits, replaces older records and says what it did', async () => {
    await upsertCandidate(db, github('ada-dev'), new Date('2026-11-01'));
    await upsertCandidate(db, github('brook'), new Date('2026-11-01'));
    await upsertCandidate(db, github('cleo'), new Date('2026-11-01'));
    const text = JSON.stringify(await exportBackup(db, undefined));

    await upsertCandidate(other, github('ada-dev'), new Date('2026-10-01')); // older here: replaced
    await upsertCandidate(other, github('brook'), new Date('2026-10-01'));
    await setStage(other, ['github:brook'], 'offer'); // edited after the backup: kept
    const result = await importBackup(other, text);
    expect(result).toMatchObject({ ok: true, report: { added: 1, updated: 1, skipped: 1 } });
    expect((await other.candidates.get('github:brook'))?.stage).toBe('offer');
    expect(await other.candidates.count()).toBe(3);
  });

  test('a backup cannot point the GitHub token at another server: its address is not imported', async () => {
    const text = JSON.stringify({
      ...(await exportBackup(db, undefined)),
      settings: { blindMode: true, apiUrl: 'https://evil.example/api/v3' },
    });
    const result = await importBackup(other, text);
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.settings).toEqual({ blindMode: true });
  });

  test.each([
    ['not JSON', 'hello', 'not JSON'],
    ['another program\'s JSON', '{"candidates":[]}', 'not a Backend Scout backup'],
    ['a newer format', JSON.stringify({ format: 'backend-scout-backup', version: 2 }), 'newer Backend Scout'],
    [
      'a damaged record',
      JSON.stringify({ format: 'backend-scout-backup', version: 1, exportedAt: 'x', candidates: [{ id: 1 }], notes: [], roles: [] }),
      'damaged (candidates.0.',
    ],
  ])('%s is refused with the reason and changes nothing', async (_, text, reason) => {
    await upsertCandidate(other, github('ada-dev'));
    const before = await other.candidates.toArray();
    const result = await importBackup(other, text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(reason);
    expect(await other.candidates.toArray()).toEqual(before);
  });

  test('the profiles in a hand-made or older backup are read like a résumé file, not refused for one field', async () => {
    const text = JSON.stringify({
      format: 'backend-scout-backup',
      version: 1,
      exportedAt: '2026-11-01T00:00:00Z',
      candidates: [
        {
          id: 'resume:ana',
          aliases: ['resume:ana'],
          profiles: {
            resume: {
              basics: { name: 'Ana Ruiz', website: 'https://ana.example', picture: '' },
              work: [
                { company: 'Quillworks', position: 'Desarrolladora backend', startDate: 'marzo de 2019', endDate: 'Actualidad' },
                { company: 'Harbor', position: 'Developer', startDate: 'sometime', endDate: '2019-02-31' },
              ],
              interests: ['climbing'],
            },
            linkedin: null,
          },
          firstCapturedAt: '2026-11-01T00:00:00Z',
          updatedAt: '2026-11-01T00:00:00Z',
        },
      ],
      notes: [],
      roles: [],
    });
    const result = await importBackup(other, text);
    expect(result).toMatchObject({
      ok: true,
      report: { added: 1, updated: 0, skipped: 0 },
      warnings: ["candidates[0].profiles.resume.work[1].startDate 'sometime' is not a date; ignored"],
    });
    const ana = await other.candidates.get('resume:ana');
    expect(ana?.profiles.resume?.basics.url).toBe('https://ana.example');
    expect(ana?.profiles.resume?.work).toEqual([
      { name: 'Quillworks', position: 'Desarrolladora backend', startDate: '2019-03', endDate: 'present' },
      { name: 'Harbor', position: 'Developer', endDate: '2019-02' },
    ]);
    expect(ana?.profiles.resume?.interests).toEqual([{ name: 'climbing' }]);
  });

  test('delete all data empties every table and keeps the token unless asked', async () => {
    await saveToken(db, 'ghp_x');
    await upsertCandidate(db, github('ada-dev'));
    await deleteAllData(db);
    expect(await db.candidates.count()).toBe(0);
    expect(await readToken(db)).toBe('ghp_x');
    await deleteAllData(db, { token: true });
    expect(await readToken(db)).toBeNull();
  });
});

describe('settings', () => {
  test('broken stored settings fall back to defaults field by field', async () => {
    const { readSettings } = await import('../../lib/store/settings');
    expect(readSettings(undefined)).toEqual(Settings.parse({}));
    expect(readSettings({ blindMode: 'yes', apiUrl: 'https://ghe.example/api/v3' })).toMatchObject({
      blindMode: false,
      apiUrl: 'https://ghe.example/api/v3',
    });
  });

  test.each([
    ['https://api.github.com/', 'https://api.github.com'],
    ['https://github.com', 'https://api.github.com'],
    ['https://ghe.example.com', 'https://ghe.example.com/api/v3'],
    ['https://ghe.example.com/api/v3/', 'https://ghe.example.com/api/v3'],
    ['http://127.0.0.1:4567', 'http://127.0.0.1:4567'],
  ])('API address %s → %s', async (input, expected) => {
    const { normaliseApiUrl } = await import('../../lib/github/api-url');
    expect(normaliseApiUrl(input)).toBe(expected);
  });

  test('a plain-http API address elsewhere is refused', async () => {
    const { normaliseApiUrl } = await import('../../lib/github/api-url');
    expect(() => normaliseApiUrl('http://ghe.example.com')).toThrow('https://');
  });
});

describe('where the token may go', () => {
  const granted = (origins: string[]) => async (origin: string) => origins.includes(origin);
  test.each([
    ['api.github.com', 'https://api.github.com', [], { apiUrl: 'https://api.github.com', tokenAllowed: true }],
    ['an Enterprise host the recruiter granted', 'https://ghe.example.com/api/v3', ['https://ghe.example.com'], { apiUrl: 'https://ghe.example.com/api/v3', tokenAllowed: true }],
    ['a host nobody granted (a forged setting)', 'https://evil.example/api/v3', [], { apiUrl: 'https://evil.example/api/v3', tokenAllowed: false }],
    ['plain http elsewhere: back to api.github.com', 'http://evil.example', [], { apiUrl: 'https://api.github.com', tokenAllowed: true }],
    ['not an address at all', 'javascript:alert(1)', [], { apiUrl: 'https://api.github.com', tokenAllowed: true }],
  ])('%s', async (_, apiUrl, origins, expected) => {
    const { githubTarget } = await import('../../lib/store/settings');
    expect(await githubTarget(Settings.parse({ apiUrl }), granted(origins as string[]))).toEqual(expected);
  });
});
