import { describe, it } from 'vitest';
import { noTestingOrQuality } from './no-testing-or-quality';
import { check, github, repo, roleSaying, skillsOnly, type Case } from '../../../tests/support/screening';

const cases: Case[] = [
  { name: 'nothing about tests or quality', profile: roleSaying('Built the booking service in Go.'), raised: true, evidence: 'Nothing about tests' },
  { name: 'code review counts', profile: roleSaying('Did code reviews for the team.'), raised: false },
  { name: 'Jenkins in the skills list counts', profile: skillsOnly('Jenkins'), raised: false },
  { name: 'QA counts', profile: roleSaying('Worked with QA on release sign-off.'), raised: false },
  { name: 'trap: A/B tests are not tests', profile: roleSaying('Ran A/B tests on pricing pages.'), raised: true },
  { name: 'an empty profile raises nothing', profile: {}, raised: false },
  {
    name: 'a GitHub-only capture whose repositories have no tests or CI',
    profile: {},
    github: github([repo({ name: 'scripts', language: 'Python', rootFiles: ['main.py'], workflows: [] })]),
    raised: true,
  },
  {
    name: 'a repository with CI workflows counts',
    profile: roleSaying('Built the booking service.'),
    github: github([repo({ name: 'booking', workflows: ['ci.yml'] })]),
    raised: false,
  },
  // DOMAIN.md: never beside its own green flag (testing-deployment).
  { name: 'Gitlab Pipelines (its own green flag)', profile: roleSaying('Set up Gitlab Pipelines for the monorepo.'), raised: false },
  { name: 'Docker in a role (its own green flag)', profile: roleSaying('Packaged the services with Docker.'), raised: false },
  { name: 'French: revue de code', profile: roleSaying('Revue de code et refactorisation.'), raised: false },
  { name: 'Spanish: pruebas', profile: roleSaying('Pruebas de la API.'), raised: false },
  { name: '"CI" inside "dostępności" is not CI', profile: roleSaying('Poprawa dostępności serwisu.'), raised: true },
  { name: 'skills shown only in part: what was not shown is not absent', profile: { ...roleSaying('Built the booking service in Go.'), capture: { source: 'linkedin', capturedAt: '2026-11-01T00:00:00Z', partial: { skills: { shown: 5, total: 22 } } } }, raised: false },
];

describe('no-testing-or-quality', () => {
  it.each(cases)('$name', (c) => check(noTestingOrQuality, c));
});
