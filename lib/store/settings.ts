/**
 * The recruiter's settings and the GitHub token, in the tables `settings`
 * and `secrets` of the extension's own IndexedDB. Not in `storage.local`:
 * content scripts can read and write extension storage, and whatever runs in
 * a content script's world must never switch blind mode off or point the
 * GitHub requests elsewhere. A content script cannot open this database;
 * the extension's pages read it (liveQuery, so every page follows a change)
 * and only the background writes it, on a validated message from one of the
 * extension's own pages (lib/background/service.ts).
 *
 * The token is bound to the API origin it was saved for: it is read back
 * only for that origin, so no request, "Save and check" included, ever
 * carries it to another host. Changing the address removes it.
 */
import { z } from 'zod';
import { DEFAULT_API_URL, normaliseApiUrl } from '../github/api-url';
import type { ScoutDatabase } from './db';
import { SETTINGS_KEY } from './names';
import { Secret } from './records';

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
export { SETTINGS_KEY };

/** What a page may ask to change (the API address goes with the token: saveGitHubAccess). */
export const SettingsPatch = z
  .object({
    blindMode: z.boolean(),
    blindCsv: z.boolean(),
    lastRoleId: z.string().max(200).nullable(),
    exportFormat: z.string().max(40),
    includeFoundEmails: z.boolean(),
    gdprNotices: z.boolean(),
    // Lever's address may change here; the Lever key stays bound to the origin it was saved for (lib/store/lever-key.ts).
    leverApiUrl: z.string().max(200),
    leverUserId: z.string().max(200).nullable(),
    leverUserEmail: z.string().max(320).nullable(),
  })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;

/** Settings from a raw read; anything broken falls back to the defaults, field by field. */
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

export async function loadSettings(db: ScoutDatabase): Promise<Settings> {
  return readSettings((await db.settings.get(SETTINGS_KEY))?.value);
}

/** Writes a change to the settings (the background's job). */
export async function saveSettings(db: ScoutDatabase, patch: SettingsPatch | Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const next = readSettings({ ...(await loadSettings(db)), ...patch });
    await db.settings.put({ key: SETTINGS_KEY, value: next });
    return next;
  });
}

const TOKEN_KEY = 'githubToken';

/** The origin of an API address ("https://ghe.example.com"), or null for one that is not an address. */
export function originOf(apiUrl: string): string | null {
  try {
    return new URL(normaliseApiUrl(apiUrl)).origin;
  } catch {
    return null;
  }
}

/** The saved token, only for the origin it was saved for; null for any other origin. */
export async function readToken(db: ScoutDatabase, forOrigin: string): Promise<string | null> {
  const parsed = Secret.safeParse(await db.secrets.get(TOKEN_KEY));
  if (!parsed.success || !parsed.data.value || parsed.data.origin !== forOrigin) return null;
  return parsed.data.value;
}

/** Where the saved token may go: its origin, or null when none is saved (or it was saved before tokens knew theirs). */
export async function tokenOrigin(db: ScoutDatabase): Promise<string | null> {
  const parsed = Secret.safeParse(await db.secrets.get(TOKEN_KEY));
  return parsed.success && parsed.data.value ? (parsed.data.origin ?? null) : null;
}

export async function saveToken(db: ScoutDatabase, token: string | null, origin?: string): Promise<void> {
  const clean = token?.trim() ?? '';
  if (clean && origin) await db.secrets.put({ key: TOKEN_KEY, value: clean, origin });
  else await db.secrets.delete(TOKEN_KEY);
}

export interface SavedGitHubAccess {
  apiUrl: string;
  /** The token to check the address with: only one saved for this very origin. */
  token: string | null;
  /** A sentence when the saved token was removed because the address changed. */
  notice: string | null;
}

/**
 * "Save and check" in the options: the address, and a new token if one was
 * typed, bound to that address's origin. A token saved for another origin is
 * removed, with a sentence saying so: it is never sent to the new host, and
 * the recruiter pastes one for it.
 */
export async function saveGitHubAccess(db: ScoutDatabase, address: string, newToken: string | null): Promise<SavedGitHubAccess> {
  const apiUrl = normaliseApiUrl(address || DEFAULT_API_URL);
  const origin = new URL(apiUrl).origin;
  return db.transaction('rw', [db.settings, db.secrets, db.githubCache], async () => {
    const previous = await loadSettings(db);
    // Evidence read from one GitHub is not evidence about the same login on another.
    if (originOf(previous.apiUrl) !== origin || previous.apiUrl !== apiUrl) await db.githubCache.clear();
    await saveSettings(db, { apiUrl });
    let notice: string | null = null;
    const savedFor = await tokenOrigin(db);
    const hadToken = (await db.secrets.get(TOKEN_KEY)) !== undefined;
    if (newToken?.trim()) {
      await saveToken(db, newToken, origin);
    } else if (hadToken && savedFor !== origin) {
      await saveToken(db, null);
      notice = `The saved GitHub token was for ${savedFor ? new URL(savedFor).host : 'another address'}, so it was removed and will not be sent to ${new URL(origin).host}: paste a token for ${new URL(origin).host} to use one.`;
    }
    return { apiUrl, token: await readToken(db, origin), notice };
  });
}

/**
 * Where the background may send GitHub requests, and the token that may go
 * with them: the token only to the origin it was saved for, and to a GitHub
 * Enterprise host only while the recruiter's browser permission for it stands
 * (a permission a page cannot forge).
 */
export async function githubTarget(
  db: ScoutDatabase,
  hasHostPermission: (origin: string) => Promise<boolean>,
): Promise<{ apiUrl: string; token: string | undefined }> {
  const settings = await loadSettings(db);
  let apiUrl: string;
  try {
    apiUrl = normaliseApiUrl(settings.apiUrl);
  } catch {
    apiUrl = DEFAULT_API_URL;
  }
  const origin = new URL(apiUrl).origin;
  const allowed = origin === new URL(DEFAULT_API_URL).origin || (await hasHostPermission(origin).catch(() => false));
  const token = allowed ? ((await readToken(db, origin)) ?? undefined) : undefined;
  return { apiUrl, token };
}

/**
 * Settings of an earlier version, which kept them in storage.local: taken
 * over once, field by field. The address is kept only where the old version
 * would have sent the token (GitHub's own API, or a host the recruiter gave
 * permission for); a token saved then, which knew no origin, is bound to it.
 * Anything else a content script could have written there is ignored.
 */
export async function adoptLegacySettings(
  db: ScoutDatabase,
  raw: unknown,
  hasHostPermission: (origin: string) => Promise<boolean>,
): Promise<void> {
  // The permission is asked of the browser before the transaction: nothing but IndexedDB may be awaited inside one.
  let adopted: Settings | null = null;
  if (raw !== undefined && !(await db.settings.get(SETTINGS_KEY))) {
    const legacy = readSettings(raw);
    const origin = originOf(legacy.apiUrl);
    const trusted = !!origin && (origin === new URL(DEFAULT_API_URL).origin || (await hasHostPermission(origin).catch(() => false)));
    adopted = { ...legacy, apiUrl: trusted ? normaliseApiUrl(legacy.apiUrl) : DEFAULT_API_URL };
  }
  await db.transaction('rw', db.settings, db.secrets, async () => {
    if (adopted && !(await db.settings.get(SETTINGS_KEY))) await saveSettings(db, adopted);
    const token = Secret.safeParse(await db.secrets.get(TOKEN_KEY));
    if (token.success && !token.data.origin) {
      const origin = originOf((await loadSettings(db)).apiUrl) ?? new URL(DEFAULT_API_URL).origin;
      await db.secrets.put({ ...token.data, origin });
    }
  });
}
