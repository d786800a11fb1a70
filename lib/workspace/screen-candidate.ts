/**
 * Screens a stored candidate: the profile the popup shows (LinkedIn or
 * resume, with GitHub's additions) plus the GitHub evidence of their account,
 * against every role. The popup shows the full result; the candidate keeps a
 * summary so the side panel and the CSV never re-screen 10,000 people.
 */
import { displayProfile } from '../profile/identity';
import { type Candidate, type ScreeningSummary } from '../store/records';
import { withRepositoryContributions, type GitHubEvidence } from '../profile/github-evidence';
import { screenProfile, type ScreeningResult } from '../screening';
import { matchRole } from '../screening/role';
import { readProfile } from '../screening/reading';
import type { StoredRole } from '../store/records';

/** What screening reads of a candidate: the profiles, and what sourcing found (evidence too). */
export type ScreenedCandidate = Pick<Candidate, 'profiles'> & Partial<Pick<Candidate, 'githubLogin' | 'contributions'>>;

/** Their GitHub evidence with the contributions sourcing found added (their merged pull requests there). */
export function evidenceOf(candidate: ScreenedCandidate, github: GitHubEvidence | undefined): GitHubEvidence | undefined {
  return withRepositoryContributions(github, candidate.githubLogin ?? null, candidate.contributions ?? []);
}

export function screenCandidate(
  candidate: ScreenedCandidate,
  github: GitHubEvidence | undefined,
  role: StoredRole | undefined,
  now: Date,
): ScreeningResult {
  return screenProfile({ profile: displayProfile(candidate), github: evidenceOf(candidate, github), role, now });
}

export function summarise(
  candidate: ScreenedCandidate,
  rawGithub: GitHubEvidence | undefined,
  roles: readonly StoredRole[],
  now: Date,
): ScreeningSummary {
  const github = evidenceOf(candidate, rawGithub);
  const result = screenProfile({ profile: displayProfile(candidate), github, role: roles[0], now });
  // One reading of the profile serves every role's match.
  const reading = readProfile(result.profile);
  const roleMatches: ScreeningSummary['roleMatches'] = {};
  for (const role of roles) {
    const match = matchRole(role, result.flags, reading, github, result.seniority.level);
    roleMatches[role.id] = { met: match.mustHaveMet, total: match.mustHave.length };
  }
  return {
    green: result.flags.filter((f) => f.kind === 'green').map((f) => f.id),
    yellow: result.flags.filter((f) => f.kind === 'yellow').map((f) => f.id),
    level: result.seniority.level,
    years: result.seniority.years,
    roleMatches,
    screenedAt: now.toISOString(),
  };
}
