/**
 * The table `sourcing`: one list of people per sourced repository or people
 * search, and the run that fills it. Like the GitHub queue, a run is a row
 * with a state: discovery's progress is stored after every page, so a
 * stopped worker resumes where it was, and a rate-limit wait is a time here
 * that an alarm wakes the worker for.
 */
import type { RepositoryContribution } from '../profile/github-evidence';
import { repositoryKey, type RepositoryRef } from '../github/sourcing/ref';
import type { Discovery } from '../github/sourcing/state';
import type { ScoutDatabase } from './db';
import { Candidate, SourcingRun, type PeopleSearchResult } from './records';

export function repositoryRunId(ref: Pick<RepositoryRef, 'owner' | 'name'>): string {
  return `repo:${repositoryKey(ref)}`;
}

export function searchRunId(query: string): string {
  return `search:${query.trim().replace(/\s+/g, ' ').toLowerCase()}`;
}

/** Every list that validates, newest first; a damaged one is left out rather than break the page. */
export async function readRuns(db: ScoutDatabase): Promise<SourcingRun[]> {
  const runs = (await db.sourcing.toArray()).flatMap((raw) => {
    const parsed = SourcingRun.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
  return runs.sort((a, b) => b.createdAt - a.createdAt);
}

export async function readRun(db: ScoutDatabase, id: string): Promise<SourcingRun | undefined> {
  const parsed = SourcingRun.safeParse(await db.sourcing.get(id));
  return parsed.success ? parsed.data : undefined;
}

const ACTIVE = new Set(['queued', 'working', 'waiting']);

/**
 * Starts (or restarts) the list for a repository or a people search. A list
 * already being filled is left to finish; a finished or failed one is read
 * again from the start, keeping who the recruiter asked to screen.
 */
export async function startRun(
  db: ScoutDatabase,
  run: { id: string; kind: SourcingRun['kind']; subject: string; since: string | null },
  now = Date.now(),
): Promise<SourcingRun> {
  return db.transaction('rw', db.sourcing, async () => {
    const existing = await readRun(db, run.id);
    if (existing && ACTIVE.has(existing.state)) return existing;
    const fresh = SourcingRun.parse({
      ...run,
      state: 'queued',
      notBefore: now,
      screenRequested: existing?.screenRequested ?? [],
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    await db.sourcing.put(fresh);
    return fresh;
  });
}

/** Takes the next run that may go now and marks it working, in one transaction so two wake-ups never take the same. */
export async function takeNextRun(db: ScoutDatabase, now = Date.now()): Promise<SourcingRun | undefined> {
  return db.transaction('rw', db.sourcing, async () => {
    const due = (await db.sourcing.where('state').anyOf(['queued', 'waiting']).toArray())
      .flatMap((raw) => {
        const parsed = SourcingRun.safeParse(raw);
        return parsed.success && parsed.data.notBefore <= now ? [parsed.data] : [];
      })
      .sort((a, b) => a.notBefore - b.notBefore);
    const run = due[0];
    if (!run) return undefined;
    const taken = { ...run, state: 'working' as const, updatedAt: now };
    await db.sourcing.put(taken);
    return taken;
  });
}

/** Discovery's state after a page; whoever removed the list meanwhile is not overruled. */
export async function saveDiscovery(db: ScoutDatabase, id: string, discovery: Discovery, now = Date.now()) {
  await db.sourcing.update(id, { discovery, attempts: 0, message: null, updatedAt: now });
}

export async function saveSearch(db: ScoutDatabase, id: string, search: PeopleSearchResult, now = Date.now()) {
  await db.sourcing.update(id, { search, updatedAt: now });
}

export async function finishRun(db: ScoutDatabase, id: string, now = Date.now()) {
  await db.sourcing.update(id, { state: 'done', message: null, attempts: 0, updatedAt: now });
}

export async function waitRun(db: ScoutDatabase, id: string, until: number, message: string, attempts: number, now = Date.now()) {
  await db.sourcing.update(id, { state: 'waiting', notBefore: until, message, attempts, updatedAt: now });
}

export async function failRun(db: ScoutDatabase, id: string, message: string, now = Date.now()) {
  await db.sourcing.update(id, { state: 'failed', message, updatedAt: now });
}

/** At worker start: runs a stop caught mid-page go back in the queue (their pages so far are kept). */
export async function requeueInterruptedRuns(db: ScoutDatabase, now = Date.now()): Promise<number> {
  return db.sourcing.where('state').equals('working').modify({ state: 'queued', notBefore: now, updatedAt: now });
}

/** The earliest time a waiting or queued run may go, for the alarm; undefined when none waits. */
export async function nextRunWake(db: ScoutDatabase): Promise<number | undefined> {
  const pending = await db.sourcing.where('state').anyOf(['queued', 'waiting']).toArray();
  return pending.length ? Math.min(...pending.map((run) => run.notBefore)) : undefined;
}

/** Adds logins to those the recruiter asked to screen (each once, in the order first asked). */
export async function requestScreening(db: ScoutDatabase, id: string, logins: readonly string[], now = Date.now()) {
  await db.sourcing
    .where('id')
    .equals(id)
    .modify((run) => {
      const seen = new Set(run.screenRequested.map((l) => l.toLowerCase()));
      for (const login of logins) {
        if (!seen.has(login.toLowerCase())) {
          seen.add(login.toLowerCase());
          run.screenRequested.push(login);
        }
      }
      run.updatedAt = now;
    });
}

export async function removeRun(db: ScoutDatabase, id: string) {
  await db.sourcing.delete(id);
}

/**
 * The candidates these GitHub logins already are, by login (lower-cased).
 * By the githubLogin index (a candidate's GitHub alias, lower-cased): a
 * plain index, which Dexie's live queries follow across the extension's
 * contexts when the worker writes.
 */
export async function knownCandidates(db: ScoutDatabase, logins: readonly string[]): Promise<Map<string, Candidate>> {
  const found = new Map<string, Candidate>();
  for (const raw of await db.candidates.where('githubLogin').anyOf(logins.map((l) => l.toLowerCase())).toArray()) {
    const parsed = Candidate.safeParse(raw);
    if (parsed.success && parsed.data.githubLogin) found.set(parsed.data.githubLogin, parsed.data);
  }
  return found;
}

/**
 * Keeps a repository's contribution on the candidate it belongs to (one per
 * repository: a newer reading replaces an older one). Returns the candidates
 * changed.
 */
export async function attachContributions(
  db: ScoutDatabase,
  contributions: ReadonlyArray<{ login: string; contribution: RepositoryContribution }>,
  now: Date = new Date(),
): Promise<Candidate[]> {
  if (contributions.length === 0) return [];
  return db.transaction('rw', db.candidates, async () => {
    const known = await knownCandidates(db, contributions.map((c) => c.login));
    const changed = new Map<string, Candidate>();
    for (const { login, contribution } of contributions) {
      const candidate = changed.get(known.get(login.toLowerCase())?.id ?? '') ?? known.get(login.toLowerCase());
      if (!candidate) continue;
      const others = (candidate.contributions ?? []).filter((c) => c.repository.toLowerCase() !== contribution.repository.toLowerCase());
      changed.set(candidate.id, { ...candidate, contributions: [...others, contribution], updatedAt: now.toISOString() });
    }
    for (const candidate of changed.values()) {
      // modify(), not put(): an edit a page made meanwhile is kept.
      await db.candidates.where('id').equals(candidate.id).modify({ contributions: candidate.contributions, updatedAt: candidate.updatedAt });
    }
    return [...changed.values()];
  });
}
