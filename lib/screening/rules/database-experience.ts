import { EVIDENCE_PER_FLAG, type Evidence } from '../evidence';
import { ownedRepositories, repositoryEvidence, repositoryTechnologies } from '../github';
import { memo, raised, technologyEvidence, type FlagRule, type RuleInput } from '../rule';
import { GENERIC_TECHNOLOGY_IDS, type Technology } from '../../vocabulary/vocabulary';
import { FLAG_LABELS } from '../flag-names';

/** A database by name: "PostgreSQL" is, "SQL" or "a data warehouse" is not. */
export const isNamedDatabase = (tech: Technology) => tech.category === 'database' && !GENERIC_TECHNOLOGY_IDS.has(tech.id);

function githubEvidence({ github }: RuleInput): Evidence[] {
  const out: Evidence[] = [];
  for (const repo of ownedRepositories(github)) {
    const found = repositoryTechnologies(repo).filter((rt) => isNamedDatabase(rt.technology));
    if (found.length === 0) continue;
    out.push(repositoryEvidence(repo, found.map((f) => `${f.technology.name} (${f.reason})`).join(', ')));
    if (out.length >= EVIDENCE_PER_FLAG) break;
  }
  return out;
}

/** The flag's evidence, computed once per screening (no-database-or-api reads it too). */
export function databaseEvidence(input: RuleInput): Evidence[] {
  return memo(input, 'database-experience', () => [
    ...technologyEvidence(input.reading, (m) => isNamedDatabase(m.technology)),
    ...githubEvidence(input),
  ]);
}

/**
 * Green when a named database (PostgreSQL, MySQL, MongoDB, Redis...) is used
 * in a role or project, or named by their own repositories; "SQL" or
 * "databases" alone is not enough, and learning or following one is not using it.
 */
export const databaseExperience: FlagRule = {
  id: 'database-experience',
  kind: 'green',
  label: FLAG_LABELS['database-experience'],
  description:
    'A named database (PostgreSQL, MySQL, MongoDB, Redis...) is used in a role or project, or named by their own repositories; "SQL" or "databases" alone is not enough, and learning or keeping up with one is not using it.',
  evaluate(input) {
    return raised(databaseEvidence(input));
  },
};
