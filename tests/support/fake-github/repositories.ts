/**
 * Fictional repositories whose people sourcing reads, and the fictional
 * people behind them (fixture users the analysis can then read).
 *
 * Dates are relative to the moment the tests start, because discovery's
 * window is "the last 24 months" of the real clock, and the extension under
 * test in Chromium runs on that clock.
 *
 *   quillworks/ledgerd       a Go ledger server: 36 merged pull requests by people, reviewers,
 *                            bots and an old contributor; commits by the owning organisation,
 *                            a bot and unclaimed e-mails
 *   quillworks/queue-engine  400 merged pull requests (250 in the window), 100,000 commits,
 *                            a contributors list GitHub refuses as too large
 *   quillworks/pixel-kit     a React component library (not backend)
 *   quillworks/old-broker    archived three years ago
 *   quillworks/empty-repo    no commits at all
 *   quillworks/secret-service  private: 404 to everyone
 *   samlcorp/sso-gateway     public, but its organisation refuses tokens without single sign-on
 *   ada-backend/ledger-service  a person's own repository
 */
import type { FixtureActor, FixtureCommit, FixtureRepository, FixtureRepositoryPullRequest, FixtureUser } from './types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** When the fixtures were made: every date below is this long before it. */
export const FIXTURE_NOW = Date.now();
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
export const daysAgo = (days: number, hours = 0) => iso(FIXTURE_NOW - days * DAY - hours * HOUR);

const user = (login: string): FixtureActor => ({ login, type: 'User' });
const bot = (login: string): FixtureActor => ({ login, type: 'Bot' });

/** The people behind ledgerd, as fixture users the analysis reads. */
export const SOURCING_PEOPLE: FixtureUser[] = [
  {
    login: 'bruno-queue',
    id: 2001,
    name: 'Bruno Queue',
    company: 'Freightline',
    bio: 'Kafka and Go. I keep queues moving in production.',
    location: 'Porto, Portugal',
    followers: 64,
    createdAt: '2016-02-02T00:00:00Z',
    repos: [
      {
        name: 'kafka-replayer',
        description: 'Replays Kafka topics into PostgreSQL for audits',
        language: 'Go',
        topics: ['kafka', 'postgresql'],
        stars: 31,
        sizeKb: 900,
        createdAt: '2022-01-01T00:00:00Z',
        pushedAt: daysAgo(12),
        rootFiles: ['Dockerfile', 'go.mod', 'cmd', 'internal', 'migrations'],
        workflows: ['ci.yml'],
      },
    ],
    pullRequests: [],
  },
  {
    login: 'chen-reviews',
    id: 2002,
    name: 'Chen Reviews',
    company: null,
    bio: 'Code review is my favourite part of the job.',
    location: 'Taipei',
    followers: 120,
    createdAt: '2013-03-03T00:00:00Z',
    repos: [
      {
        name: 'sqlfmt-rs',
        description: 'A SQL formatter',
        language: 'Rust',
        topics: ['sql', 'cli'],
        stars: 210,
        sizeKb: 1_200,
        createdAt: '2020-01-01T00:00:00Z',
        pushedAt: daysAgo(40),
        rootFiles: ['Cargo.toml', 'src', 'tests'],
        workflows: ['ci.yml'],
      },
    ],
    pullRequests: [],
  },
  {
    login: 'dee-ops',
    id: 2003,
    name: 'Dee Ops',
    company: 'Quillworks',
    bio: 'SRE. Terraform, Kubernetes, Prometheus.',
    location: 'Dublin',
    followers: 45,
    createdAt: '2015-05-05T00:00:00Z',
    repos: [
      {
        name: 'k8s-baseline',
        description: 'Kubernetes manifests and Prometheus alerts for small services',
        language: 'HCL',
        topics: ['kubernetes', 'prometheus', 'terraform'],
        stars: 12,
        sizeKb: 300,
        createdAt: '2021-01-01T00:00:00Z',
        pushedAt: daysAgo(8),
        rootFiles: ['charts', 'terraform', 'README.md'],
      },
    ],
    pullRequests: [],
  },
  {
    login: 'eli-newcomer',
    id: 2004,
    name: 'Eli Newcomer',
    company: null,
    bio: 'Learning Go.',
    location: null,
    followers: 2,
    createdAt: '2025-01-01T00:00:00Z',
    repos: [
      {
        name: 'todo-app',
        description: 'My first todo app (tutorial)',
        language: 'JavaScript',
        topics: [],
        stars: 0,
        sizeKb: 40,
        createdAt: '2025-02-01T00:00:00Z',
        pushedAt: daysAgo(60),
      },
    ],
    pullRequests: [],
  },
  {
    login: 'gus-docs',
    id: 2005,
    name: 'Gus Docs',
    company: null,
    bio: 'Technical writer.',
    location: 'Leeds',
    followers: 9,
    createdAt: '2019-09-09T00:00:00Z',
    repos: [],
    pullRequests: [],
  },
  {
    login: 'olga-oldtimer',
    id: 2006,
    name: 'Olga Oldtimer',
    company: 'Retired from Quillworks',
    bio: 'Wrote the first ledger engine.',
    location: 'Tallinn',
    followers: 300,
    createdAt: '2010-10-10T00:00:00Z',
    repos: [],
    pullRequests: [],
  },
];

/** 30 fictional people behind queue-engine ("qe-river-01" …). */
export const QUEUE_PEOPLE: FixtureUser[] = Array.from({ length: 30 }, (_, i) => {
  const n = String(i + 1).padStart(2, '0');
  return {
    login: `qe-river-${n}`,
    id: 3000 + i,
    name: `River ${n}`,
    company: null,
    bio: 'Queues and storage engines.',
    location: null,
    followers: i,
    createdAt: '2018-01-01T00:00:00Z',
    repos: [
      {
        name: `storage-lab-${n}`,
        description: 'Experiments with write-ahead logs in Rust',
        language: 'Rust',
        topics: ['database'],
        stars: i,
        sizeKb: 100,
        createdAt: '2022-01-01T00:00:00Z',
        pushedAt: daysAgo(i + 3),
      },
    ],
    pullRequests: [],
  };
});

/** Squash merges: each merged pull request is one commit by its author on the default branch. */
function mergeCommits(prs: readonly FixtureRepositoryPullRequest[]): FixtureCommit[] {
  return prs.flatMap((pr) => (pr.mergedAt ? [{ author: pr.author, date: pr.mergedAt, message: pr.title }] : []));
}

function newestFirst(commits: FixtureCommit[]): FixtureCommit[] {
  return commits.sort((a, b) => b.date.localeCompare(a.date));
}

let number = 0;
const pr = (author: FixtureActor, title: string, mergedDaysAgo: number | null, reviews: Array<[FixtureActor, number]> = [], createdDaysAgo?: number): FixtureRepositoryPullRequest => {
  number += 1;
  const opened = createdDaysAgo ?? (mergedDaysAgo ?? 30) + 2;
  return {
    number,
    title,
    author,
    createdAt: daysAgo(opened),
    mergedAt: mergedDaysAgo === null ? null : daysAgo(mergedDaysAgo),
    updatedAt: daysAgo(mergedDaysAgo ?? opened),
    reviews: reviews.map(([who, ago]) => ({ ...who, submittedAt: daysAgo(ago, 1), state: 'APPROVED' as const })),
  };
};

const ada = user('ada-backend');
const bruno = user('bruno-queue');
const chen = user('chen-reviews');
const dee = user('dee-ops');
const eli = user('eli-newcomer');
const gus = user('gus-docs');
const olga = user('olga-oldtimer');
const dependabot = bot('dependabot[bot]');

const ledgerdPullRequests: FixtureRepositoryPullRequest[] = [
  pr(ada, 'Batch ledger postings in one transaction', 5, [[chen, 5], [bruno, 5]]),
  pr(ada, 'Add gRPC streaming for balance changes', 20, [[chen, 20], [chen, 21]]),
  pr(ada, 'Partition the postings table by month', 40, [[chen, 40]]),
  pr(ada, 'Idempotency keys on transfers', 70, [[dee, 70]]),
  pr(ada, 'Retry serialisation failures', 100, [[chen, 100]]),
  pr(ada, 'Read replicas for balance queries', 160, [[bruno, 160]]),
  pr(ada, 'Expose Prometheus metrics', 220, [[dee, 220]]),
  pr(ada, 'Connection pool sizing by CPU', 300, [[chen, 300]]),
  pr(bruno, 'Outbox table for ledger events', 10, [[ada, 10], [bruno, 10]]),
  pr(bruno, 'Publish postings to Kafka', 30, [[ada, 30], [chen, 30]]),
  pr(bruno, 'Consumer lag alerts', 60, [[dee, 60]]),
  pr(bruno, 'Dead-letter queue for failed events', 90, [[ada, 90], [chen, 90]]),
  pr(bruno, 'Backfill command for the outbox', 130, [[chen, 130]]),
  pr(bruno, 'Schema registry client', 200, [[ada, 200]]),
  pr(bruno, 'First event publisher', 400, [[olga, 400]]),
  pr(dee, 'Helm chart for ledgerd', 15, [[chen, 15]]),
  pr(dee, 'Terraform for the database', 45, [[ada, 45]]),
  pr(dee, 'Readiness probe on the database', 250, [[chen, 250]]),
  pr(dee, 'Alert on replication delay', 500, [[ada, 500]]),
  pr(eli, 'Fix a typo in the README', 25, [[chen, 25]]),
  pr(eli, 'Add a Makefile target', null),
  pr(eli, 'Try a new logger', null),
  pr(gus, 'Document the posting model', 50, [[ada, 50]]),
  pr(gus, 'Document the API errors', 80, [[chen, 80]]),
  pr(gus, 'Glossary', 120, []),
  pr(gus, 'Operations guide', 180, [[dee, 180]]),
  pr(gus, 'Upgrade notes', 280, []),
  pr(olga, 'Initial ledger engine', 1000, [[bruno, 1000]]),
  pr(olga, 'Double-entry invariants', 950, []),
  pr(olga, 'Money type with currencies', 900, []),
  pr(olga, 'Snapshot balances nightly', 850, [[bruno, 850]]),
  pr(olga, 'Hand over maintainership', 800, [[ada, 800]]),
  pr(dependabot, 'Bump pgx from 5.5.0 to 5.6.0', 3, [[ada, 3]]),
  pr(dependabot, 'Bump grpc from 1.62.0 to 1.63.0', 18, [[ada, 18]]),
  pr(dependabot, 'Bump prometheus client', 33, []),
  pr(dependabot, 'Bump golang.org/x/net', 66, []),
  pr(dependabot, 'Bump actions/checkout', 99, []),
  pr(dependabot, 'Bump testcontainers', 150, []),
];

const ledgerdCommits = newestFirst([
  ...mergeCommits(ledgerdPullRequests),
  // Direct pushes by the SRE, two weeks apart.
  ...Array.from({ length: 20 }, (_, i): FixtureCommit => ({ author: dee, date: daysAgo(2 + i * 14, 3), message: `ops: tune ${i}` })),
  ...Array.from({ length: 3 }, (_, i): FixtureCommit => ({ author: chen, date: daysAgo(35 + i * 30, 5), message: `test: table ${i}` })),
  // Release automation under the organisation's own account, and a bot.
  { author: { login: 'quillworks', type: 'Organization' }, date: daysAgo(7, 2), message: 'release: v2.4.0' },
  { author: { login: 'quillworks', type: 'Organization' }, date: daysAgo(97, 2), message: 'release: v2.3.0' },
  { author: bot('renovate[bot]'), date: daysAgo(11, 4), message: 'chore(deps): lock file maintenance' },
  // Commits whose e-mail no account claims.
  ...Array.from({ length: 4 }, (_, i): FixtureCommit => ({ author: null, date: daysAgo(140 + i, 6), message: 'import from the old tracker' })),
]);

/** 400 merged pull requests: 250 in the window by 30 people in turn, each reviewed by the next, then 150 from years ago. */
const queuePullRequests: FixtureRepositoryPullRequest[] = Array.from({ length: 400 }, (_, i) => {
  const author = user(QUEUE_PEOPLE[i % 30]!.login);
  const reviewer = user(QUEUE_PEOPLE[(i + 1) % 30]!.login);
  const ago = i < 250 ? 1 + i * 2 : 800 + i;
  return {
    number: 1000 + i,
    title: `Queue change ${i}`,
    author,
    createdAt: daysAgo(ago + 1),
    mergedAt: daysAgo(ago),
    updatedAt: daysAgo(ago),
    reviews: [{ ...reviewer, submittedAt: daysAgo(ago, 1), state: 'APPROVED' }],
  };
});

const pixelPullRequests: FixtureRepositoryPullRequest[] = [
  { number: 1, title: 'Accessible date picker', author: user('fiona-frontend'), createdAt: daysAgo(40), mergedAt: daysAgo(38), reviews: [] },
  { number: 2, title: 'Dark mode tokens', author: user('fiona-frontend'), createdAt: daysAgo(90), mergedAt: daysAgo(88), reviews: [] },
  { number: 3, title: 'Table component', author: ada, createdAt: daysAgo(60), mergedAt: daysAgo(59), reviews: [{ ...user('fiona-frontend'), submittedAt: daysAgo(59, 2) }] },
];

const oldBrokerPullRequests: FixtureRepositoryPullRequest[] = [
  { number: 1, title: 'AMQP 0.9.1 framing', author: olga, createdAt: daysAgo(1300), mergedAt: daysAgo(1290), reviews: [{ ...bruno, submittedAt: daysAgo(1291) }] },
  { number: 2, title: 'Persistent queues', author: bruno, createdAt: daysAgo(1200), mergedAt: daysAgo(1190), reviews: [{ ...olga, submittedAt: daysAgo(1191) }] },
];

const ownPullRequests: FixtureRepositoryPullRequest[] = [
  { number: 1, title: 'Ledger snapshots', author: ada, createdAt: daysAgo(20), mergedAt: daysAgo(19), reviews: [{ ...bruno, submittedAt: daysAgo(19, 2) }] },
  { number: 2, title: 'Faster balance reads', author: bruno, createdAt: daysAgo(50), mergedAt: daysAgo(49), reviews: [{ ...ada, submittedAt: daysAgo(49, 2) }] },
];

export const FIXTURE_REPOSITORIES: readonly FixtureRepository[] = [
  {
    owner: 'quillworks',
    ownerType: 'Organization',
    name: 'ledgerd',
    description: 'Double-entry ledger server in Go with PostgreSQL and gRPC',
    language: 'Go',
    topics: ['go', 'postgresql', 'grpc', 'ledger'],
    stars: 1_840,
    pullRequests: ledgerdPullRequests,
    commits: ledgerdCommits,
  },
  {
    owner: 'quillworks',
    ownerType: 'Organization',
    name: 'queue-engine',
    description: 'Distributed job queue backed by PostgreSQL',
    language: 'Rust',
    topics: ['queue', 'postgresql', 'database'],
    stars: 9_200,
    contributorsTooLarge: true,
    pullRequests: queuePullRequests,
    generatedCommits: { count: 100_000, newest: daysAgo(0, 1), everyMinutes: 10, authors: QUEUE_PEOPLE.map((p) => user(p.login)) },
  },
  {
    owner: 'quillworks',
    ownerType: 'Organization',
    name: 'pixel-kit',
    description: 'React component library for dashboards',
    language: 'TypeScript',
    topics: ['react', 'design-system', 'css'],
    stars: 400,
    pullRequests: pixelPullRequests,
    commits: newestFirst(mergeCommits(pixelPullRequests)),
  },
  {
    owner: 'quillworks',
    ownerType: 'Organization',
    name: 'old-broker',
    description: 'Message broker speaking AMQP, written in Erlang',
    language: 'Erlang',
    topics: ['amqp', 'message-queue'],
    stars: 75,
    archivedAt: daysAgo(1100),
    pullRequests: oldBrokerPullRequests,
    commits: newestFirst(mergeCommits(oldBrokerPullRequests)),
  },
  { owner: 'quillworks', ownerType: 'Organization', name: 'empty-repo', description: null, language: null, empty: true, pullRequests: [], commits: [] },
  { owner: 'quillworks', ownerType: 'Organization', name: 'secret-service', description: 'Internal', language: 'Go', private: true, pullRequests: [], commits: [] },
  {
    owner: 'samlcorp',
    ownerType: 'Organization',
    name: 'sso-gateway',
    description: 'Single sign-on gateway in Go',
    language: 'Go',
    topics: ['oauth2', 'api'],
    samlProtected: true,
    pullRequests: ledgerdPullRequests.slice(0, 3),
    commits: newestFirst(mergeCommits(ledgerdPullRequests.slice(0, 3))),
  },
  {
    owner: 'ada-backend',
    ownerType: 'User',
    name: 'ledger-service',
    description: 'Double-entry ledger service in Go with PostgreSQL and gRPC',
    language: 'Go',
    topics: ['go', 'postgresql', 'grpc', 'microservice'],
    stars: 48,
    pullRequests: ownPullRequests,
    commits: newestFirst(mergeCommits(ownPullRequests)),
  },
];

/** Repositories by role, so tests read as examples ("FIXTURE_REPOS.ledgerd"). */
export const FIXTURE_REPOS = {
  ledgerd: 'quillworks/ledgerd',
  queueEngine: 'quillworks/queue-engine',
  pixelKit: 'quillworks/pixel-kit',
  oldBroker: 'quillworks/old-broker',
  empty: 'quillworks/empty-repo',
  private: 'quillworks/secret-service',
  saml: 'samlcorp/sso-gateway',
  own: 'ada-backend/ledger-service',
} as const;

/** The commits of a repository, newest first, as a list read by index (100,000 are never made at once). */
export function commitsOf(repo: FixtureRepository): { length: number; at(i: number): FixtureCommit } {
  const generated = repo.generatedCommits;
  if (generated) {
    const newest = Date.parse(generated.newest);
    return {
      length: generated.count,
      at: (i) => ({
        author: generated.authors[i % generated.authors.length] ?? null,
        date: iso(newest - i * generated.everyMinutes * 60_000),
        message: `change ${generated.count - i}`,
      }),
    };
  }
  const list = repo.commits ?? [];
  return { length: list.length, at: (i) => list[i]! };
}

/** How many of a repository's commits (newest first) were made at or after `since`. */
export function commitsSince(repo: FixtureRepository, since: string | null): number {
  const all = commitsOf(repo);
  if (!since) return all.length;
  let lo = 0;
  let hi = all.length;
  // Binary search: the list is newest first.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all.at(mid).date >= since) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
