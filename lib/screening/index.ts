/**
 * The screening engine's public entry: one function that turns a profile
 * (and, when known, GitHub evidence) into flags with evidence, seniority, a
 * role match and interview probes, and the zod schema of its result (stored
 * in IndexedDB and validated on read).
 */
import { z } from 'zod';
import { GitHubEvidence } from '../profile/github-evidence';
import { Profile } from '../profile/profile';
import { Flag } from './evidence';
import { Probe, probesFor } from './probes';
import { readProfile } from './reading';
import { BACKEND_ENGINEER_ROLE, RoleMatch, matchRole, type RoleScorecard } from './role';
import { RULES } from './rules';
import { Seniority, assessSeniority } from './seniority';

export const ScreeningResult = z.object({
  profile: Profile,
  flags: z.array(Flag),
  seniority: Seniority,
  role: RoleMatch,
  probes: z.array(Probe),
});
export type ScreeningResult = z.infer<typeof ScreeningResult>;

export interface ScreenInput {
  /** A parsed profile (`Profile.parse(...)`), defaults filled in. */
  profile: Profile;
  github?: GitHubEvidence | undefined;
  /** Defaults to DOMAIN.md's "Backend engineer". */
  role?: RoleScorecard | undefined;
  /** "Today", for open-ended roles and repository activity. */
  now: Date;
}

/** Screen one profile: the flags with their evidence, seniority, role match and probes. */
export function screenProfile({ profile, github, role = BACKEND_ENGINEER_ROLE, now }: ScreenInput): ScreeningResult {
  const reading = readProfile(profile);
  const input = { profile, github, reading, now };
  const flags: Flag[] = [];
  for (const rule of RULES) {
    const evidence = rule.evaluate(input);
    if (evidence && evidence.length > 0) flags.push({ id: rule.id, kind: rule.kind, label: rule.label, evidence });
  }
  const seniority = assessSeniority(profile, reading, now);
  return {
    profile,
    flags,
    seniority,
    role: matchRole(role, flags, reading, github, seniority.level),
    probes: probesFor(flags, seniority.level, seniority.student),
  };
}

export { BACKEND_ENGINEER_ROLE, RoleScorecard, RoleSkill, type RoleScorecardInput } from './role';
export { Evidence, EvidenceSource, FLAG_IDS, Flag, FlagId, FlagKind, GREEN_FLAG_IDS, YELLOW_FLAG_IDS } from './evidence';
export { Probe, PROBES, PROBES_BY_LEVEL, probeLevel, type ProbeLevel } from './probes';
export { Seniority } from './seniority';
export { LEVELS, LEVEL_LABELS, Level, RankedLevel } from './levels';
export { RoleMatch, SkillMatch } from './role';
export { RULES, ruleById } from './rules';
export type { FlagRule, RuleInput } from './rule';
