import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { addToShortlist, upsertCandidate } from './candidates';
import { ScoutDatabase } from './db';
import { Profile } from '../profile/profile';
import { DEFAULT_ROLE_ID, deleteRole, ensureDefaultRole, readRoles, saveRole } from './roles';
import { summarise } from '../workspace/screen-candidate';

const linkedin = Profile.parse({
  basics: { name: 'Ada Quill', profiles: [{ network: 'LinkedIn', username: 'ada-quill' }] },
  work: [
    {
      name: 'Quillworks',
      position: 'Backend Engineer',
      startDate: '2019-01',
      summary: 'Built REST APIs in Go on PostgreSQL, deployed on Kubernetes in AWS.',
    },
  ],
  capture: { source: 'linkedin', capturedAt: '2026-11-01T00:00:00Z' },
});

describe('roles', () => {
  let db: ScoutDatabase;
  beforeEach(() => {
    db = new ScoutDatabase(`roles-${Math.random()}`);
  });
  afterEach(() => db.delete());

  test('the default Backend engineer role is there once, and comes back when every role is deleted', async () => {
    await ensureDefaultRole(db);
    await ensureDefaultRole(db);
    expect((await readRoles(db)).map((r) => [r.id, r.name])).toEqual([[DEFAULT_ROLE_ID, 'Backend engineer']]);
    await deleteRole(db, DEFAULT_ROLE_ID);
    await ensureDefaultRole(db);
    expect(await db.roles.count()).toBe(1);
  });

  test('a saved role validates; a deleted role leaves its shortlist, the candidates stay', async () => {
    const role = await saveRole(db, { name: 'Platform engineer', mustHave: ['Kubernetes', 'Go'], minimumLevel: 'senior' });
    expect(role).toMatchObject({ name: 'Platform engineer', mission: '', niceToHave: [], minimumLevel: 'senior' });
    await expect(saveRole(db, { name: '' })).rejects.toThrow();
    const c = await upsertCandidate(db, linkedin);
    await addToShortlist(db, [c.id], role.id);
    await deleteRole(db, role.id);
    expect((await db.candidates.get(c.id))?.shortlists).toEqual([]);
    expect(await db.candidates.count()).toBe(1);
  });

  test('a summary counts each role\'s must-haves met, from the same screening the popup shows', async () => {
    await ensureDefaultRole(db);
    const platform = await saveRole(db, { name: 'Platform engineer', mustHave: ['Kubernetes', 'Terraform'] });
    const summary = summarise({ profiles: { linkedin } }, undefined, await readRoles(db), new Date('2026-11-01'));
    expect(summary.green).toEqual(expect.arrayContaining(['language-proficiency', 'database-experience', 'api-design']));
    expect(summary.level).toBe('senior');
    expect(summary.roleMatches).toEqual({ [DEFAULT_ROLE_ID]: { met: 3, total: 3 }, [platform.id]: { met: 1, total: 2 } });
  });
});
