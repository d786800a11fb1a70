/**
 * Every shipped schema, written out here literally (never read back from
 * production code), opened with data in it and upgraded to today's with
 * nothing lost (STYLE.md: never edit a shipped version). Editing a shipped
 * version in lib/store/db.ts fails the first test; changing what a shipped
 * upgrade does fails the data tests.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { DB_VERSION, ScoutDatabase } from './db';
import { Candidate, QueuedAnalysis, SourcingRun } from './records';
import { createBackground } from '../background/service';

type Declared = { version: number; stores: Record<string, string | null> };

/** As each release shipped them. Add the next one here when it ships; never edit one. */
const SHIPPED: Declared[] = [
  // 1: the foundation release.
  { version: 1, stores: { candidates: 'id, *aliases, updatedAt' } },
  // 2: the workspace release.
  {
    version: 2,
    stores: {
      candidates: 'id, *aliases, updatedAt, *shortlists, stage, verdict, githubLogin',
      notes: 'id, candidateId, at',
      roles: 'id, name',
      githubCache: 'login',
      jobs: 'login, state, notBefore',
      secrets: 'key',
    },
  },
  // 3: the GitHub queue renamed.
  {
    version: 3,
    stores: {
      candidates: 'id, *aliases, updatedAt, *shortlists, stage, verdict, githubLogin',
      notes: 'id, candidateId, at',
      roles: 'id, name',
      githubCache: 'login',
      githubQueue: 'login, state, notBefore',
      secrets: 'key',
      jobs: null,
    },
  },
  // 4: trust, hand-off and sourcing (claims apart from aliases, stored blind aliases, contact decisions, suggestions, confirmed joins, GitHub account kinds, settings, sourcing lists).
  {
    version: 4,
    stores: {
      candidates: 'id, *aliases, updatedAt, *shortlists, stage, verdict, githubLogin, *claims, &blindAlias',
      notes: 'id, candidateId, at',
      roles: 'id, name',
      githubCache: 'login',
      githubQueue: 'login, state, notBefore',
      secrets: 'key',
      suggestions: 'id, *accounts, state',
      merges: 'id, into, absorbed',
      githubAccounts: 'login',
      settings: 'key',
      sourcing: 'id, state, notBefore',
    },
  },
];

/**
 * The versions a database class declares. Dexie keeps them in `_versions`
 * (internal, but the only way to read a declaration without opening it).
 */
function declaredVersions(db: object): Declared[] {
  const versions = (db as unknown as { _versions: Array<{ _cfg: { version: number; storesSource: Record<string, string | null> } }> })._versions;
  return versions.map((v) => ({ version: v._cfg.version, stores: { ...v._cfg.storesSource } }));
}

/** Every way a class's declarations differ from the shipped ones; empty when none was edited. */
function editedShippedVersions(db: object): string[] {
  const declared = declaredVersions(db);
  const problems: string[] = [];
  for (const shipped of SHIPPED) {
    const found = declared.find((d) => d.version === shipped.version);
    if (!found) problems.push(`version ${shipped.version} is no longer declared`);
    else if (JSON.stringify(found.stores) !== JSON.stringify(shipped.stores)) problems.push(`version ${shipped.version} was edited`);
  }
  return problems;
}

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database at an old version, with the schemas exactly as shipped. */
async function openShipped(version: number) {
  const name = `upgrade-from-${version}-${Math.random()}`;
  names.push(name);
  const old = new Dexie(name);
  for (const schema of SHIPPED.filter((s) => s.version <= version)) old.version(schema.version).stores({ ...schema.stores });
  await old.open();
  return { name, old };
}

/** A version-1 record as the foundation release wrote it. */
const v1Candidate = {
  id: 'github:ada-dev',
  aliases: ['github:ada-dev', 'linkedin:ada-quill'],
  profiles: {
    github: {
      basics: { name: 'Ada Quill', summary: 'Go and PostgreSQL', profiles: [{ network: 'GitHub', username: 'ada-dev', url: 'https://github.com/ada-dev' }] },
      work: [],
      education: [],
      skills: [],
      projects: [],
      capture: { source: 'github', url: 'https://github.com/ada-dev', capturedAt: '2026-10-01T10:00:00.000Z', confidence: {}, strategy: {}, missing: [], truncated: [] },
    },
  },
  firstCapturedAt: '2026-10-01T10:00:00.000Z',
  updatedAt: '2026-10-02T10:00:00.000Z',
};

/** The same person as the workspace release wrote them. */
const v2Candidate = { ...v1Candidate, stage: 'contacted', verdict: 'maybe', tags: ['go'], shortlists: ['backend-engineer'], githubLogin: 'ada-dev', screening: null };

/** What each shipped version's candidate looks like after upgrading to today's. */
const noContactDecisions = { doNotContact: null, contacted: null, keptApart: [], gdprNoticeAt: null };
const UPGRADED: Record<number, { written: object; expected: object }> = {
  1: { written: v1Candidate, expected: { stage: 'sourced', verdict: null, tags: [], shortlists: [], githubLogin: 'ada-dev', screening: null, ...noContactDecisions } },
  2: { written: v2Candidate, expected: { stage: 'contacted', verdict: 'maybe', tags: ['go'], shortlists: ['backend-engineer'], githubLogin: 'ada-dev', screening: null, ...noContactDecisions } },
  3: { written: v2Candidate, expected: { stage: 'contacted', verdict: 'maybe', tags: ['go'], shortlists: ['backend-engineer'], githubLogin: 'ada-dev', screening: null, ...noContactDecisions } },
};

/** A queued GitHub analysis as the workspace release wrote it. */
const v2Job = { login: 'ada-dev', state: 'waiting', notBefore: 1_800_000_000_000, refresh: true, attempts: 1, message: 'GitHub rate limit', updatedAt: 1_799_000_000_000 };

describe('database upgrades', () => {
  test('today is the last shipped version, and no shipped version was edited', () => {
    const db = new ScoutDatabase('unused');
    expect(DB_VERSION).toBe(SHIPPED.at(-1)!.version);
    expect(db.verno).toBe(DB_VERSION);
    expect(editedShippedVersions(db)).toEqual([]);
  });

  test('the guard fails when a shipped version is edited', () => {
    // The same class with one index added to version 2 after it shipped.
    class Edited extends Dexie {
      constructor() {
        super('edited-unused');
        this.version(1).stores({ candidates: 'id, *aliases, updatedAt' });
        this.version(2).stores({ ...SHIPPED[1]!.stores, candidates: `${SHIPPED[1]!.stores.candidates}, tags` });
        this.version(3).stores({ ...SHIPPED[2]!.stores });
        this.version(4).stores({ ...SHIPPED[3]!.stores });
      }
    }
    expect(editedShippedVersions(new Edited())).toEqual(['version 2 was edited']);
    class Dropped extends Dexie {
      constructor() {
        super('dropped-unused');
        this.version(2).stores({ ...SHIPPED[1]!.stores });
        this.version(3).stores({ ...SHIPPED[2]!.stores });
        this.version(4).stores({ ...SHIPPED[3]!.stores });
      }
    }
    expect(editedShippedVersions(new Dropped())).toEqual(['version 1 is no longer declared']);
  });

  test.each(SHIPPED.slice(0, -1).map((s) => s.version))('version %i with candidates in it upgrades with nothing lost', async (version) => {
    const { name, old } = await openShipped(version);
    const { written, expected } = UPGRADED[version]!;
    await old.table('candidates').bulkPut([written, { ...written, id: 'github:brook', aliases: ['github:brook'], githubLogin: 'brook' }]);
    old.close();

    const db = new ScoutDatabase(name);
    const all = await db.candidates.toArray();
    expect(all).toHaveLength(2);
    const ada = Candidate.parse(all.find((c) => c.id === 'github:ada-dev'));
    expect(ada.profiles).toEqual(v1Candidate.profiles);
    // Only the captured account is an alias; the LinkedIn profile its page merely named is a claim (version 4).
    expect(ada.aliases).toEqual(['github:ada-dev']);
    expect(ada.claims).toEqual(['linkedin:ada-quill']);
    expect(ada.blindAlias).toMatch(/^Candidate [0-9A-F]{4}$/);
    expect(ada.firstCapturedAt).toBe(v1Candidate.firstCapturedAt);
    expect(ada.updatedAt).toBe(v1Candidate.updatedAt);
    expect(ada).toMatchObject(expected);
    // The indexes work on upgraded records.
    expect(await db.candidates.where('githubLogin').equals('ada-dev').count()).toBe(1);
    expect(await db.candidates.where('stage').equals(ada.stage).count()).toBe(2);
    db.close();
  });

  test('version 3 candidates get empty contact decisions written into the stored record, not only read as defaults', async () => {
    const { name, old } = await openShipped(3);
    await old.table('candidates').put(v2Candidate);
    old.close();

    const db = new ScoutDatabase(name);
    const raw = (await db.candidates.get('github:ada-dev')) as unknown as Record<string, unknown>;
    expect(raw).toMatchObject(noContactDecisions);
    expect(Object.keys(raw)).toEqual(expect.arrayContaining(['doNotContact', 'contacted', 'keptApart', 'gdprNoticeAt']));
    // Everything the recruiter had is still there.
    expect(raw).toMatchObject({ stage: 'contacted', verdict: 'maybe', tags: ['go'], shortlists: ['backend-engineer'] });
    db.close();
  });

  test('version 2 with a queued GitHub analysis keeps it in the renamed queue', async () => {
    const { name, old } = await openShipped(2);
    await old.table('jobs').put(v2Job);
    old.close();

    const db = new ScoutDatabase(name);
    expect(QueuedAnalysis.parse(await db.githubQueue.get('ada-dev'))).toEqual({ ...v2Job, lease: null, leaseUntil: null });
    expect(db.tables.map((t) => t.name)).not.toContain('jobs');
    db.close();
  });

  test('version 3 candidates get blind aliases unique in the database, even when their ids share the four-digit guess', async () => {
    const { name, old } = await openShipped(3);
    // These two ids hash to the same 16 bits: "Candidate D997" would have been shared.
    const ids = ['linkedin:person-909', 'linkedin:person-2080'];
    await old.table('candidates').bulkPut(ids.map((id) => ({ ...v2Candidate, id, aliases: [id], profiles: {} })));
    old.close();
    const db = new ScoutDatabase(name);
    const aliases = (await db.candidates.toArray()).map((c) => Candidate.parse(c).blindAlias);
    expect(aliases[0]).toMatch(/^Candidate [0-9A-F]{4}$/);
    expect(new Set(aliases).size).toBe(2);
    expect(aliases).toContain('Candidate D997');
    db.close();
  });
});

describe('version 4: sourcing lists', () => {
  test('a version-3 database gains an empty sourcing table; its candidates read as having no sourced contributions', async () => {
    const { name, old } = await openShipped(3);
    await old.table('candidates').put(v2Candidate);
    await old.table('githubQueue').put(v2Job);
    old.close();

    const db = new ScoutDatabase(name);
    expect(await db.sourcing.count()).toBe(0);
    const ada = Candidate.parse(await db.candidates.get('github:ada-dev'));
    expect(ada.contributions).toBeUndefined();
    expect(ada).toMatchObject({ stage: 'contacted', shortlists: ['backend-engineer'] });
    expect(QueuedAnalysis.parse(await db.githubQueue.get('ada-dev'))).toEqual({ ...v2Job, lease: null, leaseUntil: null });
    // The new table and its indexes work.
    await db.sourcing.put(SourcingRun.parse({ id: 'repo:quillworks/ledgerd', kind: 'repository', subject: 'quillworks/ledgerd', state: 'waiting', notBefore: 5, createdAt: 1, updatedAt: 1 }));
    expect(await db.sourcing.where('state').equals('waiting').count()).toBe(1);
    expect(await db.sourcing.where('notBefore').below(10).count()).toBe(1);
    db.close();
  });
});

describe('after an upgrade', () => {
  test('candidates from an old version are screened and their GitHub queued when the worker starts', async () => {
    const { name, old } = await openShipped(1);
    await old.table('candidates').bulkPut([v1Candidate, { ...v1Candidate, id: 'linkedin:brook', aliases: ['linkedin:brook'], profiles: {} }]);
    old.close();

    const db = new ScoutDatabase(name);
    const service = createBackground({
      db,
      ownId: 'x',
      ownOrigin: 'chrome-extension://x/',
      session: { set: async () => {}, remove: async () => {} },
      log: () => {},
      now: () => new Date('2026-11-02T09:00:00.000Z'),
      // A GitHub that is never reached in this test: the queue only has to hold the analysis.
      github: { makeClient: () => new Promise(() => {}), scheduleWake: async () => {} },
    });
    expect(await service.screenUnscreened()).toBe(2);
    const ada = Candidate.parse(await db.candidates.get('github:ada-dev'));
    expect(ada.screening).toMatchObject({ level: expect.any(String), screenedAt: '2026-11-02T09:00:00.000Z' });
    expect(Candidate.parse(await db.candidates.get('linkedin:brook')).screening).not.toBeNull();
    expect(await db.githubQueue.get('ada-dev')).toMatchObject({ login: 'ada-dev' });
    expect(await db.githubQueue.count()).toBe(1);
    // A second start finds nobody left to screen.
    expect(await service.screenUnscreened()).toBe(0);
    db.close();
  });
});
