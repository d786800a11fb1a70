/** Sourcing: the people behind a repository, ranked by what they did there, and GitHub's people search. */
export { parseRepositoryRef, repositoryKey, type RepositoryRef, type RepositoryRefResult } from './ref';
export { Discovery, RepositoryFacts, isDone, peopleFound, PAGE_SIZE, SEARCH_PAGES } from './state';
export {
  DEFAULT_WINDOW_MONTHS,
  REVIEWS_NOT_READ,
  defaultSince,
  discoverRepository,
  discoveryFailure,
  discoveryFraction,
  discoveryLimits,
  discoveryProgress,
  discoveryStep,
  rankDiscovery,
  startDiscovery,
  type DiscoveryRun,
  type RankedContributor,
} from './discovery';
export { COMMIT_CAP, WEIGHTS, Tally, contributionWords, dayWords, rankTallies, scoreOf, type RankedPerson } from './rank';
export { REPOSITORY_PEOPLE_QUERY } from './graphql';
export { mergedInRepositoryQuery } from './rest';
export { isBot } from './people';
export { PEOPLE_SEARCH_LIMIT, SPARSE_PROFILES, searchPeople, type PeopleSearch } from './people-search';
