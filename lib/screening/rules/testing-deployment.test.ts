import { describe, it } from 'vitest';
import { testingDeployment } from './testing-deployment';
import { check, github, repo, roleSaying, skillsOnly, type Case } from '../../../tests/support/screening';

const cases: Case[] = [
  { name: 'unit and integration tests', profile: roleSaying('Wrote unit and integration tests for the ledger.'), raised: true, evidence: 'tests' },
  { name: 'TDD', profile: roleSaying('Practised TDD on the pricing engine.'), raised: true },
  { name: 'CI/CD pipelines', profile: roleSaying('Set up CI/CD with GitHub Actions.'), raised: true },
  { name: 'Docker in a project', profile: { projects: [{ name: 'Pastebin', description: 'Shipped as a Docker image.' }] }, raised: true },
  { name: 'Kubernetes in a role', profile: roleSaying('Moved services to Kubernetes.'), raised: true },
  { name: 'trap: A/B tests are experiments', profile: roleSaying('Ran A/B tests on the signup page.'), raised: false },
  { name: 'usability testing is research', profile: roleSaying('Ran usability testing sessions with customers.'), raised: false },
  { name: 'only in the skills list', profile: skillsOnly('Jest', 'Docker', 'Jenkins'), raised: false },
  {
    name: 'own repository with a tests folder and CI',
    profile: {},
    github: github([repo({ name: 'api', rootFiles: ['src', 'tests', 'Dockerfile'], workflows: ['ci.yml'] })]),
    raised: true,
    evidence: 'test folder tests',
  },
  { name: 'own repository with nothing of the kind', profile: {}, github: github([repo({ name: 'notes', rootFiles: ['README.md'], workflows: [] })]), raised: false },
  // DOMAIN.md: tests, TDD, CI/CD, Docker or Kubernetes in context; A/B tests are experiments.
  { name: 'Gitlab Pipelines', profile: roleSaying('Set up Gitlab Pipelines for the monorepo.'), raised: true, evidence: 'Gitlab Pipelines' },
  { name: 'a build pipeline in Jenkins', profile: roleSaying('Maintained the Jenkins pipeline.'), raised: true },
  { name: 'French: tests unitaires', profile: roleSaying('Écriture de tests unitaires et mise en place de GitLab CI.'), raised: true },
  { name: 'German: Testautomatisierung', profile: roleSaying('Einführung von Testautomatisierung und Unit-Tests.'), raised: true },
  { name: 'Spanish: pruebas unitarias', profile: roleSaying('Pruebas unitarias con JUnit.'), raised: true },
  { name: 'Portuguese: testes automatizados', profile: roleSaying('Criação de testes automatizados.'), raised: true },
  { name: 'Polish: testy jednostkowe', profile: roleSaying('Pisanie testów jednostkowych.'), raised: true },
  { name: '"CI" is not inside "dostępności"', profile: roleSaying('Poprawa dostępności serwisu dla użytkowników.'), raised: false },
  { name: 'split tests are experiments', profile: roleSaying('Ran split tests on the pricing page.'), raised: false },
  { name: 'a course on Docker is not using it', profile: roleSaying('Formation Docker et Kubernetes.'), raised: false },
  { name: 'tools listed under a role', profile: { work: [{ position: 'Developer', keywords: ['Docker', 'xUnit'] }] }, raised: true },
];

describe('testing-deployment', () => {
  it.each(cases)('$name', (c) => check(testingDeployment, c));
});
