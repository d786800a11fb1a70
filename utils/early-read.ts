/**
 * The side panel's early read: the newest candidates and the settings, read
 * straight from IndexedDB by a tiny classic script in the page's <head>
 * (entrypoints/sidepanel-early.ts) while the page's modules (React, Dexie,
 * zod) are still being fetched and evaluated. Without it the first rows wait
 * for the modules and then for the database, one after the other.
 *
 * It only reads, and only a database Dexie has already brought to today's
 * version: it never creates one (a first run leaves that to Dexie), never
 * reads one waiting for an upgrade (Dexie upgrades it, then reads), and lets
 * go of its connection at once, so Dexie's open is never blocked by it. What
 * it hands over is raw: the page validates it like any other read
 * (validateCandidates, readSettings). Anything unexpected resolves to
 * undefined, and the page reads through Dexie as it would have anyway.
 *
 * No imports but constants: this runs before anything else is loaded.
 */
import { DB_NAME, DB_VERSION, SETTINGS_KEY } from '@/lib/store/names';

/** Raw records: the newest candidates (newest first) and the settings row's value. */
export interface EarlyRead {
  candidates: unknown[];
  settings: unknown;
}

/** Reads the newest `limit` candidates and the settings in one read-only transaction. */
export function readEarly(idb: IDBFactory, limit: number): Promise<EarlyRead | undefined> {
  return new Promise((resolve) => {
    let open: IDBOpenDBRequest;
    try {
      open = idb.open(DB_NAME);
    } catch {
      resolve(undefined);
      return;
    }
    // Only fired when there is no database yet: creating one (at version 1,
    // with no tables) is Dexie's job, so abort, and the database stays unmade.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = (event) => {
      event.preventDefault();
      resolve(undefined);
    };
    open.onblocked = () => resolve(undefined);
    open.onsuccess = () => {
      const db = open.result;
      // Another page upgrading the database: step aside.
      db.onversionchange = () => db.close();
      if (db.version !== DB_VERSION * 10) {
        db.close();
        resolve(undefined);
        return;
      }
      try {
        const tx = db.transaction(['candidates', 'settings'], 'readonly');
        const candidates: unknown[] = [];
        let settings: unknown;
        const cursor = tx.objectStore('candidates').index('updatedAt').openCursor(null, 'prev');
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return;
          candidates.push(at.value);
          if (candidates.length < limit) at.continue();
        };
        const row = tx.objectStore('settings').get(SETTINGS_KEY);
        row.onsuccess = () => {
          settings = (row.result as { value?: unknown } | undefined)?.value;
        };
        tx.oncomplete = () => resolve({ candidates, settings });
        tx.onabort = () => resolve(undefined);
      } catch {
        resolve(undefined);
      } finally {
        // Closes once the read above has finished; no new transaction can start on it.
        db.close();
      }
    };
  });
}

/**
 * Rows the first paint shows while the whole list loads: more than a tall
 * side panel shows (about 10 cards of 78 px, or 20 one-line rows when wide),
 * and no more, since each is read, validated and shaped before the first paint.
 */
export const FIRST_PAGE = 24;

const KEY = '__backendScoutEarlyRead';

type EarlyGlobal = { [KEY]?: Promise<EarlyRead | undefined> };

/** Starts the read and leaves it for the page (the classic script's whole job). */
export function startEarlyRead(scope: typeof globalThis): void {
  (scope as EarlyGlobal)[KEY] = readEarly(scope.indexedDB, FIRST_PAGE).catch(() => undefined);
}

/** The read the classic script started, once: undefined when it did not run (a test page, an old page). */
export function takeEarlyRead(scope: typeof globalThis): Promise<EarlyRead | undefined> | undefined {
  const read = (scope as EarlyGlobal)[KEY];
  delete (scope as EarlyGlobal)[KEY];
  return read;
}
