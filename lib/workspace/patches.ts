import type { ShortlistRow } from './rows';

/**
 * An edit this page made that the live query has not delivered yet. Reading
 * 10,000 candidates again takes a second or more, so the table shows the
 * recruiter's own edit at once and drops the patch when the stored row
 * agrees (or someone edited the candidate since).
 */
export interface RowPatch {
  changes: Partial<Pick<ShortlistRow, 'verdict' | 'stage' | 'tags' | 'shortlists'>>;
  /** Deleted: hidden until the live query agrees (or an undo clears it). */
  deleted?: boolean;
  /** When the edit was made (ISO). */
  at: string;
}

export function applyPatches(rows: readonly ShortlistRow[], patches: ReadonlyMap<string, RowPatch>): readonly ShortlistRow[] {
  if (patches.size === 0) return rows;
  const out: ShortlistRow[] = [];
  for (const row of rows) {
    const patch = patches.get(row.id);
    if (!patch) out.push(row);
    else if (!patch.deleted) out.push({ ...row, ...patch.changes });
  }
  return out;
}

/** The patches still ahead of the stored rows; the same map when none settled. */
export function settlePatches(rows: readonly ShortlistRow[], patches: ReadonlyMap<string, RowPatch>): ReadonlyMap<string, RowPatch> {
  if (patches.size === 0) return patches;
  const byId = new Map<string, ShortlistRow>();
  for (const row of rows) if (patches.has(row.id)) byId.set(row.id, row);
  let next: Map<string, RowPatch> | null = null;
  for (const [id, patch] of patches) {
    const row = byId.get(id);
    const settled = patch.deleted
      ? !row
      : !!row && (row.updatedAt > patch.at || Object.entries(patch.changes).every(([key, value]) => same(row[key as keyof ShortlistRow], value)));
    if (settled) {
      next ??= new Map(patches);
      next.delete(id);
    }
  }
  return next ?? patches;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}
