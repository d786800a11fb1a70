import type { FixtureUser } from '../types';

/** An organisation login: GitHub answers /users/{login} with type "Organization". */
export const organisation: FixtureUser = {
  login: 'acme-corp',
  type: 'Organization',
  id: 1006,
  name: 'Acme Corp',
  company: null,
  bio: 'We make everything.',
  blog: 'https://acme.example.com',
  location: 'Everywhere',
  createdAt: '2012-01-01T00:00:00Z',
  repos: [
    {
      name: 'acme-api',
      description: 'Public API gateway',
      language: 'Java',
      topics: ['spring-boot', 'api'],
      stars: 80,
      sizeKb: 5_000,
      createdAt: '2018-01-01T00:00:00Z',
      pushedAt: '2026-01-01T00:00:00Z',
    },
  ],
};
