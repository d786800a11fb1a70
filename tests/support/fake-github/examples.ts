/**
 * Response templates taken from GitHub's own OpenAPI description (the
 * `@octokit/openapi` package): every body the fake server sends starts as one
 * of these examples, with the fixture's facts written over it, so the fields
 * the analysis does not read still look like GitHub's.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

type Json = Record<string, unknown>;

export interface Templates {
  publicUser: Json;
  organization: Json;
  minimalRepository: Json;
  issueSearchItem: Json;
  fullRepository: Json;
  commitItem: Json;
  contributorItem: Json;
  pullRequestSimple: Json;
  userSearchItem: Json;
}

let cached: Templates | undefined;

function example(examples: Record<string, { value?: unknown }>, name: string): unknown {
  const found = examples[name]?.value;
  if (found === undefined) throw new Error(`@octokit/openapi has no example named ${name}`);
  return found;
}

function asObject(value: unknown, what: string): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`@octokit/openapi example ${what} is not an object`);
  }
  return value as Json;
}

/** The templates, read once per process (the description is 13 MB). */
export function templates(): Templates {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const description = JSON.parse(readFileSync(file, 'utf8')) as {
    components: { examples: Record<string, { value?: unknown }> };
  };
  const examples = description.components.examples;
  const repos = example(examples, 'minimal-repository-items');
  const search = asObject(example(examples, 'issue-search-result-item-paginated'), 'issue-search-result-item-paginated');
  const items = search['items'];
  const commits = example(examples, 'commit-items');
  const contributors = example(examples, 'contributor-items-response-if-repository-contains-content');
  const pulls = example(examples, 'pull-request-simple-items');
  const userSearch = asObject(example(examples, 'user-search-result-item-paginated'), 'user-search-result-item-paginated');
  const userItems = userSearch['items'];
  if (![repos, items, commits, contributors, pulls, userItems].every(Array.isArray)) throw new Error('@octokit/openapi examples changed shape');
  cached = {
    publicUser: asObject(example(examples, 'public-user-default-response'), 'public-user-default-response'),
    organization: asObject(example(examples, 'organization-full'), 'organization-full'),
    minimalRepository: asObject((repos as unknown[])[0], 'minimal-repository-items[0]'),
    issueSearchItem: asObject((items as unknown[])[0], 'issue-search-result-item-paginated.items[0]'),
    fullRepository: asObject(example(examples, 'full-repository'), 'full-repository'),
    commitItem: asObject((commits as unknown[])[0], 'commit-items[0]'),
    contributorItem: asObject((contributors as unknown[])[0], 'contributor-items[0]'),
    pullRequestSimple: asObject((pulls as unknown[])[0], 'pull-request-simple-items[0]'),
    userSearchItem: asObject((userItems as unknown[])[0], 'user-search-result-item-paginated.items[0]'),
  };
  return cached;
}

/**
 * A deep copy of a template with its example names and API root rewritten
 * ("octocat/Hello-World" → "ada-backend/ledger-service").
 */
export function fill(template: Json, replacements: ReadonlyArray<readonly [string, string]>): Json {
  let text = JSON.stringify(template);
  for (const [from, to] of replacements) text = text.split(from).join(to);
  return JSON.parse(text) as Json;
}
