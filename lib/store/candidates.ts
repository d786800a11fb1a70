/**
 * The table `candidates`: one per person, with a stable id derived from a
 * profile URL (`github:<login>`, `linkedin:<slug>`, lower-cased). A revisit
 * updates the captured profile and never touches what the recruiter wrote;
 * profiles that link to each other (a GitHub profile naming a LinkedIn page,
 * or the other way round) become one candidate, even when both were captured
 * apart first.
 *
 * Every edit is a Dexie `modify` inside a read-write transaction, so two pages
 * editing the same candidate at once both keep their edits (IndexedDB runs
 * the transactions one after the other; each reads the other's write).
 */
import { githubLoginOf, idsOfProfile, primaryIdOf } from '../profile/identity';
import type { Profile, ProfileSource } from '../profile/profile';
import type { ScoutDatabase } from './db';
import { Candidate, STAGES, type Note, type Stage, type Verdict } from './records';

/** Later of two ISO timestamps. */
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/**
 * Folds several stored candidates that turned out to be one person into the
 * first. The recruiter's work is kept from all: tags and shortlists are
 * united, the stage further along the pipeline wins (a decision such as
 * "Not a fit" counts as furthest), and the more recently updated verdict wins.
 */
function mergeCandidates(keep: Candidate, others: readonly Candidate[]): Candidate {
  let merged = keep;
  for (const other of others) {
    const newer = other.updatedAt > merged.updatedAt ? other : merged;
    merged = {
      ...merged,
      aliases: [...new Set([...merged.aliases, ...other.aliases])],
      profiles: { ...other.profiles, ...merged.profiles },
      githubLogin: merged.githubLogin ?? other.githubLogin,
      stage: STAGES.indexOf(other.stage) > STAGES.indexOf(merged.stage) ? other.stage : merged.stage,
      verdict: newer.verdict ?? merged.verdict ?? other.verdict,
      tags: [...new Set([...merged.tags, ...other.tags])],
      shortlists: [...new Set([...merged.shortlists, ...other.shortlists])],
      firstCapturedAt: earlier(merged.firstCapturedAt, other.firstCapturedAt),
      updatedAt: later(merged.updatedAt, other.updatedAt),
    };
  }
  return merged;
}

/**
 * Stores a captured profile: creates the candidate, or updates the one that
 * any of the profile's ids already belongs to (merging candidates the profile
 * shows to be one person). One transaction, so two tabs capturing at once
 * cannot lose either update.
 */
export async function upsertCandidate(db: ScoutDatabase, profile: Profile, now: Date = new Date()): Promise<Candidate> {
  const primary = primaryIdOf(profile);
  if (!primary) throw new Error('A captured profile must name its own GitHub or LinkedIn account.');
  const source = profile.capture?.source as ProfileSource;
  const ids = [primary, ...idsOfProfile(profile).filter((id) => id !== primary)];
  const at = now.toISOString();
  return db.transaction('rw', db.candidates, db.notes, async () => {
    const found = await db.candidates.where('aliases').anyOf(ids).toArray();
    // Keep the oldest record's id: it is what links and exports already use.
    found.sort((a, b) => a.firstCapturedAt.localeCompare(b.firstCapturedAt));
    const [existing, ...duplicates] = found;
    let candidate: Candidate;
    if (existing) {
      const merged = mergeCandidates(existing, duplicates);
      const aliases = [...new Set([...merged.aliases, ...ids])];
      candidate = {
        ...merged,
        aliases,
        profiles: { ...merged.profiles, [source]: profile },
        githubLogin: githubLoginOf(aliases),
        updatedAt: at,
      };
      for (const duplicate of duplicates) {
        await db.notes.where('candidateId').equals(duplicate.id).modify({ candidateId: candidate.id });
        await db.candidates.delete(duplicate.id);
      }
    } else {
      candidate = Candidate.parse({
        id: primary,
        aliases: ids,
        profiles: { [source]: profile },
        githubLogin: githubLoginOf(ids),
        firstCapturedAt: at,
        updatedAt: at,
      });
    }
    await db.candidates.put(candidate);
    return candidate;
  });
}

/**
 * What a read found: the records that validate, and the ids of those that do
 * not (a record half-written by an old version, or edited by hand), which
 * the pages report instead of failing on them.
 */
export interface CandidateRead {
  candidates: Candidate[];
  broken: string[];
}

function validated(records: readonly unknown[]): CandidateRead {
  const out: CandidateRead = { candidates: [], broken: [] };
  for (const record of records) {
    if (record === undefined) continue;
    const parsed = Candidate.safeParse(record);
    if (parsed.success) out.candidates.push(parsed.data);
    else out.broken.push(typeof (record as { id?: unknown })?.id === 'string' ? (record as { id: string }).id : '(no id)');
  }
  return out;
}

/** Candidates by id, in the order asked; missing ids are left out. */
export async function readCandidates(db: ScoutDatabase, ids: readonly string[]): Promise<CandidateRead> {
  return validated(await db.candidates.bulkGet([...ids]));
}

/** One candidate: undefined when there is none, 'broken' when the stored record does not validate. */
export async function readCandidate(db: ScoutDatabase, id: string): Promise<Candidate | undefined | 'broken'> {
  const record = await db.candidates.get(id);
  if (record === undefined) return undefined;
  const parsed = Candidate.safeParse(record);
  return parsed.success ? parsed.data : 'broken';
}

/** The most recently updated candidates: what a page shows first while the rest loads. */
export async function readNewestCandidates(db: ScoutDatabase, limit: number): Promise<CandidateRead> {
  return validated(await db.candidates.orderBy('updatedAt').reverse().limit(limit).toArray());
}

/** Records per read: a page handles clicks and keys between reads instead of freezing for one big one. */
const READ_CHUNK = 1000;

/** Every candidate, read in chunks by id. */
export async function readAllCandidates(db: ScoutDatabase): Promise<CandidateRead> {
  const all: CandidateRead = { candidates: [], broken: [] };
  let last: string | undefined;
  for (;;) {
    const chunk = await (last === undefined ? db.candidates.toCollection() : db.candidates.where(':id').above(last)).limit(READ_CHUNK).toArray();
    const read = validated(chunk);
    all.candidates.push(...read.candidates);
    all.broken.push(...read.broken);
    if (chunk.length < READ_CHUNK) return all;
    last = (chunk[chunk.length - 1] as { id: string }).id;
  }
}

type Edit = (candidate: Candidate) => void;

/** Applies one edit to each candidate, atomically per candidate, and stamps it. */
export async function editCandidates(db: ScoutDatabase, ids: readonly string[], edit: Edit, now: Date = new Date()) {
  const at = now.toISOString();
  return db.candidates
    .where('id')
    .anyOf([...ids])
    .modify((candidate) => {
      edit(candidate);
      candidate.updatedAt = at;
    });
}

export const setVerdict = (db: ScoutDatabase, ids: readonly string[], verdict: Verdict | null) =>
  editCandidates(db, ids, (c) => {
    c.verdict = verdict;
  });

export const setStage = (db: ScoutDatabase, ids: readonly string[], stage: Stage) =>
  editCandidates(db, ids, (c) => {
    c.stage = stage;
  });

/** Tags are trimmed, at most 60 characters, and compared without case. */
export function cleanTag(tag: string): string {
  return tag.replace(/\s+/g, ' ').trim().slice(0, 60);
}

export const addTag = (db: ScoutDatabase, ids: readonly string[], tag: string) => {
  const clean = cleanTag(tag);
  if (!clean) return Promise.resolve(0);
  return editCandidates(db, ids, (c) => {
    if (!c.tags.some((t) => t.toLowerCase() === clean.toLowerCase())) c.tags.push(clean);
  });
};

export const removeTag = (db: ScoutDatabase, ids: readonly string[], tag: string) =>
  editCandidates(db, ids, (c) => {
    c.tags = c.tags.filter((t) => t.toLowerCase() !== tag.toLowerCase());
  });

export const addToShortlist = (db: ScoutDatabase, ids: readonly string[], roleId: string) =>
  editCandidates(db, ids, (c) => {
    if (!c.shortlists.includes(roleId)) c.shortlists.push(roleId);
  });

export const removeFromShortlist = (db: ScoutDatabase, ids: readonly string[], roleId: string) =>
  editCandidates(db, ids, (c) => {
    c.shortlists = c.shortlists.filter((r) => r !== roleId);
  });

/** What a removal took away, so "Undo" can put it back exactly. */
export interface Removed {
  candidates: Candidate[];
  notes: Note[];
}

export async function removeCandidates(db: ScoutDatabase, ids: readonly string[]): Promise<Removed> {
  return db.transaction('rw', db.candidates, db.notes, async () => {
    const candidates = (await db.candidates.bulkGet([...ids])).filter((c): c is Candidate => !!c);
    const notes = await db.notes.where('candidateId').anyOf([...ids]).toArray();
    await db.notes.bulkDelete(notes.map((n) => n.id));
    await db.candidates.bulkDelete([...ids]);
    return { candidates, notes };
  });
}

export async function restoreCandidates(db: ScoutDatabase, removed: Removed): Promise<void> {
  await db.transaction('rw', db.candidates, db.notes, async () => {
    await db.candidates.bulkPut(removed.candidates);
    await db.notes.bulkPut(removed.notes);
  });
}
