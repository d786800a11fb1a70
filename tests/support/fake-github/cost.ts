/**
 * GitHub's GraphQL rate-limit points for a query, computed as GitHub's own
 * documentation says ("Calculating a rate limit score before running the
 * call", docs.github.com/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api):
 * add up the requests needed to fulfil each connection, assuming every one
 * reaches its `first`/`last` limit (a connection inside another is fetched
 * once per parent node), divide by 100, round, and never less than 1.
 * The fake GitHub charges these points, and the bench reports them.
 */
import { Kind, parse, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';

function limitOf(value: ValueNode | undefined, variables: Record<string, unknown>): number | null {
  if (!value) return null;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'number' ? v : null;
  }
  return null;
}

/** The requests a query needs, before dividing by 100. */
export function connectionRequests(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  let total = 0;
  const walk = (set: SelectionSetNode | undefined, multiplier: number) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) walk(fragments.get(selection.name.value)?.selectionSet, multiplier);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet, multiplier);
      else {
        const args = new Map(selection.arguments?.map((a) => [a.name.value, a.value]) ?? []);
        const limit = limitOf(args.get('first'), variables) ?? limitOf(args.get('last'), variables);
        if (limit !== null) {
          // A connection: fetched once per node of its parents, then its own nodes multiply what is inside.
          total += multiplier;
          walk(selection.selectionSet, multiplier * limit);
        } else walk(selection.selectionSet, multiplier);
      }
    }
  };
  for (const def of document.definitions) if (def.kind === Kind.OPERATION_DEFINITION) walk(def.selectionSet, 1);
  return total;
}

/** The points GitHub charges for a query. */
export function queryPoints(query: string, variables: Record<string, unknown> = {}): number {
  return Math.max(1, Math.round(connectionRequests(query, variables) / 100));
}
