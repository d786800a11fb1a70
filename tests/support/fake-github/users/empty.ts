import type { FixtureUser } from '../types';

/** An account with nothing public: no repositories, no pull requests, no bio. */
export const emptyAccount: FixtureUser = {
  login: 'erin-empty',
  id: 1005,
  name: null,
  createdAt: '2026-10-01T00:00:00Z',
  repos: [],
  pullRequests: [],
};
