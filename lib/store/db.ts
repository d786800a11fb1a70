/**
 * The extension's database (IndexedDB through Dexie, in the extension's
 * origin). Never edit a shipped version: add version(n + 1) with an upgrade.
 * An upgrade is written here in full and calls no live code, so what a
 * shipped version did never changes when the live code does.
 * lib/store/upgrade.test.ts keeps every shipped schema written out literally,
 * opens each with data in it and upgrades it to today's.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { DB_NAME, DB_VERSION } from './names';
import type { Candidate, GitHubAccountKind, MergeRecord, Note, QueuedAnalysis, SamePersonSuggestion, Secret, SourcingRun, StoredRole } from './records';

export { DB_NAME, DB_VERSION };

/** Today's schema: what each table indexes. */
export const SCHEMA = {
  // aliases are the accounts the person is (github:x, linkedin:y), so a
  // capture from either site finds them; claims are accounts their profiles
  // name one way (a capture of that account looks for who claims it);
  // shortlists are role ids (a candidate can be on several); blind mode's
  // alias is unique.
  candidates: 'id, *aliases, updatedAt, *shortlists, stage, verdict, githubLogin, *claims, &blindAlias',
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
  // One-way links between captured people, for the recruiter to join or keep apart.
  suggestions: 'id, *accounts, state',
  // Joins the recruiter confirmed, with what each side was, so they can be undone.
  merges: 'id, into, absorbed',
  // What GitHub said a login is (a user, an organisation).
  githubAccounts: 'login',
  // The recruiter's settings: here, not in storage.local, which content scripts can write.
  settings: 'key',
  // Sourcing lists (one per repository or people search), resumable after a stopped worker.
  sourcing: 'id, state, notBefore',
} as const;

export class ScoutDatabase extends Dexie {
  candidates!: EntityTable<Candidate, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  roles!: EntityTable<StoredRole, 'id'>;
  /** lib/github's cache entries, keyed by lower-cased login; validated on read (./github-cache.ts). */
  githubCache!: Table<unknown, string>;
  githubQueue!: EntityTable<QueuedAnalysis, 'login'>;
  secrets!: EntityTable<Secret, 'key'>;
  sourcing!: EntityTable<SourcingRun, 'id'>;
  suggestions!: EntityTable<SamePersonSuggestion, 'id'>;
  merges!: EntityTable<MergeRecord, 'id'>;
  githubAccounts!: EntityTable<GitHubAccountKind, 'login'>;
  /** One row, key "settings"; validated on read (./settings.ts). */
  settings!: Table<{ key: string; value: unknown }, string>;

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
    // Written out (it once read `...SCHEMA`, which follows today's schema and would edit this shipped version).
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
    // 4 (trust, hand-off and sourcing): a candidate's aliases are only the
    // accounts it was captured as; what its profiles merely name moves to
    // `claims`. Each candidate gets a stored blind alias, unique in the
    // database, and the recruiter's contact decisions, empty (no "Do not
    // contact", never contacted, kept apart from nobody, no GDPR notice sent).
    // Suggestions, confirmed joins, GitHub account kinds, the settings and the
    // sourcing lists get tables of their own. Sourced `contributions` need no
    // upgrade: an older record reads as having none.
    this.version(4)
      .stores({ ...SCHEMA })
      .upgrade(async (tx) => {
        const used = new Set<string>();
        const fnv = (text: string) => {
          let hash = 0x811c9dc5;
          for (let i = 0; i < text.length; i++) {
            hash ^= text.charCodeAt(i);
            hash = Math.imul(hash, 0x01000193) >>> 0;
          }
          return hash;
        };
        await tx
          .table('candidates')
          .toCollection()
          .modify((candidate: Record<string, unknown>) => {
            const id = String(candidate.id);
            const profiles = (candidate.profiles ?? {}) as Record<string, { basics?: { profiles?: Array<{ network?: string; username?: string }> }; capture?: { source?: string } } | undefined>;
            const own = new Set<string>([id]);
            for (const profile of Object.values(profiles)) {
              const source = profile?.capture?.source;
              if (source !== 'github' && source !== 'linkedin') continue;
              const link = profile?.basics?.profiles?.find((p) => p.network?.toLowerCase() === source && p.username);
              if (link?.username) own.add(`${source}:${link.username.toLowerCase()}`);
            }
            const aliases = (Array.isArray(candidate.aliases) ? candidate.aliases : []).filter((a): a is string => typeof a === 'string');
            candidate.aliases = [...new Set([...aliases.filter((a) => own.has(a)), id])];
            candidate.claims = aliases.filter((a) => !own.has(a));
            let alias = '';
            for (let attempt = 0; !alias || used.has(alias); attempt++) {
              const hash = fnv(attempt === 0 ? id : `${id}#${attempt}`);
              alias = attempt < 64 ? `Candidate ${(hash & 0xffff).toString(16).toUpperCase().padStart(4, '0')}` : `Candidate ${hash.toString(16).toUpperCase().padStart(8, '0')}`;
            }
            used.add(alias);
            candidate.blindAlias = alias;
            candidate.doNotContact ??= null;
            candidate.contacted ??= null;
            candidate.keptApart ??= [];
            candidate.gdprNoticeAt ??= null;
          });
      });
  }
}
