import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { deleteAllData, exportBackup, importBackup, rejectedSentence } from './backup';
import { addNote } from './notes';
import { setStage, upsertCandidate } from './candidates';
import { ScoutDatabase } from './db';
import { Profile } from '../profile/profile';
import { defaultRole } from './roles';
import { Settings, readToken, saveToken } from './settings';

const GITHUB = 'https://api.github.com';

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
    await saveToken(db, 'ghp_secret_token_value', GITHUB);
    const ada = await upsertCandidate(db, github('ada-dev'), new Date('2026-11-01'));
    await addNote(db, ada.id, 'Strong on Postgres');
    await db.roles.put(defaultRole(new Date('2026-11-01')));
    const backup = await exportBackup(db, Settings.parse({ blindMode: true }));
    const text = JSON.stringify(backup);
    expect(text).not.toContain('ghp_secret_token_value');

    const result = await importBackup(other, text);
    expect(result).toEqual({ ok: true, report: { added: 1, updated: 0, skipped: 0, rejected: [] }, settings: { blindMode: true, blindCsv: false } });
    expect(await other.candidates.toArray()).toEqual(await db.candidates.toArray());
    expect((await other.notes.toArray()).map((n) => n.text)).toEqual(['Strong on Postgres']);
    expect(await other.roles.count()).toBe(1);
    expect(await readToken(other, GITHUB)).toBeNull();
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
      'a file whose record lists are not lists',
      JSON.stringify({ format: 'backend-scout-backup', version: 1, exportedAt: 'x', candidates: {}, notes: [], roles: [] }),
      'damaged (candidates:',
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
    await saveToken(db, 'ghp_x', GITHUB);
    await upsertCandidate(db, github('ada-dev'));
    await deleteAllData(db);
    expect(await db.candidates.count()).toBe(0);
    expect(await readToken(db, GITHUB)).toBe('ghp_x');
    await deleteAllData(db, { token: true });
    expect(await readToken(db, GITHUB)).toBeNull();
  });
});

describe('settings', () => {
  test('broken stored settings fall back to defaults field by field', async () => {
    const { readSettings } = await import('./settings');
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
    const { normaliseApiUrl } = await import('../github/api-url');
    expect(normaliseApiUrl(input)).toBe(expected);
  });

  test('a plain-http API address elsewhere is refused', async () => {
    const { normaliseApiUrl } = await import('../github/api-url');
    expect(() => normaliseApiUrl('http://ghe.example.com')).toThrow('https://');
  });
});

describe('importing records that contradict themselves', () => {
  let db: ScoutDatabase;
  beforeEach(() => {
    db = new ScoutDatabase(`import-${Math.random()}`);
  });
  afterEach(() => db.delete());

  const NOW = new Date('2026-11-20T00:00:00Z');
  const record = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    aliases: [id],
    claims: [],
    profiles: {},
    githubLogin: null,
    screening: null,
    stage: 'sourced',
    verdict: null,
    tags: [],
    shortlists: [],
    firstCapturedAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-02T10:00:00.000Z',
    ...extra,
  });
  const file = (candidates: unknown[], notes: unknown[] = [], roles: unknown[] = []) =>
    JSON.stringify({ format: 'backend-scout-backup', version: 1, exportedAt: '2026-11-03T00:00:00.000Z', candidates, notes, roles });

  test('each bad record is left out with its reason, and the rest is imported', async () => {
    const result = await importBackup(
      db,
      file(
        [
          record('linkedin:good'),
          record('linkedin:not-mine', { aliases: ['linkedin:someone-else'] }),
          record('linkedin:zzzz', { updatedAt: 'zzzz' }),
          record('linkedin:far-future', { updatedAt: '9999-12-31T23:59:59.000Z' }),
          record('linkedin:feb-30', { firstCapturedAt: '2026-02-30T10:00:00.000Z' }),
          record('linkedin:good', { tags: ['second copy'] }),
          record('linkedin:thief', { aliases: ['linkedin:thief', 'linkedin:good'] }),
          { id: 42 },
        ],
        [
          { id: 'n1', candidateId: 'linkedin:good', text: 'fine', at: '2026-11-02T11:00:00.000Z' },
          { id: 'n1', candidateId: 'linkedin:good', text: 'again', at: '2026-11-02T11:00:00.000Z' },
          { id: 'n2', candidateId: 'linkedin:nobody', text: 'orphan', at: '2026-11-02T11:00:00.000Z' },
          { id: 'n3', candidateId: 'linkedin:good', text: 'when?', at: 'yesterday' },
        ],
      ),
      NOW,
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.report).toMatchObject({ added: 1, updated: 0, skipped: 0 });
    expect(result.report.rejected).toEqual([
      { record: 'candidate linkedin:not-mine', reason: 'its id is not among its own accounts' },
      { record: 'candidate linkedin:zzzz', reason: 'updatedAt "zzzz" is not a real date and time' },
      { record: 'candidate linkedin:far-future', reason: 'updatedAt "9999-12-31T23:59:59.000Z" is not a real date and time' },
      { record: 'candidate linkedin:feb-30', reason: 'firstCapturedAt "2026-02-30T10:00:00.000Z" is not a real date and time' },
      { record: 'candidate linkedin:good', reason: 'its id appears twice in the file; the first one was imported' },
      { record: 'candidate linkedin:thief', reason: "its account linkedin:good is also candidate linkedin:good's in the file" },
      { record: 'candidate #8', reason: expect.stringContaining('id:') },
      { record: 'note n1', reason: 'its id appears twice in the file; the first one was imported' },
      { record: 'note n2', reason: 'it belongs to no candidate (linkedin:nobody)' },
      { record: 'note n3', reason: 'its date "yesterday" is not a real date and time' },
    ]);
    expect((await db.candidates.toArray()).map((c) => c.id)).toEqual(['linkedin:good']);
    expect((await db.candidates.get('linkedin:good'))?.tags).toEqual([]);
    expect((await db.notes.toArray()).map((n) => n.text)).toEqual(['fine']);
    expect(rejectedSentence(result.report.rejected, 2)).toBe(
      '10 records were left out: candidate linkedin:not-mine (its id is not among its own accounts); candidate linkedin:zzzz (updatedAt "zzzz" is not a real date and time); and 8 more.',
    );
  });

  test('a record with a made-up timestamp never wins a later import', async () => {
    await importBackup(db, file([record('linkedin:ada', { updatedAt: 'zzzz', verdict: 'no' })]), NOW);
    await importBackup(db, file([record('linkedin:ada', { verdict: 'strong-yes' })]), NOW);
    expect((await db.candidates.get('linkedin:ada'))?.verdict).toBe('strong-yes');
  });

  test('a backup never takes over an account that is another candidate here', async () => {
    await upsertCandidate(db, github('ada-dev'), new Date('2026-11-01'));
    const result = await importBackup(db, file([record('linkedin:eve', { aliases: ['linkedin:eve', 'github:ada-dev'] })]), NOW);
    expect(result.ok && result.report.rejected).toEqual([{ record: 'candidate linkedin:eve', reason: 'its account github:ada-dev is candidate github:ada-dev here' }]);
    expect(await db.candidates.count()).toBe(1);
  });

  test('a backup from before claims were kept apart: what a profile merely names becomes a claim', async () => {
    const old = record('linkedin:mara', {
      aliases: ['linkedin:mara', 'github:mara-lind'],
      profiles: { linkedin: { basics: { profiles: [{ network: 'LinkedIn', username: 'mara' }, { network: 'GitHub', username: 'mara-lind' }] }, capture: { source: 'linkedin', capturedAt: '2026-11-01T10:00:00.000Z' } } },
    });
    delete (old as { claims?: unknown }).claims;
    await importBackup(db, file([old]), NOW);
    expect(await db.candidates.get('linkedin:mara')).toMatchObject({ aliases: ['linkedin:mara'], claims: ['github:mara-lind'] });
  });

  test('blind aliases stay unique: one the backup brings that is taken here is replaced', async () => {
    const here = await upsertCandidate(db, github('ada-dev'), new Date('2026-11-01'));
    await importBackup(db, file([record('linkedin:other', { blindAlias: here.blindAlias })]), NOW);
    const imported = await db.candidates.get('linkedin:other');
    expect(imported?.blindAlias).toMatch(/^Candidate [0-9A-F]{4}$/);
    expect(imported?.blindAlias).not.toBe(here.blindAlias);
  });
});

