/**
 * The rate budget GitHub reports on every answer (x-ratelimit-* headers),
 * kept per resource so the popup can show "4,980 of 5,000 left, resets at
 * 14:05" and a queue can wait for a reset instead of failing.
 */
import { z } from 'zod';

export const RateWindow = z.object({
  remaining: z.number().int(),
  limit: z.number().int(),
  /** When this window resets, epoch milliseconds. */
  resetAt: z.number(),
});
export type RateWindow = z.infer<typeof RateWindow>;

export type RateResource = 'core' | 'search' | 'graphql';

export const RateBudgetSnapshot = z.object({
  core: RateWindow.nullable(),
  search: RateWindow.nullable(),
  graphql: RateWindow.nullable(),
});
/** Null for a resource not seen yet. */
export type RateBudgetSnapshot = z.infer<typeof RateBudgetSnapshot>;

/**
 * storage.session key of the snapshot the background last saved, for the
 * pages to show. Here rather than with the background's messages, so a page
 * that only shows the budget (the side panel) does not load those schemas.
 */
export const GITHUB_BUDGET_KEY = 'githubBudget';

export interface RateBudget {
  /** Reads the x-ratelimit-* headers of one answer; ignores answers without them. */
  update(headers: Record<string, string | number | undefined> | undefined): void;
  snapshot(): RateBudgetSnapshot;
  /** Called after every change; returns a function that stops listening. */
  subscribe(listener: (snapshot: RateBudgetSnapshot) => void): () => void;
}

/**
 * @param initial a snapshot kept from before (a service worker restarted): the
 *   budget starts from what GitHub last said instead of "unknown".
 */
export function createRateBudget(initial?: RateBudgetSnapshot): RateBudget {
  const state: RateBudgetSnapshot = initial ? RateBudgetSnapshot.parse(initial) : { core: null, search: null, graphql: null };
  const listeners = new Set<(snapshot: RateBudgetSnapshot) => void>();
  return {
    update(headers) {
      if (!headers) return;
      const get = (name: string) => {
        const value = headers[name];
        return value === undefined ? NaN : Number(value);
      };
      const remaining = get('x-ratelimit-remaining');
      const limit = get('x-ratelimit-limit');
      const reset = get('x-ratelimit-reset');
      if (![remaining, limit, reset].every(Number.isFinite)) return;
      const resourceHeader = headers['x-ratelimit-resource'];
      const resource = String(resourceHeader ?? 'core');
      if (resource !== 'core' && resource !== 'search' && resource !== 'graphql') return;
      state[resource] = { remaining, limit, resetAt: reset * 1000 };
      const copy = this.snapshot();
      for (const listener of listeners) listener(copy);
    },
    snapshot() {
      return {
        core: state.core && { ...state.core },
        search: state.search && { ...state.search },
        graphql: state.graphql && { ...state.graphql },
      };
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
