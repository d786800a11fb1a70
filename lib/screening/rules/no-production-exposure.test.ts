import { describe, it } from 'vitest';
import { noProductionExposure } from './no-production-exposure';
import { check, github, repo, roleSaying, type Case } from '../../../tests/support/screening';

const cases: Case[] = [
  { name: 'nothing about production', profile: roleSaying('Built a Flask app for a class.'), raised: true, evidence: 'Nothing about production' },
  { name: '"deployments" counts as a mention', profile: roleSaying('Automated deployments.'), raised: false },
  { name: '"release" counts as a mention', profile: roleSaying('Cut the weekly release.'), raised: false },
  { name: 'a cloud tool in the skills list counts', profile: { ...roleSaying('Built a Flask app.'), skills: [{ name: 'AWS' }] }, raised: false },
  { name: 'trap: "video production" is not production', profile: roleSaying('Managed video production for a media agency.'), raised: true },
  { name: 'trap: a press release is not a release', profile: roleSaying('Wrote a press release for the launch event.'), raised: false },
  { name: 'an empty profile raises nothing', profile: {}, raised: false },
  {
    name: 'a repository with a deploy workflow counts',
    profile: roleSaying('Built a Flask app.'),
    github: github([repo({ name: 'app', workflows: ['deploy.yml'] })]),
    raised: false,
  },
  // DOMAIN.md: never beside its own green flag; "84 million requests per day" is seen by both.
  { name: '84 million requests per day (its own green flag)', profile: roleSaying('Served 84 million requests per day.'), raised: false },
  { name: 'players served (its own green flag)', profile: roleSaying('Backend for a game with 1.2 million players.'), raised: false },
  { name: 'French: mise en production', profile: roleSaying('Mise en production des évolutions.'), raised: false },
  { name: 'Spanish: despliegue', profile: roleSaying('Despliegue de la aplicación.'), raised: false },
  { name: 'Polish: wdrożenia', profile: roleSaying('Wdrożenia nowych wersji.'), raised: false },
  { name: 'video production is not production', profile: roleSaying('Ran video production for a media agency.'), raised: true },
  { name: 'roles shown only in part: what was not shown is not absent', profile: { ...roleSaying('Built landing pages in React.'), capture: { source: 'linkedin' as const, capturedAt: '2026-11-01T00:00:00Z', partial: { work: { shown: 3, total: 9 } } } }, raised: false },
  { name: 'a section shown whole raises as before', profile: { ...roleSaying('Built landing pages in React.'), capture: { source: 'linkedin', capturedAt: '2026-11-01T00:00:00Z', partial: { work: { shown: 3, total: 3 } } } }, raised: true },
];

describe('no-production-exposure', () => {
  it.each(cases)('$name', (c) => check(noProductionExposure, c));
});
