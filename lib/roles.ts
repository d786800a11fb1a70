/**
 * Roles as stored: a role scorecard with an id, so each role has its own
 * shortlist. (Widened to the screening engine's RoleScorecard once it lands.)
 */
import { z } from 'zod';

export const StoredRole = z.looseObject({
  id: z.string(),
  name: z.string(),
  updatedAt: z.string(),
});
export type StoredRole = z.infer<typeof StoredRole>;
