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
  if (!Array.isArray(repos) || !Array.isArray(items)) throw new Error('@octokit/openapi examples changed shape');
  cached = {
    publicUser: asObject(example(examples, 'public-user-default-response'), 'public-user-default-response'),
    organization: asObject(example(examples, 'organization-full'), 'organization-full'),
    minimalRepository: asObject(repos[0], 'minimal-repository-items[0]'),
    issueSearchItem: asObject(items[0], 'issue-search-result-item-paginated.items[0]'),
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
