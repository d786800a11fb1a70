/**
 * lib/github's evidence cache, kept in the extension's IndexedDB so it
 * outlives the service worker. Entries are validated on read: a damaged one
 * is a miss, never a half-filled candidate.
 */
import type { ScoutDatabase } from './db';
import { CacheEntry, cacheKey, type EvidenceCache } from '../github/cache';
import type { GitHubEvidence } from '../profile/github-evidence';
import { holdsLease } from './github-queue';
import type { QueuedAnalysis } from './records';

/**
 * The cache an analysis writes to. Given the analysis's lease, a write is
 * kept only while the lease stands: an analysis cancelled by "Delete all
 * data" (or taken over by another run) writes nothing back.
 */
export function createDexieCache(db: ScoutDatabase, lease?: Pick<QueuedAnalysis, 'login' | 'lease'>): EvidenceCache {
  return {
    async get(login) {
      const parsed = CacheEntry.safeParse(await db.githubCache.get(cacheKey(login)));
      return parsed.success ? parsed.data : undefined;
    },
    async put(entry) {
      const checked = CacheEntry.parse(entry);
      if (!lease) {
        await db.githubCache.put(checked, cacheKey(entry.login));
        return;
      }
      await db.transaction('rw', db.githubCache, db.githubQueue, async () => {
        if (await holdsLease(db, lease)) await db.githubCache.put(checked, cacheKey(entry.login));
      });
    },
  };
}

/** The cached evidence for a login, whatever its age (the popup shows it while a refresh runs). */
export async function cachedEvidence(db: ScoutDatabase, login: string | null): Promise<GitHubEvidence | undefined> {
  if (!login) return undefined;
  return (await createDexieCache(db).get(login))?.evidence;
}
