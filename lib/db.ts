/**
 * The extension's database (IndexedDB through Dexie, in the extension's
 * origin; only the background writes captures). Never edit a shipped version:
 * add version(n + 1) with an upgrade, and a test that opens the old one with
 * data in it (tests/storage).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Candidate } from './candidates';

export const DB_NAME = 'backend-scout';

export class ScoutDatabase extends Dexie {
  candidates!: EntityTable<Candidate, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // aliases: every id the person is known by (github:x, linkedin:y), so a
    // capture from either site finds the same candidate.
    this.version(1).stores({
      candidates: 'id, *aliases, updatedAt',
    });
  }
}
