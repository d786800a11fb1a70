import { describe, it } from 'vitest';
import { ossBackendContributions } from '../../../lib/screening/rules/oss-backend-contributions';
import { check, contribution, github, roleSaying, type Case } from '../helpers';

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
];

describe('oss-backend-contributions', () => {
  it.each(cases)('$name', (c) => check(ossBackendContributions, c));
});
