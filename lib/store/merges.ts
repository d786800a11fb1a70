/**
 * The table `merges`: joins the recruiter confirmed ("May be the same person
 * as …: Join"), each with both candidates as they were just before it, so
 * "Separate again" can undo it. A join by a two-way link needs no undo: both
 * pages say they are one person.
 *
 * Undoing gives each side back its own accounts, profiles (the latest
 * capture of each account, when one came after the join), verdict, stage,
 * tags and shortlists as they were before the join, and its own notes; notes
 * written on the joined candidate stay with the one whose id it kept. The
 * suggestion is then remembered as "kept apart", so it does not come back.
 */
import { primaryIdOf } from '../profile/identity';
import type { Profile } from '../profile/profile';
import { allocateBlindAlias, mergeCandidates, settleIdentity } from './candidates';
import type { ScoutDatabase } from './db';
import { Candidate, MergeRecord, SamePersonSuggestion } from './records';

export type JoinResult = { ok: true; candidate: Candidate; merge: MergeRecord } | { ok: false; error: string };

const JOIN_TABLES = (db: ScoutDatabase) => [db.candidates, db.notes, db.suggestions, db.merges, db.githubAccounts];

/** Joins the two candidates of an open suggestion into one (the older id is kept). */
export async function joinSuggested(db: ScoutDatabase, suggestionId: string, now: Date = new Date()): Promise<JoinResult> {
  return db.transaction('rw', JOIN_TABLES(db), async () => {
    const found = SamePersonSuggestion.safeParse(await db.suggestions.get(suggestionId));
    const suggestion = found.success ? found.data : null;
    if (!suggestion) return { ok: false as const, error: 'This suggestion is no longer there.' };
    const [a, b] = await Promise.all([suggestion.from, suggestion.to].map((id) => db.candidates.where('aliases').equals(id).first()));
    if (a && b && a.id === b.id) {
      await db.suggestions.delete(suggestionId);
      return { ok: false as const, error: 'These two are one candidate already.' };
    }
    return joinConfirmed(db, a, b, suggestionId, now);
  });
}

/**
 * Joins two candidates the recruiter says are one person though nothing
 * links them (a possible duplicate: same name and company), undoable like
 * any confirmed join.
 */
export async function joinDuplicates(db: ScoutDatabase, aId: string, bId: string, now: Date = new Date()): Promise<JoinResult> {
  if (aId === bId) return { ok: false, error: 'A candidate cannot be joined with itself.' };
  return db.transaction('rw', JOIN_TABLES(db), async () => {
    const [a, b] = await db.candidates.bulkGet([aId, bId]);
    return joinConfirmed(db, a, b, null, now);
  });
}

/** The join itself, inside the caller's transaction: both sides recorded as they were, so it can be undone. */
async function joinConfirmed(db: ScoutDatabase, a: Candidate | undefined, b: Candidate | undefined, suggestionId: string | null, now: Date): Promise<JoinResult> {
  {
    if (!a || !b) return { ok: false as const, error: 'One of the two candidates was deleted meanwhile.' };
    const parsed = [Candidate.safeParse(a), Candidate.safeParse(b)];
    if (!parsed[0]!.success || !parsed[1]!.success) return { ok: false as const, error: "One of the two candidates' stored records is damaged; they cannot be joined." };
    const [kept, absorbed] = [parsed[0]!.data, parsed[1]!.data].sort((x, y) => x.firstCapturedAt.localeCompare(y.firstCapturedAt)) as [Candidate, Candidate];
    const at = now.toISOString();
    const absorbedNotes = (await db.notes.where('candidateId').equals(absorbed.id).primaryKeys()) as string[];
    const merge: MergeRecord = {
      id: `${at}:${kept.id}+${absorbed.id}`,
      into: kept.id,
      absorbed: absorbed.id,
      before: { kept, absorbed },
      absorbedNotes,
      suggestionId,
      at,
    };
    const candidate = await settleIdentity(db, { ...mergeCandidates(kept, [absorbed]), updatedAt: at });
    await db.notes.where('candidateId').equals(absorbed.id).modify({ candidateId: kept.id });
    await db.candidates.delete(absorbed.id);
    await db.candidates.put(candidate);
    if (suggestionId) await db.suggestions.delete(suggestionId);
    // Whoever was kept apart from the absorbed record is now kept apart from the joined one.
    await db.candidates
      .filter((c) => Array.isArray(c.keptApart) && c.keptApart.includes(absorbed.id))
      .modify((c) => {
        c.keptApart = [...new Set((c.keptApart ?? []).map((id) => (id === absorbed.id ? kept.id : id)))];
      });
    await db.merges.put(merge);
    return { ok: true as const, candidate, merge };
  }
}

/** The confirmed joins that made this candidate, newest first (what "Separate again" offers). */
export async function readMergesInto(db: ScoutDatabase, candidateId: string): Promise<MergeRecord[]> {
  const rows = await db.merges.where('into').equals(candidateId).toArray();
  return rows
    .flatMap((row) => {
      const parsed = MergeRecord.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((x, y) => y.at.localeCompare(x.at));
}

export type SeparateResult = { ok: true; kept: Candidate; absorbed: Candidate } | { ok: false; error: string };

/** Undoes a confirmed join: two candidates again, each with its own accounts, profiles, work and notes. */
export async function separateJoined(db: ScoutDatabase, mergeId: string, now: Date = new Date()): Promise<SeparateResult> {
  return db.transaction('rw', [db.candidates, db.notes, db.suggestions, db.merges, db.githubAccounts], async () => {
    const parsed = MergeRecord.safeParse(await db.merges.get(mergeId));
    if (!parsed.success) return { ok: false as const, error: 'This join can no longer be undone.' };
    const merge = parsed.data;
    const current = Candidate.safeParse(await db.candidates.get(merge.into));
    if (!current.success) return { ok: false as const, error: 'The joined candidate was deleted or is damaged; there is nothing to separate.' };
    if (await db.candidates.get(merge.absorbed)) return { ok: false as const, error: 'These two are apart already.' };
    const joined = current.data;
    const theirs = new Set(merge.before.absorbed.aliases);
    const at = now.toISOString();

    // Each capture goes back to whoever's account it is; a capture made after the join is the latest one.
    const keptProfiles: Candidate['profiles'] = {};
    const absorbedProfiles: Candidate['profiles'] = { ...merge.before.absorbed.profiles };
    for (const source of ['github', 'linkedin', 'resume'] as const) {
      const profile: Profile | undefined = joined.profiles[source];
      const owner = profile ? primaryIdOf(profile) : null;
      if (profile && owner && theirs.has(owner)) {
        absorbedProfiles[source] = profile;
        if (merge.before.kept.profiles[source]) keptProfiles[source] = merge.before.kept.profiles[source];
      } else if (profile) {
        keptProfiles[source] = profile;
      }
    }
    const kept = await settleIdentity(db, {
      ...merge.before.kept,
      aliases: joined.aliases.filter((id) => !theirs.has(id)),
      profiles: keptProfiles,
      blindAlias: joined.blindAlias ?? merge.before.kept.blindAlias,
      updatedAt: at,
    });
    await db.candidates.put(kept);
    const taken = merge.before.absorbed.blindAlias && (await db.candidates.where('blindAlias').equals(merge.before.absorbed.blindAlias).first());
    const absorbed = await settleIdentity(db, {
      ...merge.before.absorbed,
      profiles: absorbedProfiles,
      blindAlias: taken ? await allocateBlindAlias(db, merge.absorbed) : merge.before.absorbed.blindAlias,
      updatedAt: at,
    });
    absorbed.blindAlias ??= await allocateBlindAlias(db, absorbed.id);
    await db.candidates.put(absorbed);
    await db.notes.bulkUpdate(merge.absorbedNotes.map((key) => ({ key, changes: { candidateId: absorbed.id } })));
    if (merge.suggestionId) {
      const [from, to] = merge.suggestionId.split('>') as [string, string];
      await db.suggestions.put({ id: merge.suggestionId, from, to, accounts: [from, to], state: 'dismissed', createdAt: at });
    }
    await db.merges.delete(mergeId);
    // Undoing an earlier join of the same candidate stays possible; this one is gone.
    return { ok: true as const, kept, absorbed };
  });
}
