/**
 * The recruiter's Lever API key, kept like the GitHub token: in the
 * extension's own IndexedDB (the `secrets` table, which no content script can
 * open and no backup carries), and bound to the Lever address it was saved
 * for. A key saved for https://api.lever.co is never handed to any other
 * address: if the address changes, the key must be saved again.
 */
import { z } from 'zod';
import type { ScoutDatabase } from './db';

const KEY = 'leverApiKey';
const Stored = z.object({ origin: z.string(), key: z.string().min(1) });

/** The key saved for this origin ("https://api.lever.co"), or null. */
export async function readLeverKey(db: ScoutDatabase, origin: string): Promise<string | null> {
  const row = await db.secrets.get(KEY);
  if (!row) return null;
  let parsed;
  try {
    parsed = Stored.safeParse(JSON.parse(row.value));
  } catch {
    return null;
  }
  return parsed.success && parsed.data.origin === origin ? parsed.data.key : null;
}

/** The origin a key is saved for, without the key (for "a key is saved for …"). */
export async function leverKeyOrigin(db: ScoutDatabase): Promise<string | null> {
  const row = await db.secrets.get(KEY);
  try {
    const parsed = Stored.safeParse(JSON.parse(row?.value ?? ''));
    return parsed.success ? parsed.data.origin : null;
  } catch {
    return null;
  }
}

/** Saves the key for one origin (replacing any other), or removes it with null. */
export async function saveLeverKey(db: ScoutDatabase, origin: string, key: string | null): Promise<void> {
  const clean = key?.trim() ?? '';
  if (clean) await db.secrets.put({ key: KEY, value: JSON.stringify({ origin, key: clean }) });
  else await db.secrets.delete(KEY);
}
