import { describe, it } from 'vitest';
import { genericBackend } from '../../../lib/screening/rules/generic-backend';
import { check, roleSaying, type Case } from '../helpers';

const cases: Case[] = [
  {
    name: 'a backend claim with nothing concrete',
    profile: { basics: { label: 'Backend Developer' }, work: [{ position: 'Backend Developer', highlights: ['Worked on microservices, databases and integrations.'] }] },
    raised: true,
    evidence: 'no concrete backend technology',
  },
  {
    name: 'a server-side claim with one technology',
    profile: { basics: { summary: 'Server-side developer. I build things in Java.' } },
    raised: true,
    evidence: 'only one concrete backend technology: Java',
  },
  {
    name: 'a backend claim with two technologies',
    profile: { basics: { label: 'Backend Engineer' }, work: [{ position: 'Backend Engineer', highlights: ['Built Go services on PostgreSQL.'] }] },
    raised: false,
  },
  { name: 'no backend claim at all', profile: roleSaying('Built React screens.'), raised: false },
  { name: 'trap: working with the backend team is not a claim', profile: roleSaying('Worked closely with the backend team on the checkout redesign.'), raised: false },
  {
    name: 'a claim only in a project is not read',
    profile: { projects: [{ name: 'Backend for a blog', description: 'A small backend.' }] },
    raised: false,
  },
];

describe('generic-backend', () => {
  it.each(cases)('$name', (c) => check(genericBackend, c));
});
