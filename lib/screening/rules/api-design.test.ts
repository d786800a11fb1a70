import { describe, it } from 'vitest';
import { apiDesign } from './api-design';
import { check, github, repo, roleSaying, type Case } from '../../../tests/support/screening';

const cases: Case[] = [
  { name: 'designed REST APIs', profile: roleSaying('Designed REST APIs for partner onboarding.'), raised: true, evidence: 'Designed REST APIs' },
  { name: 'built a GraphQL gateway', profile: roleSaying('Built a GraphQL gateway over six services.'), raised: true },
  { name: 'exposed gRPC endpoints', profile: roleSaying('Exposed pricing through gRPC endpoints.'), raised: true },
  { name: '"API design" as a noun', profile: roleSaying('Led API design reviews for the platform team.'), raised: true },
  { name: 'consuming an API', profile: roleSaying('Built a React dashboard consuming the REST API.'), raised: false },
  { name: 'building on top of a vendor API', profile: roleSaying('Developed checkout features using the Stripe API.'), raised: false },
  { name: 'testing an API', profile: roleSaying('Wrote automated tests for the payments API.'), raised: false },
  { name: 'owning an API product roadmap', profile: roleSaying('Owned the roadmap for the public API.'), raised: false },
  { name: 'integrating third-party APIs', profile: roleSaying('Built integrations with third-party APIs.'), raised: false },
  { name: 'trap: "the rest of"', profile: roleSaying('Built the rest of the onboarding flow.'), raised: false },
  {
    name: 'own backend repository serving a REST API',
    profile: {},
    github: github([repo({ name: 'orders', topics: ['rest-api'], backend: { value: true, reasons: ['language: Go'] } })]),
    raised: true,
    evidence: 'serving an API',
  },
  {
    name: 'own frontend repository naming an API',
    profile: {},
    github: github([repo({ name: 'client', topics: ['rest-api'], backend: { value: false, reasons: [] } })]),
    raised: false,
  },
  // DOMAIN.md's own examples.
  { name: 'development of an internal REST API', profile: roleSaying('Contributed to development of an internal REST API in PHP.'), raised: true, evidence: 'REST API' },
  { name: 'a misspelling: "Implementated" ASP.NET Web APIs', profile: roleSaying('Implementated multiple ASP.NET Web APIs.'), raised: true },
  { name: 'capitals do not matter: REST and GRAPHQL Apis', profile: roleSaying('Designed REST and GRAPHQL Apis for the billing service.'), raised: true },
  { name: 'REST and GraphQL APIs for the billing service', profile: roleSaying('Built REST and GraphQL APIs for the billing service.'), raised: true },
  { name: 'an API as the subject of a role', profile: roleSaying('Payments API in Go on PostgreSQL.'), raised: true, evidence: 'Payments API' },
  { name: 'French: mise en place des apis', profile: roleSaying('Je mets en place des apis et automatise les flux.'), raised: true },
  { name: 'French: mise en place d’une API', profile: roleSaying('Mise en place d’une API de paiement.'), raised: true },
  { name: 'German: Entwicklung von REST-APIs', profile: roleSaying('Entwicklung von REST-APIs für den Versand.'), raised: true },
  { name: 'Spanish: desarrollo de APIs REST', profile: roleSaying('Desarrollo de APIs REST con Spring Boot.'), raised: true },
  { name: 'Portuguese: desenvolvimento de APIs', profile: roleSaying('Desenvolvimento de APIs RESTful em Node.js.'), raised: true },
  { name: 'Polish: projektowanie REST API', profile: roleSaying('Projektowanie i implementacja REST API dla sklepu.'), raised: true },
  { name: 'transforming API responses is not designing an API', profile: roleSaying('Built a job that transforms third-party API responses into reports.'), raised: false },
  { name: 'caching API responses is not designing one', profile: roleSaying('Implemented caching of API responses in the mobile app.'), raised: false },
  { name: 'teaching a course on API programming is not designing one', profile: roleSaying('Taught a course on API programming.'), raised: false },
  { name: 'integrating an API is not designing one', profile: roleSaying('Integrated the Stripe API into checkout.'), raised: false },
  { name: 'Amazon Web Services is a cloud, not web services', profile: roleSaying('Deployed the site on Amazon Web Services.'), raised: false },
  { name: 'an API Developer title', profile: { work: [{ position: 'API Developer', startDate: '2021-01' }] }, raised: true },
];

describe('api-design', () => {
  it.each(cases)('$name', (c) => check(apiDesign, c));
});
