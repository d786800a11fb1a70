import { useState } from 'react';
import { Note, type Stage, type StoredRole } from '@/lib/store/records';
import {
  addTag,
  addToShortlist,
  cleanTag,
  readCandidates,
  removeCandidates,
  removeFromShortlist,
  restoreCandidates,
  setStage,
} from '@/lib/store/candidates';
import type { ScoutDatabase } from '@/lib/store/db';
import { STAGE_LABELS } from '@/lib/workspace/labels';
import type { ShortlistRow } from '@/lib/workspace/rows';
import type { EditFn } from './useOwnEdits';
import { flagLabel } from './flags';

export interface Message {
  text: string;
  undo?: () => Promise<unknown>;
}

export const count = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'candidate' : 'candidates'}`;

/**
 * What the side panel does to several candidates at once (stage, tag,
 * remove with undo) and the CSV, each ending in a message that says what
 * happened.
 */
export function useBulkActions(options: {
  db: ScoutDatabase;
  edit: EditFn;
  forget(ids: readonly string[]): void;
  role: StoredRole | null;
  shortlistName: string;
  blindCsv: boolean;
  download(fileName: string, text: string): void;
  clearSelection(): void;
}) {
  const { db, edit, forget, role } = options;
  const [message, setMessage] = useState<Message | null>(null);

  const stage = async (ids: readonly string[], value: Stage) => {
    if (ids.length === 0) return;
    if (!(await edit(ids, () => ({ stage: value }), () => setStage(db, ids, value)))) return;
    setMessage({ text: `Moved ${count(ids.length)} to ${STAGE_LABELS[value]}.` });
  };

  const tag = async (ids: readonly string[], typed: string) => {
    if (ids.length === 0) return false;
    const clean = cleanTag(typed);
    const tagged = await edit(
      ids,
      (row) => ({ tags: row.tags.some((t) => t.toLowerCase() === clean.toLowerCase()) ? row.tags : [...row.tags, clean] }),
      () => addTag(db, ids, clean),
    );
    if (tagged) setMessage({ text: `Tagged ${count(ids.length)} “${clean}”.` });
    return tagged;
  };

  const remove = async (ids: readonly string[]) => {
    if (ids.length === 0) return;
    if (role) {
      const roleId = role.id;
      const off = (row: ShortlistRow) => ({ shortlists: row.shortlists.filter((r) => r !== roleId) });
      if (!(await edit(ids, off, () => removeFromShortlist(db, ids, roleId)))) return;
      setMessage({
        text: `Removed ${count(ids.length)} from ${role.name}.`,
        undo: () => edit(ids, (row) => ({ shortlists: [...off(row).shortlists, roleId] }), () => addToShortlist(db, ids, roleId)),
      });
    } else {
      let removed: Awaited<ReturnType<typeof removeCandidates>> | undefined;
      const deleted = await edit(ids, () => ({}), async () => (removed = await removeCandidates(db, ids)), true);
      if (!deleted || !removed) return;
      const restore = removed;
      setMessage({
        text: `Deleted ${count(ids.length)} and their notes.`,
        undo: async () => {
          await restoreCandidates(db, restore);
          forget(ids);
        },
      });
    }
    options.clearSelection();
  };

  const undo = async () => {
    const action = message?.undo;
    if (!action) return;
    await action();
    setMessage({ text: 'Undone.' });
  };

  const exportCsv = async (ids: readonly string[], blind: boolean) => {
    // Read in the list's order; notes validated like every stored record.
    const [found, rawNotes] = await Promise.all([readCandidates(db, ids), db.notes.where('candidateId').anyOf(ids).toArray()]);
    const notes = rawNotes.flatMap((raw) => {
      const parsed = Note.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    });
    // The CSV writer (and papaparse) load on the first export, not with the panel.
    const { candidatesToCsv, csvFileName, localTimeZone } = await import('@/lib/workspace/csv');
    const timeZone = localTimeZone();
    const csv = candidatesToCsv(found.candidates, { notes, blind: blind && options.blindCsv, flagLabel, roleId: role?.id ?? null, timeZone });
    options.download(csvFileName(options.shortlistName, new Date(), timeZone), csv);
    setMessage({ text: `Exported ${count(found.candidates.length)} to a CSV file.` });
  };

  return { message, setMessage, stage, tag, remove, undo, exportCsv };
}
