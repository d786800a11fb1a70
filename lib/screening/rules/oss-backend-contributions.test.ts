import { describe, it } from 'vitest';
import { ossBackendContributions } from './oss-backend-contributions';
import { check, contribution, github, roleSaying, type Case } from '../../../tests/support/screening';

const cases: Case[] = [
  {
    name: 'merged pull request to a backend project',
    profile: {},
    github: github([], [contribution({ repository: 'redis/redis' })]),
    raised: true,
    evidence: 'redis/redis',
  },
  {
    name: 'merged pull request to a frontend project',
    profile: {},
    github: github([], [contribution({ repository: 'acme/ui-kit', backend: { value: false, reasons: [] } })]),
    raised: false,
  },
  { name: 'unmerged pull request', profile: {}, github: github([], [contribution({ repository: 'kafka/kafka', mergedAt: null })]), raised: false },
  { name: 'named in the text', profile: roleSaying('Contributed patches to the open-source Kafka connector for Postgres.'), raised: true, evidence: 'Kafka' },
  { name: 'their own library', profile: roleSaying('Author of my own open-source Redis client.'), raised: false },
  { name: 'a frontend project', profile: roleSaying('Contributed pull requests to React.'), raised: false },
  { name: 'contributions at work are not open source', profile: roleSaying('Contributed to the Java billing services.'), raised: false },
  { name: 'no GitHub evidence', profile: {}, raised: false },
  // DOMAIN.md: a contributor, maintainer, committer or core-team role, or patches merged into a named open-source project.
  { name: 'a maintainer of a backend project', profile: roleSaying('Maintainer of the Celery Redis transport.'), raised: true, evidence: 'Maintainer' },
  { name: 'a committer on Apache Kafka', profile: roleSaying('Committer on Apache Kafka since 2021.'), raised: true },
  { name: 'a core-team member', profile: roleSaying('Member of the Django core team.'), raised: true },
  { name: 'a contributor to a package manager (developer tooling counts)', profile: roleSaying('Contributions to multiple open-source projects on GitHub: Ember, Homebrew.'), raised: true, evidence: 'Homebrew' },
  { name: 'patches merged into PostgreSQL', profile: roleSaying('Had patches merged into PostgreSQL’s query planner.'), raised: true },
  { name: 'their own released plugin is not someone else’s project', profile: roleSaying('Developed and released responsive-carousel, an open source jQuery plugin.'), raised: false },
  { name: 'the author of their own tool', profile: roleSaying('Author of pg-migrate, an open-source PostgreSQL migration tool.'), raised: false },
  { name: 'a contributor to the company’s internal code', profile: roleSaying('Top contributor to our internal Django monorepo.'), raised: false },
  { name: 'French: contributeur à un projet libre', profile: roleSaying('Contributeur au projet open source Symfony.'), raised: true },
];

describe('oss-backend-contributions', () => {
  it.each(cases)('$name', (c) => check(ossBackendContributions, c));
});
