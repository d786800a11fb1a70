import { describe, it } from 'vitest';
import { databaseExperience } from './database-experience';
import { check, github, repo, roleSaying, skillsOnly, type Case } from '../../../tests/support/screening';

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
  // DOMAIN.md "Use, not mention".
  { name: 'keeping up with MySQL and MongoDB is not using them', profile: roleSaying('Keeping up with MySQL, MongoDB and the NoSQL world.'), raised: false },
  { name: 'learning about Elasticsearch is not using it', profile: roleSaying('Learning about Go, Elasticsearch and Kafka.'), raised: false },
  { name: 'interested in Cassandra is not using it', profile: { basics: { summary: 'Interested in Cassandra and distributed databases.' } }, raised: false },
  { name: 'a French technology watch is not use', profile: roleSaying('Veille techno : MongoDB, Redis, GraphQL.'), raised: false },
  { name: 'a database listed under a role is used there', profile: { work: [{ position: 'Developer', keywords: ['Go', 'PostgreSQL'] }] }, raised: true, evidence: 'PostgreSQL' },
  { name: 'a project keyword is used in the project', profile: { projects: [{ name: 'Shop', keywords: ['Node.js', 'MongoDB'] }] }, raised: true },
  { name: 'French: base de données PostgreSQL', profile: roleSaying('Conception de la base de données PostgreSQL.'), raised: true },
  { name: 'Spanish', profile: roleSaying('Migración de MySQL a PostgreSQL sin tiempo de inactividad.'), raised: true },
  { name: '"a data warehouse" is not a named database', profile: roleSaying('Loaded events into a data warehouse.'), raised: false },
];

describe('database-experience', () => {
  it.each(cases)('$name', (c) => check(databaseExperience, c));
});
