/**
 * The recruiter's words for what the workspace stores: stages, verdicts,
 * levels, and the alias blind mode shows instead of a name.
 */
import { LEVEL_LABELS, type Level } from '../screening/levels';
import type { Stage, Verdict } from '../store/records';

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

/** "Candidate 7F3A": a stable alias for blind mode, from the id only. */
export function blindAlias(id: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `Candidate ${(hash & 0xffff).toString(16).toUpperCase().padStart(4, '0')}`;
}
