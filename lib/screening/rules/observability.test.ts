import { describe, it } from 'vitest';
import { observability } from './observability';
import { check, github, repo, roleSaying, skillsOnly, type Case } from '../../../tests/support/screening';

const cases: Case[] = [
  { name: 'Datadog in a role', profile: roleSaying('Built Datadog dashboards for every service.'), raised: true, evidence: 'Datadog' },
  { name: 'New Relic in a role', profile: roleSaying('Traced slow checkouts with New Relic.'), raised: true },
  { name: 'OpenTelemetry in a project', profile: { projects: [{ name: 'Tracer', description: 'OpenTelemetry spans for a Flask app.' }] }, raised: true },
  { name: 'generic "monitoring"', profile: roleSaying('Improved monitoring and alerting.'), raised: false },
  { name: 'only in the skills list', profile: skillsOnly('Grafana', 'Prometheus'), raised: false },
  { name: 'Sentry as the error tracker', profile: roleSaying('Reported errors to Sentry.'), raised: true },
  { name: 'own repository using prom-client', profile: {}, github: github([repo({ name: 'api', dependencies: ['prom-client'] })]), raised: true, evidence: 'prom-client' },
  { name: 'learning Prometheus is not using it', profile: roleSaying('Learning Prometheus and Grafana.'), raised: false },
  { name: 'a tool listed under a role', profile: { work: [{ position: 'SRE', keywords: ['Grafana'] }] }, raised: true },
  { name: 'French', profile: roleSaying('Mise en place de tableaux de bord Grafana.'), raised: true },
];

describe('observability', () => {
  it.each(cases)('$name', (c) => check(observability, c));
});
