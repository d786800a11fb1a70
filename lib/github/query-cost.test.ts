/**
 * GitHub's GraphQL points, as the fake GitHub charges them, checked against
 * the worked example in GitHub's documentation, and the per-user query kept
 * within DESIGN.md's budget of 2 points.
 */
import { describe, expect, test } from 'vitest';
import { USER_QUERY } from './';
import { connectionRequests, queryPoints } from '../../tests/support/fake-github/cost';

describe('GraphQL points', () => {
  test("GitHub's documented example: 5,101 requests, 51 points", () => {
    const query = `query {
      viewer {
        login
        repositories(first: 100) {
          edges { node { id
            issues(first: 50) { edges { node { id
              labels(first: 60) { edges { node { id name } } }
            } } }
          } }
        }
      }
    }`;
    expect(connectionRequests(query)).toBe(5101);
    expect(queryPoints(query)).toBe(51);
  });

  test('limits given as variables count, and a query is never free', () => {
    expect(connectionRequests('query($n: Int!) { viewer { followers(first: $n) { totalCount } } }', { n: 10 })).toBe(1);
    expect(queryPoints('query { viewer { login } }')).toBe(1);
  });

  test('the per-user analysis costs at most 2 points', () => {
    expect(queryPoints(USER_QUERY, { login: 'someone', mergedPullRequests: 'author:someone is:pr is:merged' })).toBeLessThanOrEqual(2);
  });
});
