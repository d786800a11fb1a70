import { describe, it } from 'vitest';
import { apiDesign } from '../../../lib/screening/rules/api-design';
import { check, github, repo, roleSaying, type Case } from '../helpers';

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
];

describe('api-design', () => {
  it.each(cases)('$name', (c) => check(apiDesign, c));
});
