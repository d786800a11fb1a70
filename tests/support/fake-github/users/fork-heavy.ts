import type { FixtureUser, FixtureRepo } from '../types';

const fork = (parent: string, language: string, pushedAt: string): FixtureRepo => ({
  name: parent.split('/')[1] ?? parent,
  description: `Fork of ${parent}`,
  language,
  fork: true,
  parent,
  stars: 0,
  sizeKb: 90_000,
  createdAt: pushedAt,
  pushedAt,
});

/** Owns only forks; the one thing that proves backend work is a merged pull request into a database. */
export const forkHeavy: FixtureUser = {
  login: 'felix-forks',
  id: 1004,
  name: 'Felix Forks',
  company: null,
  bio: null,
  blog: null,
  location: 'Toronto',
  followers: 12,
  createdAt: '2017-02-02T00:00:00Z',
  repos: [
    fork('cockroachdb/cockroach', 'Go', '2026-05-01T00:00:00Z'),
    fork('kubernetes/kubernetes', 'Go', '2026-03-01T00:00:00Z'),
    fork('django/django', 'Python', '2025-07-01T00:00:00Z'),
    fork('torvalds/linux', 'C', '2024-01-01T00:00:00Z'),
    fork('vuejs/core', 'TypeScript', '2023-01-01T00:00:00Z'),
  ],
  pullRequests: [
    {
      target: {
        fullName: 'cockroachdb/cockroach',
        description: 'CockroachDB — the cloud native, distributed SQL database designed for high availability.',
        language: 'Go',
        topics: ['database', 'sql', 'distributed-database', 'go'],
        stars: 30_000,
      },
      number: 120045,
      title: 'sql: fix a panic in EXPLAIN ANALYZE with a nil plan',
      createdAt: '2026-04-20T00:00:00Z',
      mergedAt: '2026-04-28T00:00:00Z',
    },
  ],
};
