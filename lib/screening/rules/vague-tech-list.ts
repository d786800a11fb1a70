import { ownedRepositories, repositoryTechnologies } from '../github';
import { profileEvidence } from '../reading';
import type { FlagRule } from '../rule';
import type { Technology } from '../../vocabulary/vocabulary';

/** A list this long is "long" (DOMAIN.md). */
export const LONG_LIST = 12;

/**
 * Yellow when at least 12 technologies are listed (skills and headline) and
 * more than half of them never appear in any role, project or own repository.
 */
export const vagueTechList: FlagRule = {
  id: 'vague-tech-list',
  kind: 'yellow',
  label: 'Vague technology list without context',
  description:
    'At least 12 technologies are listed (skills and headline) and more than half of them never appear in any role, project or own repository.',
  evaluate({ reading, github }) {
    const listed = new Map<string, Technology>();
    for (const item of reading.listed) for (const m of item.technologies) listed.set(m.technology.id, m.technology);
    if (listed.size < LONG_LIST) return null;
    const used = new Set<string>();
    for (const sentence of reading.context) for (const m of sentence.technologies) used.add(m.technology.id);
    for (const repo of ownedRepositories(github)) for (const rt of repositoryTechnologies(repo)) used.add(rt.technology.id);
    const unused = [...listed.values()].filter((tech) => !used.has(tech.id));
    if (unused.length * 2 <= listed.size) return null;
    const names = unused.map((tech) => tech.name);
    const shown = names.length > 12 ? `${names.slice(0, 12).join(', ')} and ${names.length - 12} more` : names.join(', ');
    return [
      profileEvidence(
        reading,
        `${listed.size} technologies listed; ${unused.length} never appear in a role or project: ${shown}.`,
      ),
    ];
  },
};
