import { ownedRepositories, repositoryTechnologies } from '../github';
import { anywhere, profileEvidence } from '../reading';
import { ABSENCE_SECTIONS, hasSomethingToRead, partlyShown, whatWasRead, type FlagRule } from '../rule';
import { wordRegex } from '../../vocabulary/words';
import { apiDesignEvidence } from './api-design';
import { databaseEvidence } from './database-experience';
import { FLAG_LABELS } from '../flag-names';

/** Generic words count as mentions, in the six languages: "databases", "SQL", "a data warehouse", "API", "base de données". */
const DATA_OR_API_WORDS = wordRegex(
  String.raw`\b(?:databases?|data[\s-]?stores?|data[\s-]?warehouses?|data[\s-]?lakes?|data\s+model(?:s|ing|ling)?|(?:no)?sql|endpoints?|web[\s-]?services?|webhooks?|graphql|grpc|caching|cache|apis?|restful|crud|orms?|dbs?|dba|etl|bases?\s+de\s+(?:donnees|datos)|bdd|sgbd|datenbank\w*|schnittstelle\w*|banco\s+de\s+dados|bancos\s+de\s+dados|baz(?:a|y|ie|ach)\s+danych|interfejs\w*\s+(?:api|rest|programistyczn\w*))\b`,
);
const REST_CAPITALS = /(?<![\p{L}\p{N}])REST(?![\p{L}\p{N}])(?!\s+(?:of|assured)\b)/u;

/**
 * Yellow when nothing anywhere in the profile (skills included) or their
 * repositories mentions a database, a data store or an API, not even "SQL";
 * never beside database-experience or api-design, whose evidence is the
 * first thing it reads.
 */
export const noDatabaseOrApi: FlagRule = {
  id: 'no-database-or-api',
  kind: 'yellow',
  label: FLAG_LABELS['no-database-or-api'],
  description:
    'Nothing anywhere in the profile (skills included) or their repositories mentions a database, a data store or an API, not even "SQL" or "API"; not raised when sections were only partly shown.',
  evaluate(input) {
    const { reading, github, profile } = input;
    if (!hasSomethingToRead(input)) return null;
    if (partlyShown(profile, ABSENCE_SECTIONS).length > 0) return null;
    // One notion of "mentioned": the green flags' own evidence first, then generic words anywhere.
    if (databaseEvidence(input).length > 0 || apiDesignEvidence(input).length > 0) return null;
    const mentioned = anywhere(
      reading,
      (s) =>
        s.technologies.some((m) => m.technology.category === 'database' || m.technology.category === 'api') ||
        DATA_OR_API_WORDS.test(s.folded) ||
        REST_CAPITALS.test(s.text),
    );
    if (mentioned) return null;
    const inRepos = ownedRepositories(github).some((repo) =>
      repositoryTechnologies(repo).some((rt) => rt.technology.category === 'database' || rt.technology.category === 'api'),
    );
    if (inRepos) return null;
    return [profileEvidence(reading, `Nothing about databases, data stores or APIs in ${whatWasRead(input)}.`)];
  },
};
