/**
 * A per-user cache of GitHub evidence with a time to live and the ETags of
 * the REST requests that produced it. Within the time to live an analysis
 * makes no request at all; after it, the REST path asks "changed since?"
 * (If-None-Match) and a 304 costs no rate limit.
 *
 * The entry is a zod schema so every store (memory, a JSON file for the CLI,
 * IndexedDB in the extension) validates what it reads back: a damaged entry
 * is a miss, never a half-filled candidate.
 */
import { z } from 'zod';
import { GitHubEvidence } from '../profile/github-evidence';

export const DEFAULT_TTL_MS = 24 * 60 * 60 * 1000;

export const CacheEntry = z.object({
  /** The login, lower-cased: the cache key. */
  login: z.string(),
  /** ISO timestamp of the last time GitHub was asked (a 304 counts). */
  fetchedAt: z.string(),
  /** Which path produced it: only REST answers carry ETags. */
  source: z.enum(['rest', 'graphql']),
  evidence: GitHubEvidence,
  /** ETags of the REST requests, to send back as If-None-Match. */
  etags: z
    .object({
      user: z.string().optional(),
      repos: z.string().optional(),
      search: z.string().optional(),
    })
    .default({}),
  /** The `limits` lines each REST request contributed, reused on a 304. */
  limitsByPart: z
    .object({
      repos: z.array(z.string()).default([]),
      search: z.array(z.string()).default([]),
    })
    .default({ repos: [], search: [] }),
});
export type CacheEntry = z.infer<typeof CacheEntry>;
export type CacheEntryInput = z.input<typeof CacheEntry>;

export interface EvidenceCache {
  get(login: string): Promise<CacheEntry | undefined>;
  put(entry: CacheEntry): Promise<void>;
}

export function cacheKey(login: string): string {
  return login.toLowerCase();
}

/** A cache that lives as long as the process (tests, one CLI run, a worker's lifetime). */
export function createMemoryCache(): EvidenceCache & { entries: Map<string, CacheEntry> } {
  const entries = new Map<string, CacheEntry>();
  return {
    entries,
    async get(login) {
      const found = entries.get(cacheKey(login));
      // A copy, so a caller changing what it got cannot change what is cached.
      return found ? CacheEntry.parse(structuredClone(found)) : undefined;
    },
    async put(entry) {
      entries.set(cacheKey(entry.login), CacheEntry.parse(structuredClone(entry)));
    },
  };
}

/** Is this entry young enough to answer without asking GitHub? */
export function isFresh(entry: CacheEntry, now: number, ttlMs: number): boolean {
  const fetched = Date.parse(entry.fetchedAt);
  return Number.isFinite(fetched) && now - fetched < ttlMs && now >= fetched;
}
