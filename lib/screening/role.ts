/**
 * Role scorecards (seed 004): a role is defined before screening by its
 * mission and its skills, split into must-haves and nice-to-haves. Screening
 * against a role says, for each skill, met (with evidence) or not evidenced.
 * A skill listed only among the skills is not evidence: it must appear in a
 * role, a project or the person's own repositories.
 */
import { z } from 'zod';
import type { GitHubEvidence } from '../profile/github-evidence';
import { EVIDENCE_PER_FLAG, Evidence, FlagId, type Flag } from './evidence';
import { ownedRepositories, repositoryEvidence, repositoryTechnologies } from './github';
import type { ProfileReading } from './reading';
import { sentenceEvidence } from './reading';
import { technologyEvidence } from './rule';
import { CATEGORIES, GENERIC_TECHNOLOGY_IDS, TECHNOLOGIES, findTechnologies, technologyById, type Category } from '../vocabulary/vocabulary';
import { LEVEL_RANK, Level, RankedLevel } from './levels';
import type { RoleScorecard, RoleSkill } from './scorecard';

export { BACKEND_ENGINEER_ROLE, RoleScorecard, RoleSkill, type RoleScorecardInput } from './scorecard';

export const SkillMatch = z.object({
  skill: z.string(),
  met: z.boolean(),
  evidence: z.array(Evidence),
});
export type SkillMatch = z.infer<typeof SkillMatch>;

export const RoleMatch = z.object({
  name: z.string(),
  mustHave: z.array(SkillMatch),
  niceToHave: z.array(SkillMatch),
  mustHaveMet: z.number().int(),
  niceToHaveMet: z.number().int(),
  minimumLevel: RankedLevel.nullable(),
  /** Null when the role sets no minimum or the level is unknown. */
  levelMet: z.boolean().nullable(),
});
export type RoleMatch = z.infer<typeof RoleMatch>;

/** How a skill is evidenced. */
type SkillTest =
  | { kind: 'flag'; flag: FlagId }
  | { kind: 'technologies'; ids: Set<string> }
  | { kind: 'phrase'; re: RegExp };

// Generic words a recruiter writes on a scorecard, mapped to what evidences them.
const CONCEPTS: [RegExp, SkillTest | Category][] = [
  [/\bapi\s*(?:design|development)\b|\bdesign(?:ing)?\s+apis\b|\brest\s*\/\s*graphql\b/i, { kind: 'flag', flag: 'api-design' }],
  [/\b(?:backend|back-end|server[\s-]side|programming)\s+languages?\b/i, { kind: 'flag', flag: 'language-proficiency' }],
  [/^(?:(?:a|one|at\s+least\s+one|named|relational)\s+)*(?:databases?|data\s*stores?)$/i, { kind: 'flag', flag: 'database-experience' }],
  [/\bproduction\b|\bon[\s-]call\b|\bat\s+scale\b/i, { kind: 'flag', flag: 'production-scale' }],
  [/\btesting\b|\btests\b|\bdeployment\s+pipelines?\b/i, { kind: 'flag', flag: 'testing-deployment' }],
  [/\bopen[\s-]source\b/i, { kind: 'flag', flag: 'oss-backend-contributions' }],
  [/\bobservability\b|\bmonitoring\b/i, { kind: 'flag', flag: 'observability' }],
  [/\bmessage\s+queues?\b|\bmessaging\b|\bqueues\b|\bevent\s+streaming\b/i, 'messaging'],
  [/\bcontainers?\b|\borchestration\b/i, 'container'],
  [/^(?:the\s+)?cloud\b|\bcloud\s+(?:platforms?|providers?|experience|infrastructure)\b/i, 'cloud'],
];

function categoryIds(category: Category): string[] {
  return TECHNOLOGIES.filter(
    (t) => t.category === category && !GENERIC_TECHNOLOGY_IDS.has(t.id) && (category !== 'language' || t.backend),
  ).map((t) => t.id);
}

/** How one scorecard skill is evidenced, and its display name. */
export function skillTest(skill: RoleSkill): { name: string; test: SkillTest } {
  if (typeof skill !== 'string') {
    if (skill.flag) return { name: skill.skill, test: { kind: 'flag', flag: skill.flag } };
    if (skill.anyOf) {
      const ids = new Set<string>();
      for (const entry of skill.anyOf) {
        const category = /^category:(.+)$/.exec(entry)?.[1];
        if (category && (CATEGORIES as readonly string[]).includes(category)) categoryIds(category as Category).forEach((id) => ids.add(id));
        else if (technologyById(entry)) ids.add(entry);
        else findTechnologies(entry).forEach((m) => ids.add(m.technology.id));
      }
      if (ids.size > 0) return { name: skill.skill, test: { kind: 'technologies', ids } };
    }
    return skillTest(skill.skill);
  }
  for (const [re, what] of CONCEPTS) {
    if (!re.test(skill)) continue;
    if (typeof what === 'string') return { name: skill, test: { kind: 'technologies', ids: new Set(categoryIds(what)) } };
    return { name: skill, test: what };
  }
  const ids = new Set(findTechnologies(skill).map((m) => m.technology.id));
  if (ids.size > 0) return { name: skill, test: { kind: 'technologies', ids } };
  const words = skill.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return { name: skill, test: { kind: 'phrase', re: new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu') } };
}

function technologiesEvidence(reading: ProfileReading, github: GitHubEvidence | undefined, ids: Set<string>): Evidence[] {
  const text = technologyEvidence(reading, (m) => ids.has(m.technology.id), EVIDENCE_PER_FLAG);
  const repos: Evidence[] = [];
  for (const repo of ownedRepositories(github)) {
    const found = repositoryTechnologies(repo).filter((rt) => ids.has(rt.technology.id));
    if (found.length === 0) continue;
    repos.push(repositoryEvidence(repo, found.map((f) => `${f.technology.name} (${f.reason})`).join(', ')));
    if (repos.length + text.length >= EVIDENCE_PER_FLAG) break;
  }
  return [...text, ...repos].slice(0, EVIDENCE_PER_FLAG);
}

function phraseEvidence(reading: ProfileReading, re: RegExp): Evidence[] {
  const out: Evidence[] = [];
  for (const sentence of reading.context) {
    const m = re.exec(sentence.text);
    if (!m) continue;
    out.push(sentenceEvidence(reading, sentence, m.index));
    if (out.length >= EVIDENCE_PER_FLAG) break;
  }
  return out;
}

export function matchRole(
  role: RoleScorecard,
  flags: readonly Flag[],
  reading: ProfileReading,
  github: GitHubEvidence | undefined,
  level: Level,
): RoleMatch {
  const match = (skill: RoleSkill): SkillMatch => {
    const { name, test } = skillTest(skill);
    let evidence: Evidence[];
    if (test.kind === 'flag') evidence = (flags.find((f) => f.id === test.flag)?.evidence ?? []).slice(0, EVIDENCE_PER_FLAG);
    else if (test.kind === 'technologies') evidence = technologiesEvidence(reading, github, test.ids);
    else evidence = phraseEvidence(reading, test.re);
    return { skill: name, met: evidence.length > 0, evidence };
  };
  const mustHave = role.mustHave.map(match);
  const niceToHave = role.niceToHave.map(match);
  return {
    name: role.name,
    mustHave,
    niceToHave,
    mustHaveMet: mustHave.filter((s) => s.met).length,
    niceToHaveMet: niceToHave.filter((s) => s.met).length,
    minimumLevel: role.minimumLevel,
    levelMet: role.minimumLevel === null || level === 'unknown' ? null : LEVEL_RANK[level] >= LEVEL_RANK[role.minimumLevel],
  };
}
