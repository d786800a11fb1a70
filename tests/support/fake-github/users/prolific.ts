import type { FixtureUser, FixtureRepo } from '../types';

const DAY = 86_400_000;
const start = Date.UTC(2026, 10, 1);

/** 150 owned repositories, more than one page of 100: the analysis must say it read only the newest 100. */
export const prolific: FixtureUser = {
  login: 'polly-prolific',
  id: 1007,
  name: 'Polly Prolific',
  company: 'Freelance',
  bio: 'I build many small services.',
  followers: 80,
  createdAt: '2012-05-05T00:00:00Z',
  repos: Array.from({ length: 150 }, (_, i): FixtureRepo => {
    const pushed = new Date(start - i * DAY).toISOString().replace('.000', '');
    return {
      name: `service-${String(i).padStart(3, '0')}`,
      description: `Small HTTP service number ${i} with Express and MongoDB`,
      language: i % 2 === 0 ? 'JavaScript' : 'Go',
      topics: i % 3 === 0 ? ['mongodb'] : [],
      stars: i % 5,
      sizeKb: 200 + i,
      createdAt: new Date(start - (i + 400) * DAY).toISOString().replace('.000', ''),
      pushedAt: pushed,
      rootFiles: ['Dockerfile', 'package.json', 'src'],
      manifests: { 'package.json': '{"dependencies":{"express":"^4.0.0","mongoose":"^8.0.0"}}' },
    };
  }),
  pullRequests: [],
};
