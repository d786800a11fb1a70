/**
 * The extension's database (IndexedDB through Dexie, in the extension's
 * origin). Never edit a shipped version: add version(n + 1) with an upgrade.
 * An upgrade is written here in full and calls no live code, so what a
 * shipped version did never changes when the live code does.
 * lib/store/upgrade.test.ts keeps every shipped schema written out literally,
 * opens each with data in it and upgrades it to today's.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Candidate, Note, QueuedAnalysis, Secret, SourcingRun, StoredRole } from './records';

export const DB_NAME = 'backend-scout';

/** Today's schema: what each table indexes. */
export const SCHEMA = {
  // aliases are every id the person is known by (github:x, linkedin:y), so a
  // capture from either site finds them; shortlists are role ids (a
  // candidate can be on several).
  candidates: 'id, *aliases, updatedAt, *shortlists, stage, verdict, githubLogin',
  // Notes have a table of their own so two pages adding notes at once never
  // overwrite each other.
  notes: 'id, candidateId, at',
  roles: 'id, name',
  // The GitHub cache and the analysis queue live here so they survive a stopped worker.
  githubCache: 'login',
  githubQueue: 'login, state, notBefore',
  // The GitHub token: here, not in extension storage, because content
  // scripts can read extension storage and cannot open this database.
  secrets: 'key',
  // Sourcing lists (one per repository or people search), resumable after a stopped worker.
  sourcing: 'id, state, notBefore',
} as const;

export const DB_VERSION = 4;

export class ScoutDatabase extends Dexie {
  candidates!: EntityTable<Candidate, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  roles!: EntityTable<StoredRole, 'id'>;
  /** lib/github's cache entries, keyed by lower-cased login; validated on read (./github-cache.ts). */
  githubCache!: Table<unknown, string>;
  githubQueue!: EntityTable<QueuedAnalysis, 'login'>;
  secrets!: EntityTable<Secret, 'key'>;
  sourcing!: EntityTable<SourcingRun, 'id'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // 1 (foundation release): candidates only.
    this.version(1).stores({ candidates: 'id, *aliases, updatedAt' });
    // 2 (workspace release): shortlists, stages, verdicts, notes, roles, the GitHub cache and queue, the token.
    this.version(2)
      .stores({
        candidates: 'id, *aliases, updatedAt, *shortlists, stage, verdict, githubLogin',
        notes: 'id, candidateId, at',
        roles: 'id, name',
        githubCache: 'login',
        jobs: 'login, state, notBefore',
        secrets: 'key',
      })
      .upgrade((tx) =>
        // Candidates captured before the workspace existed start as sourced,
        // with no verdict, tags or shortlists, and keep everything they had.
        // They are screened (and their GitHub analysed) when the worker next starts.
        tx
          .table('candidates')
          .toCollection()
          .modify((candidate: Record<string, unknown>) => {
            candidate.stage ??= 'sourced';
            candidate.verdict ??= null;
            candidate.tags ??= [];
            candidate.shortlists ??= [];
            const aliases = Array.isArray(candidate.aliases) ? (candidate.aliases as unknown[]) : [];
            const github = aliases.find((a): a is string => typeof a === 'string' && a.startsWith('github:'));
            candidate.githubLogin ??= github ? github.slice('github:'.length) : null;
            candidate.screening ??= null;
          }),
      );
    // 3: the GitHub queue is called what it is (`jobs` read as job openings to the people using the product).
    this.version(3)
      .stores({
        candidates: 'id, *aliases, updatedAt, *shortlists, stage, verdict, githubLogin',
        notes: 'id, candidateId, at',
        roles: 'id, name',
        githubCache: 'login',
        githubQueue: 'login, state, notBefore',
        secrets: 'key',
        jobs: null,
      })
      .upgrade(async (tx) => {
        const queued = await tx.table('jobs').toArray();
        await tx.table('githubQueue').bulkPut(queued);
      });
    // 4 (hand-off and sourcing release): the sourcing lists; every candidate
    // gets the recruiter's contact decisions, empty: no "Do not contact", never contacted, kept apart from
    // nobody, no GDPR notice sent. A candidate's sourced `contributions` need
    // no upgrade: records are validated on the way out, and an older one
    // reads as having none.
    this.version(4)
      .stores({ ...SCHEMA })
      .upgrade((tx) =>
        tx
          .table('candidates')
          .toCollection()
          .modify((candidate: Record<string, unknown>) => {
            candidate.doNotContact ??= null;
            candidate.contacted ??= null;
            candidate.keptApart ??= [];
            candidate.gdprNoticeAt ??= null;
          }),
      );
  }
}
