/**
 * Every earlier schema, opened with data in it, upgrades to the current one
 * with nothing lost (STYLE.md: never edit a shipped version).
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { Candidate } from '../../lib/candidates';
import { SCHEMAS, ScoutDatabase } from '../../lib/db';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

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

async function openAtVersion(name: string, version: number) {
  const old = new Dexie(name);
  for (const schema of SCHEMAS.filter((s) => s.version <= version)) old.version(schema.version).stores(schema.stores);
  await old.open();
  return old;
}

describe('database upgrades', () => {
  test('the current version is the last schema', () => {
    const db = new ScoutDatabase('unused');
    expect(db.verno).toBe(SCHEMAS.at(-1)!.version);
  });

  test.each(SCHEMAS.slice(0, -1).map((s) => s.version))('version %i with candidates in it upgrades with nothing lost', async (version) => {
    const name = `upgrade-from-${version}-${Math.random()}`;
    names.push(name);
    const old = await openAtVersion(name, version);
    await old.table('candidates').bulkPut([v1Candidate, { ...v1Candidate, id: 'github:brook', aliases: ['github:brook'] }]);
    old.close();

    const db = new ScoutDatabase(name);
    const all = await db.candidates.toArray();
    expect(all).toHaveLength(2);
    const ada = Candidate.parse(all.find((c) => c.id === 'github:ada-dev'));
    expect(ada.profiles).toEqual(v1Candidate.profiles);
    expect(ada.aliases).toEqual(v1Candidate.aliases);
    expect(ada.firstCapturedAt).toBe(v1Candidate.firstCapturedAt);
    expect(ada.updatedAt).toBe(v1Candidate.updatedAt);
    expect(ada).toMatchObject({ stage: 'sourced', verdict: null, tags: [], shortlists: [], githubLogin: 'ada-dev', screening: null });
    // The new indexes work on upgraded records.
    expect(await db.candidates.where('githubLogin').equals('ada-dev').count()).toBe(1);
    expect(await db.candidates.where('stage').equals('sourced').count()).toBe(2);
    db.close();
  });
});
