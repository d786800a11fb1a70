import { describe, it } from 'vitest';
import { productionScale } from './production-scale';
import { check, roleSaying, skillsOnly, type Case } from '../../../tests/support/screening';

const cases: Case[] = [
  { name: 'on-call rotation', profile: roleSaying('Joined the on-call rotation for checkout.'), raised: true, evidence: 'on-call' },
  { name: 'incidents and postmortems', profile: roleSaying('Led incident response and wrote postmortems.'), raised: true },
  { name: 'SLOs', profile: roleSaying('Defined SLOs for the search API.'), raised: true },
  { name: 'requests per second', profile: roleSaying('Scaled the ingest path to 40k requests per second.'), raised: true, evidence: '40k requests' },
  { name: 'millions of users', profile: roleSaying('Kept the feed fast for millions of users.'), raised: true },
  { name: 'terabytes a day', profile: roleSaying('Processed 3 TB of events daily.'), raised: true },
  { name: 'production support', profile: roleSaying('Provided production support for the billing system.'), raised: true },
  { name: 'a bare "deployed to production"', profile: roleSaying('Deployed features to production every sprint.'), raised: false },
  { name: 'the size of the business', profile: roleSaying('Built the loyalty app for 600 stores.'), raised: false },
  { name: 'small numbers of users', profile: roleSaying('Built an app for 12 users in the office.'), raised: false },
  { name: 'trap: "large-scale retail"', profile: roleSaying('Worked in large-scale retail for ten years.'), raised: false },
  { name: 'trap: "video production"', profile: roleSaying('Ran video production for a media agency.'), raised: false },
  { name: 'only in the skills list', profile: skillsOnly('On-call', 'SLOs'), raised: false },
  // DOMAIN.md: numbers measuring the software's load or size in production.
  { name: '84 million requests per day', profile: roleSaying('Served 84 million requests per day from the edge cache.'), raised: true, evidence: '84 million requests' },
  { name: 'players', profile: roleSaying('Backend for a game with around 1.2 million players.'), raised: true, evidence: 'players' },
  { name: 'customers', profile: roleSaying('Billing for 250,000 customers.'), raised: true },
  { name: 'events a day', profile: roleSaying('Pipeline ingesting 3 billion events a day.'), raised: true },
  { name: '70 microservices', profile: roleSaying('Ran a platform of 70 microservices on Kubernetes.'), raised: true, evidence: '70 microservices' },
  { name: 'nodes', profile: roleSaying('Operated a 40-node Cassandra ring, 40 nodes across zones.'), raised: true },
  { name: 'regions', profile: roleSaying('Active-active deployment in 3 regions.'), raised: true },
  { name: 'the size of the business: 2,000 employees', profile: roleSaying('Built the HR tool for 2,000 employees.'), raised: false },
  { name: 'workplace incidents are not software incidents', profile: roleSaying('Cut workplace incidents by 30% at the depot.'), raised: false },
  { name: 'a help desk SLA is not an SLO', profile: roleSaying('Met the SLA on 95% of tickets.'), raised: false },
  { name: 'a team grew "from 5 to 12" is not a number of anything', profile: roleSaying('Grew the team from 5 to 12 engineers.'), raised: false },
  { name: 'French: astreinte', profile: roleSaying('Astreintes et gestion des incidents de production.'), raised: true },
  { name: 'French: millions d’utilisateurs', profile: roleSaying('Une application utilisée par 2 millions d’utilisateurs.'), raised: true },
  { name: 'German: Rufbereitschaft', profile: roleSaying('Rufbereitschaft für das Zahlungssystem.'), raised: true },
  { name: 'Spanish: millones de usuarios', profile: roleSaying('Plataforma con 3 millones de usuarios activos.'), raised: true },
  { name: 'Polish: dyżury', profile: roleSaying('Dyżury i obsługa incydentów produkcyjnych.'), raised: true },
  { name: 'learning about SLOs is not running them', profile: roleSaying('Reading about SLOs and on-call practices.'), raised: false },
];

describe('production-scale', () => {
  it.each(cases)('$name', (c) => check(productionScale, c));
});
