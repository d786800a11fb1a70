/**
 * lib/github's evidence cache, kept in the extension's IndexedDB so it
 * outlives the service worker. Entries are validated on read: a damaged one
 * is a miss, never a half-filled candidate.
 */
import type { ScoutDatabase } from './db';
import { CacheEntry, cacheKey, type EvidenceCache } from '../github/cache';
import type { GitHubEvidence } from '../profile/github-evidence';

export function createDexieCache(db: ScoutDatabase): EvidenceCache {
  return {
    async get(login) {
      const parsed = CacheEntry.safeParse(await db.githubCache.get(cacheKey(login)));
      return parsed.success ? parsed.data : undefined;
    },
    async put(entry) {
      await db.githubCache.put(CacheEntry.parse(entry), cacheKey(entry.login));
    },
  };
}

/** The cached evidence for a login, whatever its age (the popup shows it while a refresh runs). */
export async function cachedEvidence(db: ScoutDatabase, login: string | null): Promise<GitHubEvidence | undefined> {
  if (!login) return undefined;
  return (await createDexieCache(db).get(login))?.evidence;
}
