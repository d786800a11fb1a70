/**
 * The table `candidates`: one per person, with a stable id derived from a
 * profile URL (`github:<login>`, `linkedin:<slug>`, lower-cased). A revisit
 * updates the captured profile and never touches what the recruiter wrote.
 *
 * Who is the same person (DESIGN.md): two captures join by themselves only
 * when each names the other (a LinkedIn profile naming a GitHub account whose
 * profile names that LinkedIn profile back). A one-way claim never joins and
 * never replaces anyone's profile: it is kept as the candidate's claim, and,
 * when the account it names was captured as someone else, becomes a
 * suggestion the recruiter confirms or dismisses (./suggestions.ts, ./merges.ts).
 *
 * Every edit is a Dexie `modify` inside a read-write transaction, so two pages
 * editing the same candidate at once both keep their edits (IndexedDB runs
 * the transactions one after the other; each reads the other's write).
 */
import { claimsOf, idsOfProfile, linkedBothWays, loginOfId, organisationsShownBy, primaryIdOf } from '../profile/identity';
import type { Profile, ProfileSource } from '../profile/profile';
import type { ScoutDatabase } from './db';
import { learnAccountKind, organisationsAmong } from './github-accounts';
import { Candidate, STAGES, type Note, type Stage, type Verdict } from './records';
import { forgetSuggestionsOf, suggestSamePerson } from './suggestions';

/** Later of two ISO timestamps. */
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** FNV-1a of a text: the first guess at a candidate's blind alias. */
function fnv(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The alias blind mode would try for an id at a given attempt: "Candidate
 * 7F3A" (four hex digits, easy to say on a call), then, when 64 four-digit
 * tries are taken, eight digits.
 */
export function blindAliasGuess(id: string, attempt = 0): string {
  const hash = fnv(attempt === 0 ? id : `${id}#${attempt}`);
  return attempt < 64
    ? `Candidate ${(hash & 0xffff).toString(16).toUpperCase().padStart(4, '0')}`
    : `Candidate ${hash.toString(16).toUpperCase().padStart(8, '0')}`;
}

/**
 * A blind alias for a candidate, free in the database (and not among
 * `reserved`): stable, since it is stored with the candidate; unique, since
 * the index on it is unique and taken ones are skipped. Call inside a
 * transaction on `candidates`.
 */
export async function allocateBlindAlias(db: ScoutDatabase, id: string, reserved: ReadonlySet<string> = new Set()): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const alias = blindAliasGuess(id, attempt);
    if (reserved.has(alias)) continue;
    const holder = await db.candidates.where('blindAlias').equals(alias).first();
    if (!holder || holder.id === id) return alias;
  }
}

/**
 * The contact decisions of two records of one person, folded: "Do not
 * contact" from either (the earlier mark, with its reason), the later
 * "Contacted on", and everyone either was kept apart from. For any code that
 * joins candidates (a confirmed duplicate, a two-way link), so no decision is
 * lost in a join.
 */
export function foldContactDecisions(a: Candidate, b: Candidate): Pick<Candidate, 'doNotContact' | 'contacted' | 'keptApart' | 'gdprNoticeAt'> {
  const marks = [a.doNotContact, b.doNotContact].filter((m): m is NonNullable<typeof m> => !!m).sort((x, y) => x.at.localeCompare(y.at));
  const contacts = [a.contacted, b.contacted].filter((m): m is NonNullable<typeof m> => !!m).sort((x, y) => y.on.localeCompare(x.on));
  const apart = [...new Set([...(a.keptApart ?? []), ...(b.keptApart ?? [])])].filter((id) => id !== a.id && id !== b.id);
  const notices = [a.gdprNoticeAt, b.gdprNoticeAt].filter((n): n is string => !!n).sort();
  return { doNotContact: marks[0] ?? null, contacted: contacts[0] ?? null, keptApart: apart, gdprNoticeAt: notices[0] ?? null };
}

/**
 * Folds several stored candidates that are one person into the first. The
 * recruiter's work is kept from all: tags and shortlists are united, the
 * stage further along the pipeline wins (a decision such as "Not a fit"
 * counts as furthest), and the more recently updated verdict wins. The first
 * one's profile of a source wins over the others'.
 */
export function mergeCandidates(keep: Candidate, others: readonly Candidate[]): Candidate {
  let merged = keep;
  for (const other of others) {
    const newer = other.updatedAt > merged.updatedAt ? other : merged;
    merged = {
      ...merged,
      aliases: [...new Set([...merged.aliases, ...other.aliases])],
      claims: [...new Set([...merged.claims, ...other.claims])],
      profiles: { ...other.profiles, ...merged.profiles },
      githubLogin: merged.githubLogin ?? other.githubLogin,
      stage: STAGES.indexOf(other.stage) > STAGES.indexOf(merged.stage) ? other.stage : merged.stage,
      verdict: newer.verdict ?? merged.verdict ?? other.verdict,
      tags: [...new Set([...merged.tags, ...other.tags])],
      shortlists: [...new Set([...merged.shortlists, ...other.shortlists])],
      // No "Do not contact", contact date or "kept apart" is lost in a join.
      ...foldContactDecisions(merged, other),
      firstCapturedAt: earlier(merged.firstCapturedAt, other.firstCapturedAt),
      updatedAt: later(merged.updatedAt, other.updatedAt),
    };
  }
  return merged;
}

const profilesOf = (candidate: Pick<Candidate, 'profiles'>): Profile[] =>
  [candidate.profiles.linkedin, candidate.profiles.github, candidate.profiles.resume].filter((p): p is Profile => !!p);

/**
 * A candidate's claims and GitHub account, worked out again from its
 * profiles: claims are what its profiles name that it is not (organisations
 * left out); the GitHub account analysed for it is its own captured one, else
 * one it claims that is nobody else's account (a GitHub account captured as
 * another person stays theirs until the recruiter joins the two).
 */
export async function settleIdentity(db: ScoutDatabase, candidate: Candidate): Promise<Candidate> {
  const profiles = profilesOf(candidate);
  const named = profiles.flatMap((p) => idsOfProfile(p));
  const organisations = await organisationsAmong(db, [...named, ...candidate.claims].flatMap((id) => loginOfId(id) ?? []));
  const aliases = [...new Set([candidate.id, ...candidate.aliases])];
  const mine = new Set(aliases);
  const claims = [...new Set(profiles.flatMap((p) => claimsOf(p, organisations)))].filter((id) => !mine.has(id));
  const ownGitHub = candidate.profiles.github ? primaryIdOf(candidate.profiles.github) : null;
  let githubLogin = (ownGitHub && loginOfId(ownGitHub)) ?? aliases.map(loginOfId).find((l): l is string => !!l) ?? null;
  if (!githubLogin) {
    for (const claim of claims) {
      const login = loginOfId(claim);
      if (!login) continue;
      const holder = await db.candidates.where('aliases').equals(claim).first();
      if (!holder || holder.id === candidate.id) {
        githubLogin = login;
        break;
      }
    }
  }
  return { ...candidate, aliases, claims, githubLogin };
}

/** What a capture did: the candidate it is now, and other candidates whose GitHub account changed with it (to re-screen). */
export interface CaptureResult {
  candidate: Candidate;
  /** Ids of other candidates whose claimed GitHub account this capture took over (it is this person's own account). */
  changed: string[];
  /** Ids of candidates joined into `candidate` by a two-way link (gone now; their ids are its aliases). */
  joined: string[];
}

/**
 * Stores a captured profile: updates the candidate whose own account this
 * page is, or creates one; joins candidates whose captured profile names this
 * page's account while this page names theirs (two-way); records every
 * one-way link to another captured person as a suggestion. One transaction, so
 * two tabs capturing at once cannot lose either update.
 */
export async function captureProfile(db: ScoutDatabase, profile: Profile, now: Date = new Date()): Promise<CaptureResult> {
  const primary = primaryIdOf(profile);
  if (!primary) throw new Error('A captured profile must name its own GitHub or LinkedIn account.');
  const source = profile.capture?.source as ProfileSource;
  const at = now.toISOString();
  return db.transaction('rw', [db.candidates, db.notes, db.suggestions, db.githubAccounts], async () => {
    // The page says what it is (a user) and which logins are organisations.
    if (source === 'github') {
      await learnAccountKind(db, loginOfId(primary)!, 'user', 'own-page', now);
      for (const org of organisationsShownBy(profile)) await learnAccountKind(db, org, 'organisation', 'page', now);
    }
    const organisations = await organisationsAmong(db, idsOfProfile(profile).flatMap((id) => loginOfId(id) ?? []));
    const claims = claimsOf(profile, organisations);

    const own = await db.candidates.where('aliases').equals(primary).first();
    // Candidates captured as an account this page names, whose own page names this one back.
    const partners: Candidate[] = [];
    for (const claim of claims) {
      const holder = await db.candidates.where('aliases').equals(claim).first();
      if (!holder || holder.id === own?.id || partners.some((p) => p.id === holder.id)) continue;
      if (profilesOf(holder).some((p) => primaryIdOf(p) === claim && linkedBothWays(p, profile))) partners.push(holder);
    }

    const captured: Candidate = own
      ? { ...own, profiles: { ...own.profiles, [source]: profile }, updatedAt: at }
      : Candidate.parse({ id: primary, aliases: [primary], profiles: { [source]: profile }, firstCapturedAt: at, updatedAt: at });
    let candidate = captured;
    const joined: string[] = [];
    if (partners.length > 0) {
      // Keep the oldest record's id: it is what links and exports already use.
      const group = [captured, ...partners].sort((a, b) => a.firstCapturedAt.localeCompare(b.firstCapturedAt));
      candidate = mergeCandidates(group[0]!, group.slice(1));
      candidate = { ...candidate, profiles: { ...candidate.profiles, [source]: profile }, updatedAt: at };
      for (const gone of group) {
        // The new capture itself (no candidate of its own yet) was never stored.
        if (gone.id === candidate.id || (gone === captured && !own)) continue;
        await db.notes.where('candidateId').equals(gone.id).modify({ candidateId: candidate.id });
        await db.candidates.delete(gone.id);
        joined.push(gone.id);
      }
    }
    candidate = await settleIdentity(db, candidate);
    candidate.blindAlias ??= await allocateBlindAlias(db, candidate.id);
    await db.candidates.put(candidate);

    // Others who claimed this account as theirs: it is this person's now (each keeps the claim, and a suggestion).
    const changed: string[] = [];
    for (const claimer of await db.candidates.where('claims').equals(primary).toArray()) {
      if (claimer.id === candidate.id) continue;
      const settled = await settleIdentity(db, claimer);
      if (settled.githubLogin !== claimer.githubLogin) {
        await db.candidates.update(claimer.id, { githubLogin: settled.githubLogin });
        changed.push(claimer.id);
      }
      for (const p of profilesOf(claimer)) {
        const from = primaryIdOf(p);
        if (from && claimsOf(p, organisations).includes(primary)) await suggestSamePerson(db, from, primary, now);
      }
    }
    // Accounts this page names that were captured as someone else.
    for (const claim of candidate.claims) {
      const holder = await db.candidates.where('aliases').equals(claim).first();
      if (holder && holder.id !== candidate.id && claims.includes(claim)) await suggestSamePerson(db, primary, claim, now);
    }
    return { candidate, changed, joined };
  });
}

/**
 * GitHub said this login is an organisation: it is nobody's account. Every
 * candidate that claimed it loses the claim (and the GitHub analysis that
 * came with it), and suggestions through it are forgotten. Returns the ids of
 * the candidates that changed, to re-screen.
 */
export async function markOrganisation(db: ScoutDatabase, login: string, now: Date = new Date()): Promise<string[]> {
  const id = `github:${login.toLowerCase()}`;
  return db.transaction('rw', [db.candidates, db.githubAccounts, db.suggestions], async () => {
    await learnAccountKind(db, login, 'organisation', 'api', now);
    await forgetSuggestionsOf(db, id);
    const changed: string[] = [];
    for (const claimer of await db.candidates.where('claims').equals(id).or('githubLogin').equals(login.toLowerCase()).toArray()) {
      const settled = await settleIdentity(db, { ...claimer, claims: claimer.claims.filter((c) => c !== id) });
      await db.candidates.update(claimer.id, { claims: settled.claims, githubLogin: settled.githubLogin });
      changed.push(claimer.id);
    }
    return changed;
  });
}

/** Stores a captured profile (./captureProfile) and returns the candidate it is now. */
export async function upsertCandidate(db: ScoutDatabase, profile: Profile, now: Date = new Date()): Promise<Candidate> {
  return (await captureProfile(db, profile, now)).candidate;
}

/**
 * The candidate an id stands for now: the one with that id, or the one it was
 * joined into (its id is an alias there), so a page showing the absorbed
 * candidate follows the join. 'broken' when the record does not validate.
 */
export async function readCandidateByAnyId(db: ScoutDatabase, id: string): Promise<Candidate | undefined | 'broken'> {
  const record = (await db.candidates.get(id)) ?? (await db.candidates.where('aliases').equals(id).first());
  if (record === undefined) return undefined;
  const parsed = Candidate.safeParse(record);
  return parsed.success ? parsed.data : 'broken';
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

/** Raw records validated: the good ones, and the ids of those that are not candidates any more. */
export function validateCandidates(records: readonly unknown[]): CandidateRead {
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
  return validateCandidates(await db.candidates.bulkGet([...ids]));
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
  return validateCandidates(await db.candidates.orderBy('updatedAt').reverse().limit(limit).toArray());
}

/** Records per read: a page handles clicks and keys between reads instead of freezing for one big one. */
const READ_CHUNK = 1000;

/** Every candidate, read in chunks by id. */
export async function readAllCandidates(db: ScoutDatabase): Promise<CandidateRead> {
  const all: CandidateRead = { candidates: [], broken: [] };
  let last: string | undefined;
  for (;;) {
    const chunk = await (last === undefined ? db.candidates.toCollection() : db.candidates.where(':id').above(last)).limit(READ_CHUNK).toArray();
    const read = validateCandidates(chunk);
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
    // A blind alias given to someone captured meanwhile stays theirs; the restored candidate gets another.
    const restored: Candidate[] = [];
    const reserved = new Set<string>();
    for (const candidate of removed.candidates) {
      const holder = candidate.blindAlias ? await db.candidates.where('blindAlias').equals(candidate.blindAlias).first() : undefined;
      const free = !!candidate.blindAlias && !reserved.has(candidate.blindAlias) && (!holder || holder.id === candidate.id);
      const blindAlias = free ? candidate.blindAlias! : await allocateBlindAlias(db, candidate.id, reserved);
      reserved.add(blindAlias);
      restored.push({ ...candidate, blindAlias });
    }
    await db.candidates.bulkPut(restored);
    await db.notes.bulkPut(removed.notes);
  });
}
