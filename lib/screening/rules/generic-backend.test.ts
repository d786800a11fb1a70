import { describe, it } from 'vitest';
import { genericBackend } from './generic-backend';
import { check, github, repo, roleSaying, type Case } from '../../../tests/support/screening';

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
  // DOMAIN.md: their context and their own GitHub repositories name at most one concrete backend technology.
  {
    name: 'their own backend repositories are specific even when the text is not',
    profile: { basics: { label: 'Backend developer' } },
    github: github([repo({ name: 'ledger', language: 'Go', topics: ['postgresql', 'kafka'], backend: { value: true, reasons: ['language: Go'] } })]),
    raised: false,
  },
  {
    name: 'frontend repositories do not make a backend claim specific',
    profile: { basics: { label: 'Backend developer' } },
    github: github([repo({ name: 'site', language: 'TypeScript', topics: ['react', 'redis'], backend: { value: false, reasons: [] } })]),
    raised: true,
  },
  { name: 'French: développeur back-end', profile: { basics: { label: 'Développeur back-end' }, work: [{ position: 'Développeur back-end', highlights: ['Travail sur les microservices et les bases de données.'] }] }, raised: true },
  { name: 'German compound: Backendentwickler', profile: { basics: { label: 'Backendentwickler' } }, raised: true },
  { name: 'learning Go and Postgres does not make a claim specific', profile: { basics: { label: 'Backend developer', summary: 'Backend developer, learning Go and PostgreSQL.' } }, raised: true },
];

describe('generic-backend', () => {
  it.each(cases)('$name', (c) => check(genericBackend, c));
});
