/**
 * Backups: one JSON file with every candidate, note and role, and the
 * settings, but never the GitHub token. Importing checks the file and every
 * record in it before writing anything, leaves out (and names) the records
 * that contradict themselves, then merges the rest in one transaction: a
 * record newer in the database than in the backup is kept (no lost edits),
 * an older one is replaced, a missing one is added.
 */
import { z } from 'zod';
import { primaryIdOf } from '../profile/identity';
import { blindAliasGuess } from './candidates';
import { readProfileLeniently } from '../profile/resume';
import { Candidate, Note } from './records';
import type { ScoutDatabase } from './db';
import { StoredRole } from './records';
import type { Settings } from './settings';

export const BACKUP_FORMAT = 'backend-scout-backup';

/** The settings a backup carries: no defaults filled in, so an import changes only what the file says. */
export const BackupSettings = z.object({ blindMode: z.boolean().optional(), blindCsv: z.boolean().optional() });
export type BackupSettings = z.infer<typeof BackupSettings>;

export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  candidates: z.array(Candidate),
  notes: z.array(Note),
  roles: z.array(StoredRole),
  /**
   * Only the display preferences travel in a backup. The GitHub address does
   * not: a backup from someone else must never point the token at their server.
   */
  settings: BackupSettings.optional(),
});
export type Backup = z.infer<typeof Backup>;

/**
 * A backup file as read before its records are: the envelope is checked
 * whole, each record on its own (./importBackup), so one damaged record is
 * skipped and named instead of refusing the file.
 */
const BackupEnvelope = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  candidates: z.array(z.unknown()),
  notes: z.array(z.unknown()),
  roles: z.array(z.unknown()),
  settings: BackupSettings.optional(),
});
type BackupEnvelope = z.infer<typeof BackupEnvelope>;

export async function exportBackup(db: ScoutDatabase, settings: Settings | undefined, now: Date = new Date()): Promise<Backup> {
  const carried = settings ? { blindMode: settings.blindMode, blindCsv: settings.blindCsv } : undefined;
  return db.transaction('r', db.candidates, db.notes, db.roles, async () => ({
    format: BACKUP_FORMAT,
    version: 1 as const,
    exportedAt: now.toISOString(),
    candidates: await db.candidates.toArray(),
    notes: await db.notes.toArray(),
    roles: await db.roles.toArray(),
    ...(carried ? { settings: carried } : {}),
  }));
}

/** A record the import left out, and why, in the recruiter's words. */
export interface Rejected {
  /** "candidate github:ada-dev", "note 3", "role #2". */
  record: string;
  reason: string;
}

export interface ImportReport {
  added: number;
  updated: number;
  /** Records newer here than in the backup: kept as they are. */
  skipped: number;
  /** Records that contradict themselves or the rest of the file, left out. */
  rejected: Rejected[];
}

export type ImportResult =
  | {
      ok: true;
      report: ImportReport;
      settings?: BackupSettings;
      /** Profile fields that could not be read and were dropped, named ("candidates[3].profiles.resume.work[2].startDate …"). */
      warnings?: string[];
    }
  | { ok: false; error: string };

const PROFILE_SOURCES = ['github', 'linkedin', 'resume'] as const;

/**
 * The profiles a backup carries, read by the same lenient reader as résumé
 * files: a record from an older version, or a backup someone wrote by hand
 * (dates as "March 2019", `company` for the employer, empty strings), is
 * read the way the command line reads a résumé, not refused for one field.
 */
function readCarriedProfiles(json: Record<string, unknown>): string[] {
  const warnings: string[] = [];
  const candidates = json.candidates;
  if (!Array.isArray(candidates)) return warnings;
  candidates.forEach((candidate: unknown, i) => {
    if (typeof candidate !== 'object' || candidate === null) return;
    const profiles = (candidate as { profiles?: unknown }).profiles;
    if (typeof profiles !== 'object' || profiles === null || Array.isArray(profiles)) return;
    const carried = profiles as Record<string, unknown>;
    for (const source of PROFILE_SOURCES) {
      const value = carried[source];
      if (value === null) delete carried[source];
      if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
      const read = readProfileLeniently(value as Record<string, unknown>);
      carried[source] = read.profile;
      for (const warning of read.warnings) warnings.push(`candidates[${i}].profiles.${source}.${warning}`);
    }
  });
  return warnings;
}

/** Reads a backup file's envelope; every problem is a sentence naming what is wrong. Nothing is written on failure. */
export function parseBackup(text: string): { ok: true; backup: BackupEnvelope; warnings: string[] } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'This file is not a Backend Scout backup: it is not JSON.' };
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, error: 'This file is not a Backend Scout backup.' };
  }
  if ((json as { version?: unknown }).version !== 1) {
    return { ok: false, error: 'This backup comes from a newer Backend Scout; update the extension to import it.' };
  }
  const warnings = readCarriedProfiles(json as Record<string, unknown>);
  const parsed = BackupEnvelope.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `This backup is damaged (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unreadable'}); nothing was imported.` };
  }
  return { ok: true, backup: parsed.data, warnings };
}

/** A timestamp as the extension writes them (ISO 8601, UTC), of a real moment no later than a day from now. */
function realTimestamp(value: string, now: number): boolean {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?Z$/.test(value)) return false;
  const at = Date.parse(value);
  return Number.isFinite(at) && new Date(at).toISOString().slice(0, 10) === value.slice(0, 10) && at <= now + 86_400_000;
}

const firstIssue = (error: z.ZodError) => {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'the record'}: ${issue.message}` : 'unreadable';
};

/** The id a raw record names, for the report. */
const idOf = (raw: unknown, index: number) => {
  const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length <= 200 ? id : `#${index + 1}`;
};

/**
 * A candidate of a backup from before claims were kept apart: the accounts
 * its profiles merely name are claims, not aliases (as version 4's upgrade does).
 */
function withClaimsApart(raw: unknown, candidate: Candidate): Candidate {
  if (raw && typeof raw === 'object' && 'claims' in raw) return candidate;
  const own = new Set([candidate.id]);
  for (const profile of [candidate.profiles.github, candidate.profiles.linkedin, candidate.profiles.resume]) {
    const id = profile ? primaryIdOf(profile) : null;
    if (id) own.add(id);
  }
  return { ...candidate, aliases: candidate.aliases.filter((a) => own.has(a)), claims: candidate.aliases.filter((a) => !own.has(a)) };
}

/**
 * Imports a backup. Each record is checked on its own before anything is
 * written: it must be a valid record, and agree with itself (a candidate's id
 * is among its aliases; every timestamp is a real moment, not "zzzz", which
 * would win every later import) and with the rest of the file (an id appears
 * once; an account belongs to one candidate; a note belongs to a candidate).
 * What fails is left out and reported with its reason; the rest merges by
 * last update, in one transaction.
 */
export async function importBackup(db: ScoutDatabase, text: string, now: Date = new Date()): Promise<ImportResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const { backup, warnings } = parsed;
  const at = now.getTime();
  const rejected: Rejected[] = [];

  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  const accounts = new Map<string, string>();
  backup.candidates.forEach((raw, index) => {
    const record = `candidate ${idOf(raw, index)}`;
    const result = Candidate.safeParse(raw);
    if (!result.success) return rejected.push({ record, reason: firstIssue(result.error) });
    const candidate = withClaimsApart(raw, result.data);
    if (seen.has(candidate.id)) return rejected.push({ record, reason: 'its id appears twice in the file; the first one was imported' });
    if (!candidate.aliases.includes(candidate.id)) return rejected.push({ record, reason: 'its id is not among its own accounts' });
    for (const field of ['firstCapturedAt', 'updatedAt'] as const) {
      if (!realTimestamp(candidate[field], at)) return rejected.push({ record, reason: `${field} "${candidate[field].slice(0, 40)}" is not a real date and time` });
    }
    if (candidate.firstCapturedAt > candidate.updatedAt) return rejected.push({ record, reason: 'it was updated before it was first captured' });
    const shared = candidate.aliases.find((alias) => accounts.has(alias));
    if (shared) return rejected.push({ record, reason: `its account ${shared} is also candidate ${accounts.get(shared)}'s in the file` });
    seen.add(candidate.id);
    for (const alias of candidate.aliases) accounts.set(alias, candidate.id);
    candidates.push(candidate);
  });

  const notes: Note[] = [];
  const noteIds = new Set<string>();
  const roles: StoredRole[] = [];
  const roleIds = new Set<string>();
  backup.roles.forEach((raw, index) => {
    const record = `role ${idOf(raw, index)}`;
    const result = StoredRole.safeParse(raw);
    if (!result.success) return rejected.push({ record, reason: firstIssue(result.error) });
    if (roleIds.has(result.data.id)) return rejected.push({ record, reason: 'its id appears twice in the file; the first one was imported' });
    if (!realTimestamp(result.data.updatedAt, at)) return rejected.push({ record, reason: `updatedAt "${result.data.updatedAt.slice(0, 40)}" is not a real date and time` });
    roleIds.add(result.data.id);
    roles.push(result.data);
  });

  const report: ImportReport = { added: 0, updated: 0, skipped: 0, rejected };
  await db.transaction('rw', db.candidates, db.notes, db.roles, async () => {
    const existing = new Map((await db.candidates.bulkGet(candidates.map((c) => c.id))).flatMap((c) => (c ? [[c.id, c]] : [])));
    const toPut: Candidate[] = [];
    // Who holds each account here, and which blind aliases are taken: two reads, not one per record.
    const holders = new Map<string, string>();
    for (const here of await db.candidates.where('aliases').anyOf(candidates.flatMap((c) => c.aliases)).toArray()) {
      for (const alias of here.aliases) holders.set(alias, here.id);
    }
    const takenAliases = new Map<string, string>();
    await db.candidates.where('blindAlias').above('').each((here) => {
      if (here.blindAlias) takenAliases.set(here.blindAlias, here.id);
    });
    const reserved = new Set<string>();
    const freeAlias = (id: string) => {
      for (let attempt = 0; ; attempt++) {
        const guess = blindAliasGuess(id, attempt);
        if (!reserved.has(guess) && (takenAliases.get(guess) ?? id) === id) return guess;
      }
    };
    for (const candidate of candidates) {
      const current = existing.get(candidate.id);
      // An account that is another candidate here stays theirs: a backup never takes over someone.
      const taken = candidate.aliases.find((alias) => (holders.get(alias) ?? candidate.id) !== candidate.id);
      if (taken) {
        rejected.push({ record: `candidate ${candidate.id}`, reason: `its account ${taken} is candidate ${holders.get(taken)} here` });
        continue;
      }
      if (current && candidate.updatedAt <= current.updatedAt) {
        report.skipped++;
        continue;
      }
      // The blind alias stays unique: one taken here by someone else is replaced.
      const wanted = candidate.blindAlias ?? current?.blindAlias;
      const blindAlias = wanted && !reserved.has(wanted) && (takenAliases.get(wanted) ?? candidate.id) === candidate.id ? wanted : freeAlias(candidate.id);
      reserved.add(blindAlias);
      toPut.push({ ...candidate, blindAlias });
      if (current) report.updated++;
      else report.added++;
    }
    await db.candidates.bulkPut(toPut);

    // Notes are never edited, only added: add the ones not here yet, of candidates that exist.
    const known = new Set([...candidates.map((c) => c.id), ...((await db.candidates.toCollection().primaryKeys()) as string[])]);
    backup.notes.forEach((raw, index) => {
      const record = `note ${idOf(raw, index)}`;
      const result = Note.safeParse(raw);
      if (!result.success) return rejected.push({ record, reason: firstIssue(result.error) });
      if (noteIds.has(result.data.id)) return rejected.push({ record, reason: 'its id appears twice in the file; the first one was imported' });
      if (!realTimestamp(result.data.at, at)) return rejected.push({ record, reason: `its date "${result.data.at.slice(0, 40)}" is not a real date and time` });
      if (!known.has(result.data.candidateId)) return rejected.push({ record, reason: `it belongs to no candidate (${result.data.candidateId.slice(0, 100)})` });
      noteIds.add(result.data.id);
      notes.push(result.data);
    });
    const haveNotes = new Set((await db.notes.bulkGet(notes.map((n) => n.id))).flatMap((n) => (n ? [n.id] : [])));
    await db.notes.bulkPut(notes.filter((n) => !haveNotes.has(n.id)));
    const haveRoles = new Map((await db.roles.bulkGet(roles.map((r) => r.id))).flatMap((r) => (r ? [[r.id, r]] : [])));
    await db.roles.bulkPut(roles.filter((r) => !haveRoles.has(r.id) || r.updatedAt > haveRoles.get(r.id)!.updatedAt));
  });
  return { ok: true, report, ...(backup.settings ? { settings: backup.settings } : {}), ...(warnings.length > 0 ? { warnings } : {}) };
}

/** "3 records were left out: candidate x (its id is not among its own accounts); …", or '' when none was. */
export function rejectedSentence(rejected: readonly Rejected[], shown = 5): string {
  if (rejected.length === 0) return '';
  const listed = rejected.slice(0, shown).map((r) => `${r.record} (${r.reason})`);
  const more = rejected.length > shown ? `; and ${rejected.length - shown} more` : '';
  return `${rejected.length === 1 ? '1 record was' : `${rejected.length} records were`} left out: ${listed.join('; ')}${more}.`;
}

/**
 * Deletes every candidate, note, role, cached analysis, queued job, suggestion,
 * confirmed join and what GitHub said of accounts. The settings stay; the
 * token stays unless asked. Clearing the queue ends every running analysis's
 * lease, so nothing one of them brings back is written (lib/store/github-queue.ts).
 */
export async function deleteAllData(db: ScoutDatabase, options: { token?: boolean } = {}): Promise<void> {
  const tables = [db.candidates, db.notes, db.roles, db.githubCache, db.githubQueue, db.suggestions, db.merges, db.githubAccounts];
  await db.transaction('rw', [...tables, db.secrets], async () => {
    await Promise.all(tables.map((table) => table.clear()));
    if (options.token) await db.secrets.clear();
  });
}
