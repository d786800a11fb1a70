/**
 * The flags' names in the recruiter's words, apart from the rules that raise
 * them: the side panel's list, its filters and every export name flags
 * without loading the screening engine (it loads with a candidate's detail).
 */
import type { FlagId } from './evidence';

export const FLAG_LABELS: Readonly<Record<FlagId, string>> = {
  'language-proficiency': 'Backend language proficiency',
  'database-experience': 'Database experience',
  'api-design': 'API design (REST/GraphQL)',
  'production-scale': 'Production experience at scale',
  'testing-deployment': 'Testing and deployment pipelines',
  'oss-backend-contributions': 'Open source contributions to backend projects',
  'observability': 'Observability tools',
  'generic-backend': 'Generic "backend experience" without specifics',
  'no-database-or-api': 'No database or API mentions',
  'no-production-exposure': 'Missing production exposure',
  'tutorial-projects': 'Only tutorial-level projects',
  'no-testing-or-quality': 'No mention of testing or code quality',
  'vague-tech-list': 'Vague technology list without context',
};

/** A flag's name in the recruiter's words: the popup, the side panel, the CSV and the CLI all say it this way (the id for a flag this version does not know). */
export function flagLabel(id: string): string {
  return Object.hasOwn(FLAG_LABELS, id) ? FLAG_LABELS[id as FlagId] : id;
}
