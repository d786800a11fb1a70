/**
 * The side panel's search, filters and sort over rows (./rows.ts): pure, so
 * 10,000 rows are tested in Node and a keystroke is one pass over them.
 */
import { LEVEL_RANK, type Level } from '../screening/levels';
import { STAGES, type Stage, type Verdict } from '../store/records';
import type { ShortlistRow } from './rows';

/** "Not rated" in the verdict filter: candidates the recruiter has not judged yet. */
export const NO_VERDICT = 'none';
/** "Not screened" in the level filter. */
export const NO_LEVEL = 'none';

export interface RowFilter {
  /** Free text; every word must appear. */
  text?: string;
  /** A role id; null or undefined is "All candidates". */
  shortlist?: string | null;
  stage?: Stage | '';
  verdict?: Verdict | typeof NO_VERDICT | '';
  level?: Level | typeof NO_LEVEL | '';
  /** A flag id, green or yellow. */
  flag?: string;
  /** A tag, compared without case. */
  tag?: string;
}

/** The rows that pass every filter, in the order given (filtering never re-sorts). */
export function filterRows(rows: readonly ShortlistRow[], filter: RowFilter, options: { blind?: boolean } = {}): ShortlistRow[] {
  const terms = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const tag = filter.tag?.toLowerCase() ?? '';
  const { shortlist, stage, verdict, level, flag } = filter;
  const withIdentity = !options.blind;
  const out: ShortlistRow[] = [];
  for (const row of rows) {
    if (shortlist && !row.shortlists.includes(shortlist)) continue;
    if (stage && row.stage !== stage) continue;
    if (verdict && (verdict === NO_VERDICT ? row.verdict !== null : row.verdict !== verdict)) continue;
    if (level && (level === NO_LEVEL ? row.level !== null : row.level !== level)) continue;
    if (flag && !row.green.includes(flag) && !row.yellow.includes(flag)) continue;
    if (tag && !row.tags.some((t) => t.toLowerCase() === tag)) continue;
    if (terms.length > 0) {
      let all = true;
      for (const term of terms) {
        if (!row.searchText.includes(term) && !(withIdentity && row.identityText.includes(term))) {
          all = false;
          break;
        }
      }
      if (!all) continue;
    }
    out.push(row);
  }
  return out;
}

export const SORT_KEYS = ['name', 'headline', 'level', 'green', 'yellow', 'match', 'verdict', 'stage', 'tags', 'updatedAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface RowSort {
  key: SortKey;
  direction: SortDirection;
}
/** Newest first: what a recruiter opening the panel wants to see. */
export const DEFAULT_SORT: RowSort = { key: 'updatedAt', direction: 'descending' };

const VERDICT_ORDER: Record<Verdict, number> = { no: 0, maybe: 1, 'strong-yes': 2 };
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Sorted rows (a new array). Ascending puts the lowest first: A before Z,
 * junior before staff, fewer flags first, "No" before "Strong yes", earlier
 * stages first, weaker role match first, older first. Blanks (no headline, not screened, not rated)
 * always go last, whichever the direction; ties fall back to newest first.
 */
export interface SortOptions {
  blind?: boolean;
  /** The role whose must-haves "match" sorts by (the shortlist's). */
  roleId?: string | null;
}

export function sortRows(rows: readonly ShortlistRow[], sort: RowSort, options: SortOptions = {}): ShortlistRow[] {
  const blind = !!options.blind;
  const roleId = options.roleId ?? null;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  type Key = string | number | null;
  const keyOf = (row: ShortlistRow): Key => {
    switch (sort.key) {
      case 'name':
        return blind ? row.alias : row.name || null;
      case 'headline':
        return row.headline || null;
      case 'level':
        return row.level === null ? null : LEVEL_RANK[row.level];
      case 'green':
        return row.green.length;
      case 'yellow':
        return row.yellow.length;
      case 'match': {
        const match = roleId ? row.roleMatches[roleId] : undefined;
        return match && match.total > 0 ? match.met / match.total : null;
      }
      case 'verdict':
        return row.verdict === null ? null : VERDICT_ORDER[row.verdict];
      case 'stage':
        return STAGES.indexOf(row.stage);
      case 'tags':
        return row.tags.length ? row.tags.join(', ') : null;
      case 'updatedAt':
        return row.updatedAt;
    }
  };
  // Keys computed once per row, not once per comparison.
  const keyed = rows.map((row) => ({ row, key: keyOf(row) }));
  keyed.sort((a, b) => {
    if (a.key === null || b.key === null) {
      if (a.key === b.key) return newestFirst(a.row, b.row);
      return a.key === null ? 1 : -1;
    }
    const order =
      typeof a.key === 'number' && typeof b.key === 'number'
        ? a.key - b.key
        : sort.key === 'updatedAt'
          ? // ISO timestamps order as plain strings.
            a.key < b.key
            ? -1
            : a.key > b.key
              ? 1
              : 0
          : collator.compare(String(a.key), String(b.key));
    return order !== 0 ? sign * order : newestFirst(a.row, b.row);
  });
  return keyed.map((k) => k.row);
}

/**
 * Sorted rows that stay where they were while the recruiter works: a row
 * edited in place (a verdict from the keyboard bumps "last updated") keeps
 * its position, so the cursor and the next row do not jump. Rows not seen
 * before (a profile just saved from the popup) come first, sorted among
 * themselves. `previous` null (or another sort) sorts everything afresh.
 */
export function keepOrder(
  rows: readonly ShortlistRow[],
  previous: ReadonlyMap<string, number> | null,
  sort: RowSort,
  options: SortOptions = {},
): { rows: ShortlistRow[]; order: Map<string, number> } {
  let out: ShortlistRow[];
  if (!previous) out = sortRows(rows, sort, options);
  else {
    const known: Array<{ row: ShortlistRow; rank: number }> = [];
    const fresh: ShortlistRow[] = [];
    for (const row of rows) {
      const rank = previous.get(row.id);
      if (rank === undefined) fresh.push(row);
      else known.push({ row, rank });
    }
    // Ranks are positions in the previous list, so placing each row at its rank orders them without a sort.
    const slots: Array<ShortlistRow | undefined> = new Array(previous.size);
    for (const k of known) slots[k.rank] = k.row;
    out = sortRows(fresh, sort, options);
    for (const row of slots) if (row) out.push(row);
  }
  const order = new Map<string, number>();
  out.forEach((row, index) => order.set(row.id, index));
  return { rows: out, order };
}

function newestFirst(a: ShortlistRow, b: ShortlistRow): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every tag in use, once each (first spelling wins), alphabetically: the completion list. */
export function allTags(rows: readonly Pick<ShortlistRow, 'tags'>[]): string[] {
  const seen = new Map<string, string>();
  for (const row of rows) for (const tag of row.tags) if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  return [...seen.values()].sort(collator.compare);
}

/** Every order in the recruiter's words, by key and direction. */
const SORT_WORDS: Record<SortKey, Record<SortDirection, string>> = {
  updatedAt: { descending: 'Recently updated', ascending: 'Least recently updated' },
  match: { descending: 'Best role match', ascending: 'Weakest role match' },
  level: { descending: 'Most senior', ascending: 'Least senior' },
  green: { descending: 'Most green flags', ascending: 'Fewest green flags' },
  yellow: { ascending: 'Fewest yellow flags', descending: 'Most yellow flags' },
  verdict: { descending: 'Verdict: Strong yes first', ascending: 'Verdict: No first' },
  stage: { descending: 'Stage: furthest along', ascending: 'Stage: earliest first' },
  name: { ascending: 'Name A–Z', descending: 'Name Z–A' },
  headline: { ascending: 'Headline A–Z', descending: 'Headline Z–A' },
  tags: { ascending: 'Tags A–Z', descending: 'Tags Z–A' },
};

export const sortId = (sort: RowSort) => `${sort.key}-${sort.direction}`;
export const sortWords = (sort: RowSort) => SORT_WORDS[sort.key][sort.direction];

/** The orders the "Sort by" list offers, most useful first (a column header can pick any other). */
export const SORT_CHOICES: readonly RowSort[] = (
  [
    ['updatedAt', 'descending'],
    ['match', 'descending'],
    ['level', 'descending'],
    ['green', 'descending'],
    ['yellow', 'ascending'],
    ['verdict', 'descending'],
    ['stage', 'descending'],
    ['name', 'ascending'],
    ['name', 'descending'],
    ['updatedAt', 'ascending'],
  ] as const
).map(([key, direction]) => ({ key, direction }));

/** A sort from its id ("level-descending"), or null for anything else. */
export function parseSortId(id: string): RowSort | null {
  const at = id.lastIndexOf('-');
  const key = id.slice(0, at) as SortKey;
  const direction = id.slice(at + 1) as SortDirection;
  if (!(SORT_KEYS as readonly string[]).includes(key) || (direction !== 'ascending' && direction !== 'descending')) return null;
  return { key, direction };
}
