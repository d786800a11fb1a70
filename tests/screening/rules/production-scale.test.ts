import { describe, it } from 'vitest';
import { productionScale } from '../../../lib/screening/rules/production-scale';
import { check, roleSaying, skillsOnly, type Case } from '../helpers';

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
];

describe('production-scale', () => {
  it.each(cases)('$name', (c) => check(productionScale, c));
});
