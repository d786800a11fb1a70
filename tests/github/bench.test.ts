/**
 * The bench's GitHub figures are within DESIGN.md's request budgets (its
 * timings are printed by `npm run bench`, never asserted).
 */
import { expect, test } from 'vitest';
import { benchGitHub } from '../../scripts/bench/github';

test('benchGitHub reports request counts within the budgets, and a time', async () => {
  const figures = await benchGitHub();
  expect(figures.requestsPerUserNoToken).toBeLessThanOrEqual(3);
  expect(figures.requestsPerUserToken).toBe(1);
  expect(figures.requestsRepeatWithinTtl).toBe(0);
  expect(figures.analyse50UsersMs).toBeGreaterThan(0);
});
