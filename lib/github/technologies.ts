/**
 * The one door from the GitHub analysis to the shared technology vocabulary
 * (lib/screening/vocabulary.ts): the analysis classifies topics,
 * descriptions, languages and dependencies with the same words the screening
 * rules use, and keeps no list of its own for them.
 */
export {
  TECHNOLOGIES,
  findTechnologies,
  technologyById,
  technologyOfDependency,
  type Technology,
  type TechnologyMatch,
} from '../vocabulary/vocabulary';
