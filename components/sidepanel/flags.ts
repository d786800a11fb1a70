/**
 * The flags for the "Filter by flag" list and the names shown on hover: the
 * screening engine's registry, green flags first, as DOMAIN.md lists them.
 */
import { RULES } from '@/lib/screening/rules';

export { flagLabel } from '@/lib/screening/rules';

export const GREEN_FLAGS = RULES.filter((rule) => rule.kind === 'green').map((rule) => rule.id);
export const YELLOW_FLAGS = RULES.filter((rule) => rule.kind === 'yellow').map((rule) => rule.id);
