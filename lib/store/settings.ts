/**
 * The recruiter's settings. Ordinary settings live in extension storage
 * (`storage.local`, key "settings") so every page sees changes at once; the
 * GitHub token does NOT: content scripts can read extension storage, so the
 * token lives in the extension origin's IndexedDB (the `secrets` table),
 * which no content script can open, and is left out of every backup.
 */
import { z } from 'zod';
import { DEFAULT_API_URL, normaliseApiUrl } from '../github/api-url';
import type { ScoutDatabase } from './db';

export const Settings = z.object({
  blindMode: z.boolean().default(false),
  /** Blind mode applies to the CSV too (off: the hiring team may need names). */
  blindCsv: z.boolean().default(false),
  apiUrl: z.string().default(DEFAULT_API_URL),
  /** The role the popup screens against and saves to, remembered from last time. */
  lastRoleId: z.string().nullable().default(null),
  /** The side panel's export format, remembered (lib/workspace/ats.ts FORMAT_IDS). */
  exportFormat: z.string().default('backend-scout'),
  /** Exports carry emails found on public profiles too (off: only emails the person gave). */
  includeFoundEmails: z.boolean().default(false),
  /** Show when a GDPR Art. 14 notice is due for candidates in the EU/EEA. */
  gdprNotices: z.boolean().default(false),
  /** Lever's API root the key is bound to (lib/handoff/lever.ts). */
  leverApiUrl: z.string().default('https://api.lever.co/v1'),
  /** The recruiter's Lever user, whom opportunities are created as (perform_as), and their email. */
  leverUserId: z.string().nullable().default(null),
  leverUserEmail: z.string().nullable().default(null),
});
export type Settings = z.infer<typeof Settings>;
export const SETTINGS_KEY = 'settings';

/** Settings from a raw storage read; anything broken falls back to the defaults, field by field. */
export function readSettings(raw: unknown): Settings {
  const parsed = Settings.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  const defaults = Settings.parse({});
  const record = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const repaired: Record<string, unknown> = {};
  for (const key of Object.keys(defaults) as (keyof Settings)[]) {
    const one = Settings.shape[key].safeParse(record[key]);
    repaired[key] = one.success ? one.data : defaults[key];
  }
  return repaired as Settings;
}

const TOKEN_KEY = 'githubToken';

export async function readToken(db: ScoutDatabase): Promise<string | null> {
  const row = await db.secrets.get(TOKEN_KEY);
  return typeof row?.value === 'string' && row.value ? row.value : null;
}

export async function saveToken(db: ScoutDatabase, token: string | null): Promise<void> {
  const clean = token?.trim() ?? '';
  if (clean) await db.secrets.put({ key: TOKEN_KEY, value: clean });
  else await db.secrets.delete(TOKEN_KEY);
}

/**
 * Where the background may send GitHub requests, and whether the token may
 * go with them. Settings are re-checked here, not trusted: whatever wrote
 * them, the token goes only to api.github.com or to a host the recruiter
 * granted in the options page (a browser permission a page cannot forge).
 */
export async function githubTarget(
  settings: Settings,
  hasHostPermission: (origin: string) => Promise<boolean>,
): Promise<{ apiUrl: string; tokenAllowed: boolean }> {
  let apiUrl: string;
  try {
    apiUrl = normaliseApiUrl(settings.apiUrl);
  } catch {
    return { apiUrl: DEFAULT_API_URL, tokenAllowed: true };
  }
  const origin = new URL(apiUrl).origin;
  if (origin === new URL(DEFAULT_API_URL).origin) return { apiUrl, tokenAllowed: true };
  return { apiUrl, tokenAllowed: await hasHostPermission(origin).catch(() => false) };
}
