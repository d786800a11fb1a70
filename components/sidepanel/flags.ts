/**
 * The flags for the "Filter by flag" list and the names shown on hover, green
 * flags first, as DOMAIN.md lists them: names only, so the list does not load
 * the screening engine.
 */
export { flagLabel } from '@/lib/screening/flag-names';
export { GREEN_FLAG_IDS as GREEN_FLAGS, YELLOW_FLAG_IDS as YELLOW_FLAGS } from '@/lib/screening/evidence';
