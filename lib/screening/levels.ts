/**
 * The seniority levels, once (DOMAIN.md "Seniority": Junior 0–2 years,
 * Mid-level 2–5, Senior 5+, Staff+ 8+; a boundary belongs to the higher
 * level). Screening, storage, the side panel, the CSV, the options page and
 * the CLI all read their names and words from here.
 */
import { z } from 'zod';

/** A level a person can be at; `unknown` when no work is dated. */
export const LEVELS = ['junior', 'mid', 'senior', 'staff', 'unknown'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

/** The levels a title or a role's minimum can name (every level but unknown). */
export const RANKED_LEVELS = ['junior', 'mid', 'senior', 'staff'] as const;
export const RankedLevel = z.enum(RANKED_LEVELS);
export type RankedLevel = z.infer<typeof RankedLevel>;

/** The recruiter's words for each level. */
export const LEVEL_LABELS: Record<Level, string> = {
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff+',
  unknown: 'Unknown',
};

/** Lowest first; unknown below every known level. */
export const LEVEL_RANK: Record<Level, number> = { unknown: -1, junior: 0, mid: 1, senior: 2, staff: 3 };

/** The level of so many engineering years (boundaries belong to the higher level). */
export function levelOfYears(years: number): RankedLevel {
  if (years >= 8) return 'staff';
  if (years >= 5) return 'senior';
  if (years >= 2) return 'mid';
  return 'junior';
}
