import { describe, it } from 'vitest';
import { databaseExperience } from '../../../lib/screening/rules/database-experience';
import { check, github, repo, roleSaying, skillsOnly, type Case } from '../helpers';

const cases: Case[] = [
  { name: 'Postgres in a role', profile: roleSaying('Tuned Postgres indexes for the orders table.'), raised: true, evidence: 'Postgres' },
  { name: 'Mongo alias', profile: roleSaying('Modelled catalogue data in Mongo.'), raised: true },
  { name: 'Redis cache in a project', profile: { projects: [{ name: 'Rate limiter', description: 'Sliding-window limiter on Redis.' }] }, raised: true },
  { name: 'only "SQL"', profile: roleSaying('Wrote SQL reports for finance.'), raised: false },
  { name: 'only "databases" and a data warehouse', profile: roleSaying('Worked with databases and a data warehouse.'), raised: false },
  { name: 'only in the skills list', profile: skillsOnly('PostgreSQL', 'MongoDB'), raised: false },
  { name: 'trap: "Oracle" the employer', profile: roleSaying('Joined Oracle as a sales analyst.'), raised: false },
  {
    name: 'repository depending on psycopg2',
    profile: {},
    github: github([repo({ name: 'api', dependencies: ['flask', 'psycopg2'] })]),
    raised: true,
    evidence: 'depends on psycopg2',
  },
  { name: 'repository topic redis', profile: {}, github: github([repo({ name: 'cache', topics: ['redis'] })]), raised: true },
  { name: 'repository without any database', profile: {}, github: github([repo({ name: 'cli', language: 'Go' })]), raised: false },
];

describe('database-experience', () => {
  it.each(cases)('$name', (c) => check(databaseExperience, c));
});
