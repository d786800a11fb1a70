/**
 * The extension's database (IndexedDB through Dexie, in the extension's
 * origin). Never edit a shipped version: add version(n + 1) with an upgrade,
 * and extend tests/storage/upgrade.test.ts, which opens every earlier version
 * with data in it and upgrades it.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { githubLoginOf, type Candidate, type Note } from './candidates';
import type { StoredRole } from './roles';
import type { AnalysisJob } from './jobs';

export const DB_NAME = 'backend-scout';

/** Every schema this database has had, oldest first (the upgrade test opens each). */
export const SCHEMAS = [
  // 1: candidates only; aliases are every id the person is known by
  // (github:x, linkedin:y), so a capture from either site finds them.
  { version: 1, stores: { candidates: 'id, *aliases, updatedAt' } },
  // 2: the recruiter's workspace. Shortlists are role ids on the candidate
  // (a candidate can be on several); notes have a table of their own so two
  // pages adding notes at once never overwrite each other; the GitHub cache
  // and the analysis queue live here so they survive a stopped worker.
  {
    version: 2,
    stores: {
      candidates: 'id, *aliases, updatedAt, *shortlists, stage, verdict, githubLogin',
      notes: 'id, candidateId, at',
      roles: 'id, name',
      githubCache: 'login',
      jobs: 'login, state, notBefore',
      // The GitHub token: here, not in extension storage, because content
      // scripts can read extension storage and cannot open this database.
      secrets: 'key',
    },
  },
] as const;

export class ScoutDatabase extends Dexie {
  candidates!: EntityTable<Candidate, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  roles!: EntityTable<StoredRole, 'id'>;
  /** lib/github's cache entries, keyed by lower-cased login; validated on read. */
  githubCache!: Table<unknown, string>;
  jobs!: EntityTable<AnalysisJob, 'login'>;
  secrets!: EntityTable<{ key: string; value: string }, 'key'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMAS[0].stores);
    this.version(2)
      .stores(SCHEMAS[1].stores)
      .upgrade((tx) =>
        // Candidates captured before the workspace existed start as sourced,
        // with no verdict, tags or shortlists, and keep everything they had.
        tx
          .table('candidates')
          .toCollection()
          .modify((candidate: Record<string, unknown>) => {
            candidate.stage ??= 'sourced';
            candidate.verdict ??= null;
            candidate.tags ??= [];
            candidate.shortlists ??= [];
            candidate.githubLogin ??= Array.isArray(candidate.aliases) ? githubLoginOf(candidate.aliases as string[]) : null;
            candidate.screening ??= null;
          }),
      );
  }
}
