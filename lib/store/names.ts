/**
 * The database's name, version and the settings row's key, with no
 * dependency: the side panel's early read (utils/early-read.ts) runs before
 * Dexie and zod are loaded and must find the same database.
 */
export const DB_NAME = 'backend-scout';

/** Today's schema version (Dexie's; IndexedDB stores it times ten). */
export const DB_VERSION = 4;

/** The one row of the `settings` table, and the old storage.local key it moved from. */
export const SETTINGS_KEY = 'settings';
