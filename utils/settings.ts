// The pages' view of the recruiter's settings: read from the extension's IndexedDB
// (validated), written only by the background on a message from one of these pages
// (lib/store/settings.ts says why: content scripts can write storage.local).
import { useLiveQuery } from 'dexie-react-hooks';
import { sendToBackground } from './background';
import { loadSettings as readStored, type Settings, type SettingsPatch } from '@/lib/store/settings';
import { db } from './db';

export async function loadSettings(): Promise<Settings> {
  return readStored(db);
}

/** Asks the background to store a change; the pages follow it through their live query. */
export async function saveSettings(patch: SettingsPatch): Promise<void> {
  const reply = await sendToBackground({ type: 'save-settings', patch });
  if (!reply.ok) throw new Error(reply.error);
}

/**
 * The settings, kept current when any page changes them. Undefined until read,
 * unless the page read them already (`first`, the side panel's early read).
 */
export function useSettings(first?: Settings): Settings | undefined {
  return useLiveQuery(() => readStored(db), [], first);
}
