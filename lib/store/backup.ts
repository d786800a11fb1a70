/**
 * Backups: one JSON file with every candidate, note and role, and the
 * settings, but never the GitHub token. Importing validates the whole file
 * before writing anything, then merges in one transaction: a record newer in
 * the database than in the backup is kept (no lost edits), an older one is
 * replaced, a missing one is added.
 */
import { z } from 'zod';
import { readProfileLeniently } from '../profile/resume';
import { Candidate, Note } from './records';
import type { ScoutDatabase } from './db';
import { StoredRole } from './records';
import { Settings } from './settings';

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

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
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

/** Reads a backup file's text; every problem is a sentence naming what is wrong. Nothing is written on failure. */
export function parseBackup(text: string): { ok: true; backup: Backup; warnings: string[] } | { ok: false; error: string } {
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
  const parsed = Backup.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `This backup is damaged (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'unreadable'}); nothing was imported.` };
  }
  return { ok: true, backup: parsed.data, warnings };
}

export async function importBackup(db: ScoutDatabase, text: string): Promise<ImportResult> {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const { backup, warnings } = parsed;
  const report: ImportReport = { added: 0, updated: 0, skipped: 0 };
  await db.transaction('rw', db.candidates, db.notes, db.roles, async () => {
    const existing = new Map((await db.candidates.bulkGet(backup.candidates.map((c) => c.id))).flatMap((c) => (c ? [[c.id, c]] : [])));
    const toPut: Candidate[] = [];
    for (const candidate of backup.candidates) {
      const current = existing.get(candidate.id);
      if (!current) {
        toPut.push(candidate);
        report.added++;
      } else if (candidate.updatedAt > current.updatedAt) {
        toPut.push(candidate);
        report.updated++;
      } else {
        report.skipped++;
      }
    }
    await db.candidates.bulkPut(toPut);
    // Notes are never edited, only added: add the ones not here yet.
    const haveNotes = new Set((await db.notes.bulkGet(backup.notes.map((n) => n.id))).flatMap((n) => (n ? [n.id] : [])));
    await db.notes.bulkPut(backup.notes.filter((n) => !haveNotes.has(n.id)));
    const haveRoles = new Map((await db.roles.bulkGet(backup.roles.map((r) => r.id))).flatMap((r) => (r ? [[r.id, r]] : [])));
    await db.roles.bulkPut(backup.roles.filter((r) => !haveRoles.has(r.id) || r.updatedAt > haveRoles.get(r.id)!.updatedAt));
  });
  return { ok: true, report, ...(backup.settings ? { settings: backup.settings } : {}), ...(warnings.length > 0 ? { warnings } : {}) };
}

/** Deletes every candidate, note, role, cached analysis and queued job. The token stays unless asked. */
export async function deleteAllData(db: ScoutDatabase, options: { token?: boolean } = {}): Promise<void> {
  await db.transaction('rw', [db.candidates, db.notes, db.roles, db.githubCache, db.githubQueue, db.secrets], async () => {
    await Promise.all([db.candidates.clear(), db.notes.clear(), db.roles.clear(), db.githubCache.clear(), db.githubQueue.clear()]);
    if (options.token) await db.secrets.clear();
  });
}
