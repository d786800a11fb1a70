/**
 * The recruiter's contact decisions on stored candidates, joining two
 * records of one person, and what "already known" reads from the database.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { ScoutDatabase } from './db';
import { keepApart, setContacted, setDoNotContact, setGdprNoticeSent } from './contact';
import { joinDuplicates, separateJoined } from './merges';
import { Candidate } from './records';
import { Profile } from '../profile/profile';
import { readKnown } from '../workspace/known';
import { candidate } from '../../tests/support/handoff';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
function open() {
  const name = `contact-${Math.random()}`;
  names.push(name);
  return new ScoutDatabase(name);
}
const read = async (db: ScoutDatabase, id: string) => Candidate.parse(await db.candidates.get(id));

const ghost = candidate({
  id: 'github:aquill',
  aliases: ['github:aquill'],
  profiles: {
    github: Profile.parse({
      basics: { name: 'Ada Quill', email: 'ada@example.org', profiles: [{ network: 'GitHub', username: 'aquill', url: 'https://github.com/aquill' }] },
      capture: { source: 'github', capturedAt: '2026-11-06T00:00:00Z' },
    }),
  },
  tags: ['go', 'payments'],
  shortlists: ['platform'],
  stage: 'replied',
  verdict: 'maybe',
  contacted: { on: '2026-11-06', roleId: 'platform' },
  firstCapturedAt: '2026-11-06T00:00:00Z',
  updatedAt: '2026-11-07T00:00:00Z',
});

describe('contact decisions', () => {
  test('Do not contact with a reason, and taken back', async () => {
    const db = open();
    await db.candidates.put(candidate());
    await setDoNotContact(db, ['linkedin:ada-quill'], '  Asked   us not to ', new Date('2026-11-10T12:00:00Z'));
    expect((await read(db, 'linkedin:ada-quill')).doNotContact).toEqual({ reason: 'Asked us not to', at: '2026-11-10T12:00:00.000Z' });
    await setDoNotContact(db, ['linkedin:ada-quill'], null);
    expect((await read(db, 'linkedin:ada-quill')).doNotContact).toBeNull();
    db.close();
  });

  test('Contacted on a day moves a sourced candidate to Contacted; a later stage stays; a bad day is refused', async () => {
    const db = open();
    await db.candidates.bulkPut([candidate(), { ...ghost }]);
    await setContacted(db, ['linkedin:ada-quill', 'github:aquill'], '2026-11-12', 'backend-engineer');
    expect(await read(db, 'linkedin:ada-quill')).toMatchObject({ contacted: { on: '2026-11-12', roleId: 'backend-engineer' }, stage: 'contacted' });
    expect(await read(db, 'github:aquill')).toMatchObject({ contacted: { on: '2026-11-12' }, stage: 'replied' });
    await expect(setContacted(db, ['linkedin:ada-quill'], '12/11/2026')).rejects.toThrow('"12/11/2026" is not a day (YYYY-MM-DD).');
    await setGdprNoticeSent(db, ['linkedin:ada-quill'], true, new Date('2026-11-13T00:00:00Z'));
    expect((await read(db, 'linkedin:ada-quill')).gdprNoticeAt).toBe('2026-11-13T00:00:00.000Z');
    db.close();
  });

  test('keep apart is recorded on both', async () => {
    const db = open();
    await db.candidates.bulkPut([candidate(), ghost]);
    await keepApart(db, 'linkedin:ada-quill', 'github:aquill');
    expect((await read(db, 'linkedin:ada-quill')).keptApart).toEqual(['github:aquill']);
    expect((await read(db, 'github:aquill')).keptApart).toEqual(['linkedin:ada-quill']);
    db.close();
  });
});

describe('joining two records the recruiter confirms are one person', () => {
  test('the older record is kept with everything from both; notes move; decisions fold', async () => {
    const db = open();
    const linked = candidate({ tags: ['go'], shortlists: ['backend-engineer'], doNotContact: { reason: 'asked', at: '2026-11-02T00:00:00Z' } });
    await db.candidates.bulkPut([linked, ghost, candidate({ id: 'github:other', aliases: ['github:other'], keptApart: ['github:aquill'] })]);
    await db.notes.bulkPut([
      { id: 'n1', candidateId: 'github:aquill', text: 'from GitHub', at: '2026-11-06T10:00:00Z' },
      { id: 'n2', candidateId: 'linkedin:ada-quill', text: 'from LinkedIn', at: '2026-11-02T10:00:00Z' },
    ]);
    const joined = await joinDuplicates(db, 'github:aquill', 'linkedin:ada-quill', new Date('2026-11-20T00:00:00Z'));
    if (!joined.ok) throw new Error(joined.error);
    expect(joined.candidate.id).toBe('linkedin:ada-quill');
    expect(joined.merge).toMatchObject({ into: 'linkedin:ada-quill', absorbed: 'github:aquill', absorbedNotes: ['n1'], suggestionId: null });
    expect(await db.candidates.get('github:aquill')).toBeUndefined();
    const kept = await read(db, 'linkedin:ada-quill');
    expect(kept).toMatchObject({
      aliases: ['linkedin:ada-quill', 'github:aquill'],
      tags: ['go', 'payments'],
      shortlists: ['backend-engineer', 'platform'],
      stage: 'replied',
      verdict: 'maybe',
      doNotContact: { reason: 'asked', at: '2026-11-02T00:00:00Z' },
      contacted: { on: '2026-11-06', roleId: 'platform' },
      firstCapturedAt: '2026-11-01T09:00:01Z',
      updatedAt: '2026-11-20T00:00:00.000Z',
    });
    expect(Object.keys(kept.profiles).sort()).toEqual(['github', 'linkedin']);
    expect((await db.notes.where('candidateId').equals('linkedin:ada-quill').toArray()).map((n) => n.id).sort()).toEqual(['n1', 'n2']);
    expect((await read(db, 'github:other')).keptApart).toEqual(['linkedin:ada-quill']);
    expect(await joinDuplicates(db, 'linkedin:ada-quill', 'github:gone')).toEqual({ ok: false, error: 'One of the two candidates was deleted meanwhile.' });
    expect(await joinDuplicates(db, 'linkedin:ada-quill', 'linkedin:ada-quill')).toEqual({ ok: false, error: 'A candidate cannot be joined with itself.' });

    // A join the recruiter confirmed can be undone: each record gets back its own work and notes.
    const separated = await separateJoined(db, joined.merge.id, new Date('2026-11-21T00:00:00Z'));
    if (!separated.ok) throw new Error(separated.error);
    expect(await read(db, 'github:aquill')).toMatchObject({ tags: ['go', 'payments'], stage: 'replied', contacted: { on: '2026-11-06', roleId: 'platform' } });
    expect((await read(db, 'linkedin:ada-quill')).tags).toEqual(['go']);
    expect((await db.notes.where('candidateId').equals('github:aquill').toArray()).map((n) => n.id)).toEqual(['n1']);
    db.close();
  });
});

describe('what already-known reads', () => {
  test('the note count, and other records sharing an email', async () => {
    const db = open();
    const linked = candidate({ basics: { email: 'ADA@example.org' } });
    await db.candidates.bulkPut([linked, ghost, candidate({ id: 'github:nobody', aliases: ['github:nobody'], basics: { name: 'Nobody' } })]);
    await db.notes.bulkPut([
      { id: 'n1', candidateId: 'linkedin:ada-quill', text: 'a', at: '2026-11-02T10:00:00Z' },
      { id: 'n2', candidateId: 'linkedin:ada-quill', text: 'b', at: '2026-11-03T10:00:00Z' },
    ]);
    expect(await readKnown(db, linked)).toEqual({ notes: 2, sameEmail: [{ id: 'github:aquill', name: 'Ada Quill', firstCapturedAt: '2026-11-06T00:00:00Z' }] });
    expect(await readKnown(db, candidate({ id: 'github:nobody', aliases: ['github:nobody'] }))).toEqual({ notes: 0, sameEmail: [] });
    db.close();
  });
});
