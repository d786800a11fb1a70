/**
 * The table `roles`: role scorecards (lib/screening/role.ts) with an id, so
 * each role has its own shortlist. The default "Backend engineer" role of
 * DOMAIN.md is put in place when the extension is installed and whenever the
 * recruiter has deleted every role, so there is always one to screen against.
 */
import { BACKEND_ENGINEER_ROLE } from '../screening/scorecard';
import type { ScoutDatabase } from './db';
import { StoredRole, type StoredRoleInput } from './records';

export const DEFAULT_ROLE_ID = 'backend-engineer';

export function defaultRole(now: Date = new Date()): StoredRole {
  return { ...BACKEND_ENGINEER_ROLE, id: DEFAULT_ROLE_ID, updatedAt: now.toISOString() };
}

/** Every stored role that validates, by name; broken records are left out rather than crash a page. */
export async function readRoles(db: ScoutDatabase): Promise<StoredRole[]> {
  const roles = (await db.roles.toArray()).flatMap((raw) => {
    const parsed = StoredRole.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  return roles.sort((a, b) => a.name.localeCompare(b.name));
}

export async function ensureDefaultRole(db: ScoutDatabase, now: Date = new Date()): Promise<void> {
  await db.transaction('rw', db.roles, async () => {
    if ((await db.roles.count()) === 0) await db.roles.put(defaultRole(now));
  });
}

/** Saves a role (new or edited); returns it as stored. */
export async function saveRole(db: ScoutDatabase, input: StoredRoleInput | (Omit<StoredRoleInput, 'id' | 'updatedAt'> & { id?: string }), now: Date = new Date()): Promise<StoredRole> {
  const role = StoredRole.parse({ ...input, id: input.id || crypto.randomUUID(), updatedAt: now.toISOString() });
  await db.roles.put(role);
  return role;
}

/** Deletes a role and takes it off every shortlist; the candidates stay. */
export async function deleteRole(db: ScoutDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.roles, db.candidates, async () => {
    await db.roles.delete(id);
    await db.candidates
      .where('shortlists')
      .equals(id)
      .modify((c) => {
        c.shortlists = c.shortlists.filter((r) => r !== id);
        if (c.screening?.roleMatches) delete c.screening.roleMatches[id];
      });
  });
}
