/**
 * The recruiter's words for what the workspace stores: stages, verdicts,
 * levels, and the alias blind mode shows instead of a name.
 */
import { LEVEL_LABELS, type Level } from '../screening/levels';
import { blindAliasGuess } from '../store/candidates';
import type { Candidate, Stage, Verdict } from '../store/records';

export const STAGE_LABELS: Record<Stage, string> = {
  sourced: 'Sourced',
  contacted: 'Contacted',
  replied: 'Replied',
  screening: 'Screening',
  interviewing: 'Interviewing',
  offer: 'Offer',
  hired: 'Hired',
  'not-a-fit': 'Not a fit',
};

export const VERDICT_LABELS: Record<Verdict, string> = { 'strong-yes': 'Strong yes', maybe: 'Maybe', no: 'No' };

export const stageLabel = (stage: Stage) => STAGE_LABELS[stage];
export const verdictLabel = (verdict: Verdict | null) => (verdict ? VERDICT_LABELS[verdict] : '');
/** '' for a candidate not screened yet. */
export const levelLabel = (level: Level | null) => (level ? LEVEL_LABELS[level] : '');

/**
 * "Candidate 7F3A" from the id alone: the first guess at an alias. A stored
 * candidate carries its own (unique in the database): use aliasOf.
 */
export function blindAlias(id: string): string {
  return blindAliasGuess(id);
}

/** The alias blind mode shows for a candidate: the stored one, unique in the database. */
export function aliasOf(candidate: Pick<Candidate, 'id' | 'blindAlias'>): string {
  return candidate.blindAlias ?? blindAliasGuess(candidate.id);
}
