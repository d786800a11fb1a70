/**
 * The CLI's evidence cache: one JSON file per API host under the user's cache
 * directory ($XDG_CACHE_HOME/backend-scout, else ~/.cache/backend-scout).
 * Node only; the extension uses IndexedDB through the same interface.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { CacheEntry, cacheKey, type EvidenceCache } from '../lib/github/cache';

export function defaultCacheDir(env: Record<string, string | undefined> = process.env): string {
  const base = env['XDG_CACHE_HOME']?.trim() || join(homedir(), '.cache');
  return join(base, 'backend-scout');
}

export interface FileCacheOptions {
  /** Folder for the cache files (default: defaultCacheDir()). */
  dir?: string;
  /** Entries from different GitHub servers never mix: one file per host. */
  apiUrl?: string;
}

const FileShape = z.object({ version: z.literal(1), entries: z.record(z.string(), z.unknown()) });

export function createFileCache(options: FileCacheOptions = {}): EvidenceCache & { file: string } {
  const dir = options.dir ?? defaultCacheDir();
  const host = new URL(options.apiUrl ?? 'https://api.github.com').host.replace(/[^A-Za-z0-9.-]/g, '_');
  const file = join(dir, `github-${host}.json`);

  async function load(): Promise<Record<string, unknown>> {
    try {
      const parsed = FileShape.safeParse(JSON.parse(await readFile(file, 'utf8')));
      return parsed.success ? parsed.data.entries : {};
    } catch {
      // Missing or unreadable: start afresh rather than fail the screening.
      return {};
    }
  }

  return {
    file,
    async get(login) {
      const raw = (await load())[cacheKey(login)];
      const entry = CacheEntry.safeParse(raw);
      return entry.success ? entry.data : undefined;
    },
    async put(entry) {
      const entries = await load();
      entries[cacheKey(entry.login)] = CacheEntry.parse(entry);
      await mkdir(dir, { recursive: true });
      // Write then rename, so a crash mid-write never leaves half a file.
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify({ version: 1, entries }), { mode: 0o600 });
      await rename(temp, file);
    },
  };
}
