/**
 * The bench's sourcing figures are within DESIGN.md's request budgets (its
 * timing is printed by `npm run bench`, never asserted).
 */
import { expect, test } from 'vitest';
import { benchSourcing } from './sourcing';

test('benchSourcing reports discovery within budget on both paths, and a time to rank 1,000 people', async () => {
  const figures = await benchSourcing();
  expect(figures.tokenRequestsPer100MergedPullRequests).toBeLessThanOrEqual(1);
  expect(figures.tokenWithinBudget).toBe(true);
  expect(figures.noTokenCoreRequests).toBeLessThanOrEqual(2);
  expect(figures.noTokenSearchRequests).toBeLessThanOrEqual(2);
  expect(figures.noTokenWithinBudget).toBe(true);
  expect(figures.rank1000ContributorsMs).toBeGreaterThan(0);
});
