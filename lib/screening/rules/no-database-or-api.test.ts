import { describe, it } from 'vitest';
import { noDatabaseOrApi } from './no-database-or-api';
import { check, github, repo, roleSaying, skillsOnly, type Case } from '../../../tests/support/screening';

const cases: Case[] = [
  { name: 'nothing about data or APIs', profile: roleSaying('Built landing pages in React and Figma.'), raised: true, evidence: 'Nothing about databases' },
  { name: 'a generic "SQL" counts as a mention', profile: roleSaying('Wrote SQL reports.'), raised: false },
  { name: 'a database only in the skills list counts', profile: { ...roleSaying('Built landing pages.'), skills: [{ name: 'MySQL' }] }, raised: false },
  { name: '"API" counts as a mention', profile: roleSaying('Connected the shop to the payments API.'), raised: false },
  { name: 'trap: "the rest of" is not REST', profile: roleSaying('Handled the rest of the layout work.'), raised: true },
  { name: 'an empty profile raises nothing', profile: {}, raised: false },
  {
    name: 'a GitHub-only capture with repositories and nothing about data or APIs',
    profile: {},
    github: github([repo({ name: 'dotfiles', language: 'Shell' })]),
    raised: true,
    evidence: '1 GitHub repository',
  },
  {
    name: 'a repository naming a database counts',
    profile: skillsOnly('HTML', 'CSS'),
    github: github([repo({ name: 'shop', topics: ['mongodb'] })]),
    raised: false,
  },
  // DOMAIN.md: never beside its own green flag; generic words in any language count.
  { name: 'a database used in a role (its own green flag)', profile: roleSaying('Built the ledger on PostgreSQL.'), raised: false },
  { name: 'an API designed (its own green flag)', profile: roleSaying('Designed the payments API.'), raised: false },
  { name: 'French: base de données', profile: roleSaying('Optimisation de la base de données.'), raised: false },
  { name: 'German: Datenbanken', profile: roleSaying('Pflege der Datenbanken.'), raised: false },
  { name: 'Polish: bazy danych', profile: roleSaying('Administrowanie bazy danych.'), raised: false },
  { name: 'keeping up with MongoDB is a mention (no green, no yellow)', profile: roleSaying('Built landing pages; keeping up with MongoDB.'), raised: false },
  { name: 'roles shown only in part: what was not shown is not absent', profile: { ...roleSaying('Built landing pages in React.'), capture: { source: 'linkedin' as const, capturedAt: '2026-11-01T00:00:00Z', partial: { work: { shown: 3, total: 9 } } } }, raised: false },
];

describe('no-database-or-api', () => {
  it.each(cases)('$name', (c) => check(noDatabaseOrApi, c));
});
