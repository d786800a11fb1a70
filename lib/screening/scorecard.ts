/**
 * Role scorecards (seed 004), the shape alone: a role's mission and its
 * skills, split into must-haves and nice-to-haves, and DOMAIN.md's default
 * role. Apart from the matching (./role.ts) so what stores and lists roles
 * (lib/store, the side panel's first paint) does not load the whole engine.
 */
import { z } from 'zod';
import { FlagId } from './evidence';
import { RankedLevel } from './levels';

/**
 * One skill of a scorecard: plain words ("PostgreSQL", "message queues"), or
 * an object naming how it is evidenced: by a flag, or by any of a list of
 * technology ids, aliases or categories ("category:cloud").
 */
export const RoleSkill = z.union([
  z.string().min(1),
  z.object({
    skill: z.string().min(1),
    flag: FlagId.optional(),
    anyOf: z.array(z.string().min(1)).optional(),
  }),
]);
export type RoleSkill = z.infer<typeof RoleSkill>;

export const RoleScorecard = z.object({
  name: z.string().min(1),
  /** What this person must make true in the next few quarters. */
  mission: z.string().default(''),
  mustHave: z.array(RoleSkill).default([]),
  niceToHave: z.array(RoleSkill).default([]),
  /** The lowest level considered; null for any. */
  minimumLevel: RankedLevel.nullable().default(null),
});
export type RoleScorecard = z.infer<typeof RoleScorecard>;
export type RoleScorecardInput = z.input<typeof RoleScorecard>;

/** DOMAIN.md's default role. */
export const BACKEND_ENGINEER_ROLE: RoleScorecard = RoleScorecard.parse({
  name: 'Backend engineer',
  mission: 'Build and run the services, APIs and data stores behind the product.',
  mustHave: [
    { skill: 'One backend language', flag: 'language-proficiency' },
    { skill: 'One database', flag: 'database-experience' },
    { skill: 'API design', flag: 'api-design' },
  ],
  niceToHave: [
    { skill: 'Cloud (AWS, GCP, Azure)', anyOf: ['category:cloud'] },
    { skill: 'Containers or Kubernetes', anyOf: ['category:container'] },
    { skill: 'Message queues (Kafka, RabbitMQ)', anyOf: ['category:messaging'] },
    { skill: 'Observability', flag: 'observability' },
  ],
  minimumLevel: null,
});

