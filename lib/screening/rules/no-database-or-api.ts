import { ownedRepositories, repositoryTechnologies } from '../github';
import { anywhere, profileEvidence } from '../reading';
import { hasSomethingToRead, whatWasRead, type FlagRule } from '../rule';

/** Generic words count as mentions: "databases", "SQL", "a data warehouse", "API". */
const DATA_OR_API_WORDS =
  /\b(?:databases?|data[\s-]?stores?|data[\s-]?warehouses?|data[\s-]?lakes?|data\s+model(?:s|ing|ling)?|(?:no)?sql|endpoints?|web[\s-]?services?|webhooks?|graphql|grpc|caching|cache)\b/i;
const DATA_OR_API_ACRONYMS = /(?<![\p{L}\p{N}])(?:APIs?|REST(?:ful)?|CRUD|ORMs?|DBs?|DBA|ETL)(?![\p{L}\p{N}])/u;

/**
 * Yellow when nothing anywhere in the profile (skills included) or their
 * repositories mentions a database, a data store or an API, not even "SQL".
 */
export const noDatabaseOrApi: FlagRule = {
  id: 'no-database-or-api',
  kind: 'yellow',
  label: 'No database or API mentions',
  description:
    'Nothing anywhere in the profile (skills included) or their repositories mentions a database, a data store or an API, not even "SQL" or "API".',
  evaluate(input) {
    const { reading, github } = input;
    if (!hasSomethingToRead(input)) return null;
    const mentioned = anywhere(
      reading,
      (s) =>
        s.technologies.some((m) => m.technology.category === 'database' || m.technology.category === 'api') ||
        DATA_OR_API_WORDS.test(s.text) ||
        DATA_OR_API_ACRONYMS.test(s.text),
    );
    if (mentioned) return null;
    const inRepos = ownedRepositories(github).some((repo) =>
      repositoryTechnologies(repo).some((rt) => rt.technology.category === 'database' || rt.technology.category === 'api'),
    );
    if (inRepos) return null;
    return [profileEvidence(reading, `Nothing about databases, data stores or APIs in ${whatWasRead(input)}.`)];
  },
};
