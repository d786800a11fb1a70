/**
 * The side panel's early read (./early-read.ts) against real (fake-indexeddb)
 * databases that Dexie made: it reads what Dexie's read would, never makes a
 * database, never reads one waiting for its upgrade, and never stands in the
 * way of an upgrade. Each test has an IndexedDB of its own (the early read
 * opens the one real name, as the extension does).
 */
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { readNewestCandidates, upsertCandidate, validateCandidates } from '@/lib/store/candidates';
import { DB_NAME, DB_VERSION, ScoutDatabase } from '@/lib/store/db';
import { saveSettings } from '@/lib/store/settings';
import { Profile } from '@/lib/profile/profile';
import { FIRST_PAGE, readEarly, startEarlyRead, takeEarlyRead } from './early-read';

const github = (login: string) =>
  Profile.parse({
    basics: { name: `Person ${login}`, profiles: [{ network: 'GitHub', username: login, url: `https://github.com/${login}` }] },
    capture: { source: 'github', capturedAt: '2026-11-01T00:00:00Z' },
  });

/** Today's database, made by Dexie in an IndexedDB of its own, with `count` candidates updated a minute apart. */
async function todaysDatabase(count: number) {
  const idb = new IDBFactory();
  const db = new ScoutDatabase(DB_NAME, { indexedDB: idb, IDBKeyRange });
  for (let i = 0; i < count; i++) await upsertCandidate(db, github(`person-${i}`), new Date(Date.UTC(2026, 10, 1, 9, i)));
  return { idb, db };
}

/** Opens the database at `version` without Dexie: blocked (another connection held it up), or open. */
function openAt(idb: IDBFactory, version: number): Promise<{ blocked: true } | { blocked: false; db: IDBDatabase }> {
  return new Promise((resolve, reject) => {
    const open = idb.open(DB_NAME, version);
    open.onblocked = () => resolve({ blocked: true });
    open.onsuccess = () => resolve({ blocked: false, db: open.result });
    open.onerror = () => reject(open.error);
  });
}

/** Closes what openAt opened, once the test has looked. */
const closeOpened = (opened: Awaited<ReturnType<typeof openAt>>) => {
  if (!opened.blocked) opened.db.close();
};

describe('the early read', () => {
  test("reads the newest page and the settings, as Dexie's read does", async () => {
    const { idb, db } = await todaysDatabase(FIRST_PAGE + 6);
    await saveSettings(db, { blindMode: true, exportFormat: 'greenhouse' });
    db.close();

    const early = await readEarly(idb, FIRST_PAGE);
    expect(early).toBeDefined();
    expect(early!.settings).toMatchObject({ blindMode: true, exportFormat: 'greenhouse' });
    const read = validateCandidates(early!.candidates);
    expect(read.broken).toEqual([]);
    expect(read.candidates.map((c) => c.id)).toHaveLength(FIRST_PAGE);
    // Newest first: person-29 down to person-6.
    expect(read.candidates[0]!.id).toBe(`github:person-${FIRST_PAGE + 5}`);
    expect(read.candidates.at(-1)!.id).toBe('github:person-6');

    const again = new ScoutDatabase(DB_NAME, { indexedDB: idb, IDBKeyRange });
    expect(read).toEqual(await readNewestCandidates(again, FIRST_PAGE));
    again.close();
  });

  test('hands over what it read as it is: a record that is no candidate is reported by the validation, not shown', async () => {
    const { idb, db } = await todaysDatabase(2);
    await db.candidates.put({ id: 'github:half-written', updatedAt: '2026-12-01T00:00:00.000Z' } as never);
    db.close();

    const early = await readEarly(idb, FIRST_PAGE);
    expect(early!.settings).toBeUndefined();
    const read = validateCandidates(early!.candidates);
    expect(read.broken).toEqual(['github:half-written']);
    expect(read.candidates.map((c) => c.id)).toEqual(['github:person-1', 'github:person-0']);
  });

  test('makes no database on a first run, so Dexie makes it at its own version', async () => {
    const idb = new IDBFactory();
    expect(await readEarly(idb, FIRST_PAGE)).toBeUndefined();
    expect(await idb.databases()).toEqual([]);

    const db = new ScoutDatabase(DB_NAME, { indexedDB: idb, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect(await db.candidates.count()).toBe(0);
    db.close();
  });

  test('leaves a database that waits for its upgrade to Dexie, which then upgrades it', async () => {
    const idb = new IDBFactory();
    // An older version with the very tables the early read reads, and a row in each: only the version tells it to keep off.
    const old = new Dexie(DB_NAME, { indexedDB: idb, IDBKeyRange });
    old.version(DB_VERSION - 1).stores({ candidates: 'id, *aliases, updatedAt', settings: 'key' });
    await old.open();
    await old.table('candidates').put({ id: 'github:old-shape', aliases: ['github:old-shape'], updatedAt: '2026-01-01T00:00:00.000Z' });
    await old.table('settings').put({ key: 'settings', value: { blindMode: true } });
    old.close();

    expect(await readEarly(idb, FIRST_PAGE)).toBeUndefined();
    const db = new ScoutDatabase(DB_NAME, { indexedDB: idb, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    db.close();
  });

  test('never holds up an upgrade: its connection is gone once it has read, and steps aside while reading', async () => {
    const { idb, db } = await todaysDatabase(3);
    db.close();

    const after = await readEarly(idb, FIRST_PAGE);
    expect(after!.candidates).toHaveLength(3);
    const next = await openAt(idb, (DB_VERSION + 1) * 10);
    expect(next.blocked).toBe(false);
    closeOpened(next);

    // An upgrade asked for while the read is under way waits for nothing either.
    const reading = readEarly(idb, FIRST_PAGE);
    const upgrade = await openAt(idb, (DB_VERSION + 2) * 10);
    expect(upgrade.blocked).toBe(false);
    closeOpened(upgrade);
    // The read itself gives way: it read today's version, or nothing.
    const read = await reading;
    if (read) expect(read.candidates).toHaveLength(3);
  });

  test('is handed from the classic script to the page once', async () => {
    const { idb, db } = await todaysDatabase(1);
    db.close();
    const scope = { indexedDB: idb } as unknown as typeof globalThis;

    expect(takeEarlyRead(scope)).toBeUndefined();
    startEarlyRead(scope);
    const read = takeEarlyRead(scope);
    expect(await read).toMatchObject({ candidates: [expect.objectContaining({ id: 'github:person-0' })] });
    expect(takeEarlyRead(scope)).toBeUndefined();
  });
});
