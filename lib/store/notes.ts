/**
 * The table `notes`: dated notes on a candidate. Notes are only ever added
 * (and removed with their candidate), so two pages adding notes at once both
 * keep theirs.
 */
import type { ScoutDatabase } from './db';
import { Note } from './records';

/** A candidate's notes, oldest first, validated on read; a broken record is left out. */
export async function readNotes(db: ScoutDatabase, candidateId: string): Promise<Note[]> {
  const raw = await db.notes.where('candidateId').equals(candidateId).sortBy('at');
  return raw.flatMap((record) => {
    const parsed = Note.safeParse(record);
    return parsed.success ? [parsed.data] : [];
  });
}

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

