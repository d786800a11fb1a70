/** Small builders for rule tests: a profile from a few sentences, a repository from a few fields. */
import {
  GitHubContribution,
  GitHubEvidence,
  GitHubRepository,
  type GitHubContribution as Contribution,
  type GitHubRepositoryInput,
} from '../../lib/profile/github-evidence';
import { Profile, type ProfileInput } from '../../lib/profile/profile';
import type { Evidence } from '../../lib/screening/evidence';
import { readProfile } from '../../lib/screening/reading';
import type { FlagRule } from '../../lib/screening/rule';

export const NOW = new Date('2026-11-23T12:00:00Z');

/** A profile whose only role says `highlights` (what the person did). */
export function roleSaying(...highlights: string[]): ProfileInput {
  return { work: [{ name: 'Acme', position: 'Software Engineer', startDate: '2020-01', highlights }] };
}

/** A profile whose only text is a skills list. */
export function skillsOnly(...skills: string[]): ProfileInput {
  return { skills: skills.map((name) => ({ name })) };
}

export function repo(fields: Partial<GitHubRepositoryInput> & { name: string }): GitHubRepository {
  return GitHubRepository.parse({
    fullName: `dana/${fields.name}`,
    url: `https://github.com/dana/${fields.name}`,
    description: null,
    language: null,
    stars: 0,
    isFork: false,
    createdAt: '2024-01-01T00:00:00Z',
    pushedAt: '2026-10-01T00:00:00Z',
    backend: { value: false, reasons: [] },
    tutorial: { value: false, reasons: [] },
    ...fields,
  });
}

export function contribution(fields: Partial<Contribution> & { repository: string }): GitHubContribution {
  return GitHubContribution.parse({
    repositoryUrl: `https://github.com/${fields.repository}`,
    url: `https://github.com/${fields.repository}/pull/42`,
    title: 'Fix connection pool leak',
    mergedAt: '2026-01-01T00:00:00Z',
    backend: { value: true, reasons: ['topic: database'] },
    ...fields,
  });
}

export function github(repositories: GitHubRepository[] = [], contributions: GitHubContribution[] = []): GitHubEvidence {
  return GitHubEvidence.parse({ login: 'dana', fetchedAt: NOW.toISOString(), repositories, contributions });
}

/** Run one rule on a profile (and GitHub evidence). */
export function evaluate(rule: FlagRule, input: ProfileInput, gh?: GitHubEvidence): Evidence[] | null {
  const profile = Profile.parse(input);
  return rule.evaluate({ profile, github: gh, reading: readProfile(profile), now: NOW });
}

/** A table row: a name, a profile, optional GitHub evidence, whether the flag is raised, and words the evidence must contain. */
export interface Case {
  name: string;
  profile: ProfileInput;
  github?: GitHubEvidence;
  raised: boolean;
  evidence?: string;
}

export function check(rule: FlagRule, c: Case): void {
  const result = evaluate(rule, c.profile, c.github);
  if (!c.raised) {
    if (result !== null) throw new Error(`${rule.id} should not be raised for "${c.name}", evidence: ${JSON.stringify(result)}`);
    return;
  }
  if (result === null || result.length === 0) throw new Error(`${rule.id} should be raised for "${c.name}"`);
  for (const e of result) {
    if (e.text.length > 202) throw new Error(`evidence longer than 200 characters: ${e.text}`);
  }
  if (c.evidence !== undefined && !result.some((e) => e.text.includes(c.evidence!)))
    throw new Error(`${rule.id} evidence for "${c.name}" lacks "${c.evidence}": ${JSON.stringify(result)}`);
}
