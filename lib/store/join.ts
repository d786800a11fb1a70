/**
 * The recruiter joins two candidates they confirm are one person (a possible
 * duplicate the side panel offered: same name and company, no shared link).
 * The older record is kept (its id is what exports and links already use);
 * everything the recruiter did on either survives: tags and shortlists
 * united, the stage further along the pipeline, the more recent verdict,
 * notes moved over, contact decisions folded (./contact.ts). Captures from a
 * source only one of them has are kept; where both have one, the newer wins.
 *
 * Kept apart from lib/store/candidates.ts's automatic merge on purpose: that
 * merge follows links the person wrote, this one follows the recruiter's word.
 */
import type { ScoutDatabase } from './db';
import { foldContactDecisions } from './contact';
import { Candidate, STAGES } from './records';

export interface Joined {
  /** The id kept. */
  id: string;
  /** The id folded into it. */
  removed: string;
  notesMoved: number;
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

export async function joinCandidates(db: ScoutDatabase, aId: string, bId: string, now: Date = new Date()): Promise<Joined> {
  if (aId === bId) throw new Error('A candidate cannot be joined with itself.');
  return db.transaction('rw', db.candidates, db.notes, async () => {
    const [rawA, rawB] = await db.candidates.bulkGet([aId, bId]);
    const a = Candidate.safeParse(rawA);
    const b = Candidate.safeParse(rawB);
    if (!a.success || !b.success) throw new Error('One of the two candidates is gone or damaged; nothing was joined.');
    const [keep, other] = a.data.firstCapturedAt <= b.data.firstCapturedAt ? [a.data, b.data] : [b.data, a.data];
    const newer = other.updatedAt > keep.updatedAt ? other : keep;
    const profiles = { ...keep.profiles };
    for (const source of ['github', 'linkedin', 'resume'] as const) {
      const mine = keep.profiles[source];
      const theirs = other.profiles[source];
      if (theirs && (!mine || (theirs.capture?.capturedAt ?? '') > (mine.capture?.capturedAt ?? ''))) profiles[source] = theirs;
    }
    const joined: Candidate = {
      ...keep,
      aliases: [...new Set([...keep.aliases, ...other.aliases])],
      profiles,
      githubLogin: keep.githubLogin ?? other.githubLogin,
      stage: STAGES.indexOf(other.stage) > STAGES.indexOf(keep.stage) ? other.stage : keep.stage,
      verdict: newer.verdict ?? keep.verdict ?? other.verdict,
      tags: [...new Set([...keep.tags, ...other.tags])],
      shortlists: [...new Set([...keep.shortlists, ...other.shortlists])],
      ...foldContactDecisions(keep, other),
      // The summary is recomputed by the next screening; until then the kept one stands.
      screening: keep.screening ?? other.screening,
      firstCapturedAt: earlier(keep.firstCapturedAt, other.firstCapturedAt),
      updatedAt: later(later(keep.updatedAt, other.updatedAt), now.toISOString()),
    };
    const notesMoved = await db.notes.where('candidateId').equals(other.id).modify({ candidateId: keep.id });
    await db.candidates.delete(other.id);
    await db.candidates.put(joined);
    // Whoever was kept apart from the folded record is now kept apart from the joined one.
    await db.candidates
      .filter((c) => Array.isArray(c.keptApart) && c.keptApart.includes(other.id))
      .modify((c) => {
        c.keptApart = [...new Set((c.keptApart ?? []).map((id) => (id === other.id ? keep.id : id)))];
      });
    return { id: keep.id, removed: other.id, notesMoved };
  });
}
