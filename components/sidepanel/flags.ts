/**
 * The flags for the "Filter by flag" list and the names shown on hover: the
 * screening engine's registry, green flags first, as DOMAIN.md lists them.
 */
import { RULES, ruleById } from '@/lib/screening/rules';

export const GREEN_FLAGS = RULES.filter((rule) => rule.kind === 'green').map((rule) => rule.id);
export const YELLOW_FLAGS = RULES.filter((rule) => rule.kind === 'yellow').map((rule) => rule.id);

/** A flag's name in the recruiter's words (the id for a flag this version does not know). */
export function flagLabel(id: string): string {
  return ruleById(id)?.label ?? id;
}
