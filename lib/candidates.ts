/**
 * Candidates: one per person, with a stable id derived from a profile URL
 * (`github:<login>`, `linkedin:<slug>`, lower-cased). A revisit updates the
 * captured profile and never touches what the recruiter wrote; profiles that
 * link to each other (a GitHub profile naming a LinkedIn page, or the other
 * way round) become one candidate, even when both were captured apart first.
 *
 * Every edit is a Dexie `modify` inside a read-write transaction, so two pages
 * editing the same candidate at once both keep their edits (IndexedDB runs
 * the transactions one after the other; each reads the other's write).
 */
import { z } from 'zod';
import { Profile, type ProfileSource } from './profile';
import type { ScoutDatabase } from './db';

export const STAGES = [
  'sourced',
  'contacted',
  'replied',
  'screening',
  'interviewing',
  'offer',
  'hired',
  'not-a-fit',
] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;
export const STAGE_LABELS: Record<Stage, string> = {
  sourced: 'Sourced',
  contacted: 'Contacted',
  replied: 'Replied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  hired: 'Hired',
  'not-a-fit': 'Not a fit',
};

/** The recruiter's own call, separate from the computed flags. */
export const Verdict = z.enum(['strong-yes', 'maybe', 'no']);
export type Verdict = z.infer<typeof Verdict>;
export const VERDICT_LABELS: Record<Verdict, string> = { 'strong-yes': 'Strong yes', maybe: 'Maybe', no: 'No' };

/**
 * What the side panel and the CSV need of a screening, stored with the
 * candidate so 10,000 rows never re-screen: flag ids by kind, the level, and
 * the must-haves met for each role (recomputed when a role changes).
 */
export const RoleMatchCount = z.object({ met: z.number().int(), total: z.number().int() });
export type RoleMatchCount = z.infer<typeof RoleMatchCount>;
export const ScreeningSummary = z.object({
  green: z.array(z.string()),
  yellow: z.array(z.string()),
  level: z.enum(['junior', 'mid', 'senior', 'staff', 'unknown']),
  years: z.number().nullable(),
  /** Role id → must-haves met of total. */
  roleMatches: z.record(z.string(), RoleMatchCount),
  screenedAt: z.string(),
});
export type ScreeningSummary = z.infer<typeof ScreeningSummary>;

export const Candidate = z.object({
  id: z.string(),
  /** Every id this person is known by, the primary one included. */
  aliases: z.array(z.string()).min(1),
  /** The latest capture from each source. */
  profiles: z.object({
    github: Profile.optional(),
    linkedin: Profile.optional(),
    resume: Profile.optional(),
  }),
  /** The GitHub account whose evidence joins this candidate, lower-cased. */
  githubLogin: z.string().nullable().default(null),
  screening: ScreeningSummary.nullable().default(null),
  stage: Stage.default('sourced'),
  verdict: Verdict.nullable().default(null),
  tags: z.array(z.string()).default([]),
  /** Role ids whose shortlist holds this candidate. */
  shortlists: z.array(z.string()).default([]),
  firstCapturedAt: z.string(),
  updatedAt: z.string(),
});
export type Candidate = z.infer<typeof Candidate>;

export const Note = z.object({
  id: z.string(),
  candidateId: z.string(),
  text: z.string().max(20_000),
  at: z.string(),
});
export type Note = z.infer<typeof Note>;

export function candidateId(source: 'github' | 'linkedin', handle: string): string {
  return `${source}:${handle.toLowerCase()}`;
}

/** The ids a profile names: its own page and any linked account on the other site. */
export function idsOfProfile(profile: Profile): string[] {
  const ids = new Set<string>();
  for (const link of profile.basics.profiles ?? []) {
    const network = link.network?.toLowerCase();
    if ((network === 'github' || network === 'linkedin') && link.username) {
      ids.add(candidateId(network, link.username));
    }
  }
  return [...ids];
}

/** The id of the page itself: the profile entry of the capture's source. */
export function primaryIdOf(profile: Profile): string | null {
  const source = profile.capture?.source;
  if (source !== 'github' && source !== 'linkedin') return null;
  const own = profile.basics.profiles?.find((p) => p.network?.toLowerCase() === source && p.username);
  return own?.username ? candidateId(source, own.username) : null;
}

/**
 * The profile to show and screen: LinkedIn's (people write their career
 * there) or a resume, with what only GitHub knows filled in: GitHub's bio
 * when there is no summary, its pinned projects, and both accounts.
 */
export function displayProfile(candidate: Pick<Candidate, 'profiles'>): Profile {
  const { linkedin, github, resume } = candidate.profiles;
  const base = linkedin ?? resume ?? github;
  if (!base) return Profile.parse({});
  if (!github || base === github) return base;
  const links = [...(base.basics.profiles ?? [])];
  for (const link of github.basics.profiles ?? []) {
    if (!links.some((l) => l.network?.toLowerCase() === link.network?.toLowerCase())) links.push(link);
  }
  return {
    ...base,
    basics: {
      ...github.basics,
      ...stripEmpty(base.basics),
      summary: base.basics.summary || github.basics.summary,
      profiles: links,
    },
    projects: [...base.projects, ...github.projects],
  };
}

function stripEmpty<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as Partial<T>;
}

/** "Candidate 7F3A": a stable alias for blind mode, from the id only. */
export function blindAlias(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `Candidate ${(hash & 0xffff).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The GitHub login a candidate's aliases name, if any. */
export function githubLoginOf(aliases: readonly string[]): string | null {
  const id = aliases.find((a) => a.startsWith('github:'));
  return id ? id.slice('github:'.length) : null;
}

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

/** Candidates by id, validated on read; records that fail are left out and named. */
export async function readCandidates(db: ScoutDatabase, ids: readonly string[]): Promise<Candidate[]> {
  const records = await db.candidates.bulkGet([...ids]);
  return records.flatMap((record) => {
    const parsed = Candidate.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
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

export async function addNote(db: ScoutDatabase, candidateId: string, text: string, now: Date = new Date()): Promise<Note | null> {
  const clean = text.trim();
  if (!clean) return null;
  const note: Note = { id: crypto.randomUUID(), candidateId, text: clean.slice(0, 20_000), at: now.toISOString() };
  await db.transaction('rw', db.notes, db.candidates, async () => {
    await db.notes.add(note);
    await db.candidates.update(candidateId, { updatedAt: note.at });
  });
  return note;
}

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
