/**
 * The recruiter's contact decisions on a candidate: "Do not contact" (with a
 * reason), "Contacted on" a day, and "not the same person as" another
 * candidate. They live on the candidate record (schema version 4) and are
 * edited like every other recruiter field: atomically per candidate, stamped.
 */
import { editCandidates } from './candidates';
import type { ScoutDatabase } from './db';

/** Marks (or, with null, unmarks) candidates "Do not contact", with the reason the recruiter gave. */
export function setDoNotContact(db: ScoutDatabase, ids: readonly string[], reason: string | null, now: Date = new Date()) {
  const clean = reason?.replace(/\s+/g, ' ').trim().slice(0, 500) ?? null;
  return editCandidates(
    db,
    ids,
    (c) => {
      c.doNotContact = clean === null ? null : { reason: clean, at: now.toISOString() };
    },
    now,
  );
}

/**
 * Records that the recruiter wrote to the candidates on a day (YYYY-MM-DD),
 * for a role when one was chosen; null clears it. A candidate still at
 * "Sourced" moves to "Contacted": the pipeline says what happened.
 */
export function setContacted(db: ScoutDatabase, ids: readonly string[], on: string | null, roleId: string | null = null, now: Date = new Date()) {
  if (on !== null && !/^\d{4}-\d{2}-\d{2}$/.test(on)) return Promise.reject(new Error(`"${on}" is not a day (YYYY-MM-DD).`));
  return editCandidates(
    db,
    ids,
    (c) => {
      c.contacted = on === null ? null : { on, roleId };
      if (on !== null && c.stage === 'sourced') c.stage = 'contacted';
    },
    now,
  );
}

/** Records that the GDPR Art. 14 notice was sent (or, with null, takes that back). */
export function setGdprNoticeSent(db: ScoutDatabase, ids: readonly string[], sent: boolean, now: Date = new Date()) {
  return editCandidates(
    db,
    ids,
    (c) => {
      c.gdprNoticeAt = sent ? now.toISOString() : null;
    },
    now,
  );
}

/** The recruiter says two candidates are different people: they are no longer offered as possible duplicates. */
export async function keepApart(db: ScoutDatabase, a: string, b: string, now: Date = new Date()) {
  await db.transaction('rw', db.candidates, async () => {
    await editCandidates(db, [a], (c) => void (c.keptApart = [...new Set([...(c.keptApart ?? []), b])]), now);
    await editCandidates(db, [b], (c) => void (c.keptApart = [...new Set([...(c.keptApart ?? []), a])]), now);
  });
}

/**
 * A role's outreach settings: its cooling-off period in days (null for the
 * default) and its draft template (null or empty for the built-in one).
 */
export async function saveRoleOutreach(db: ScoutDatabase, roleId: string, outreach: { coolingOffDays: number | null; outreachTemplate: string | null }, now: Date = new Date()) {
  const days = outreach.coolingOffDays;
  if (days !== null && (!Number.isInteger(days) || days < 0 || days > 3650)) throw new Error('The cooling-off period is a whole number of days, from 0 to 3650.');
  const template = outreach.outreachTemplate?.trim() ? outreach.outreachTemplate.slice(0, 5000) : null;
  const changed = await db.roles.update(roleId, {
    coolingOffDays: days ?? undefined,
    outreachTemplate: template,
    updatedAt: now.toISOString(),
  });
  if (!changed) throw new Error('This role no longer exists.');
}
