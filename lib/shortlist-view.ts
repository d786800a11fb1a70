/**
 * What the side panel's table shows of a candidate, and how it searches,
 * filters and sorts them. Pure, so 10,000 rows can be tested in Node.
 *
 * A row is built once per stored candidate (10,000 rows take a few
 * milliseconds): it carries a lower-cased search text so a keystroke is one
 * `includes` per row, and no profile, so the table never walks work histories.
 */
import { STAGES, STAGE_LABELS, VERDICT_LABELS, blindAlias, displayProfile, type Candidate, type Stage, type Verdict } from './candidates';
import type { Profile } from './profile';

export const LEVELS = ['junior', 'mid', 'senior', 'staff', 'unknown'] as const;
export type Level = (typeof LEVELS)[number];
/** DOMAIN.md "Seniority": Junior 0–2 years, Mid-level 2–5, Senior 5+, Staff+ 8+. */
export const LEVEL_LABELS: Record<Level, string> = {
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff+',
  unknown: 'Unknown',
};

export interface ShortlistRow {
  id: string;
  /** The person's name as captured ('' when the page gave none). */
  name: string;
  /** "Candidate 7F3A": what blind mode shows instead of the name. */
  alias: string;
  headline: string;
  location: string;
  /** null until the candidate has been screened. */
  level: Level | null;
  years: number | null;
  green: readonly string[];
  yellow: readonly string[];
  verdict: Verdict | null;
  stage: Stage;
  tags: readonly string[];
  /** Role ids whose shortlist holds this candidate. */
  shortlists: readonly string[];
  firstCapturedAt: string;
  updatedAt: string;
  githubUrl: string | null;
  linkedinUrl: string | null;
  /** Lower-cased headline, tags, skills, companies and alias: searched in every mode. */
  searchText: string;
  /** Lower-cased name, location and account names: searched only when names are shown. */
  identityText: string;
}

/**
 * Only http(s) links leave the extension; anything else (javascript:, data:)
 * is dropped. A pattern, not `new URL`, because 10,000 rows are built at once.
 */
export function httpUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  const trimmed = url.trim();
  return /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(trimmed) ? trimmed : null;
}

/** "Lisbon, PT" from a JSON Resume location. */
export function locationText(profile: Profile): string {
  const l = profile.basics.location;
  if (!l) return '';
  return (
    [l.city, l.region, l.countryCode]
      .map((part) => part?.trim())
      .filter(Boolean)
      .join(', ') ||
    l.address?.trim() ||
    ''
  );
}

/** The candidate's GitHub and LinkedIn pages: as captured, as the profile links them, or from the ids. */
export function profileUrls(candidate: Pick<Candidate, 'profiles' | 'aliases' | 'githubLogin'>, shown?: Profile) {
  const profile = shown ?? displayProfile(candidate);
  const linkOf = (network: string) =>
    profile.basics.profiles?.find((p) => p.network?.toLowerCase() === network && httpUrl(p.url))?.url;
  const login = candidate.githubLogin ?? candidate.aliases.find((a) => a.startsWith('github:'))?.slice('github:'.length);
  const slug = candidate.aliases.find((a) => a.startsWith('linkedin:'))?.slice('linkedin:'.length);
  const github =
    httpUrl(candidate.profiles.github?.capture?.url) ??
    httpUrl(linkOf('github')) ??
    (login ? `https://github.com/${encodeURIComponent(login)}` : null);
  const linkedin =
    httpUrl(candidate.profiles.linkedin?.capture?.url) ??
    httpUrl(linkOf('linkedin')) ??
    (slug ? `https://www.linkedin.com/in/${encodeURIComponent(slug)}/` : null);
  return { github, linkedin };
}

export function toRow(candidate: Candidate): ShortlistRow {
  const profile = displayProfile(candidate);
  const name = profile.basics.name?.trim() ?? '';
  const headline = profile.basics.label?.trim() ?? '';
  const location = locationText(profile);
  const alias = blindAlias(candidate.id);
  const screening = candidate.screening;
  const urls = profileUrls(candidate, profile);
  const companies = profile.work.map((w) => w.name ?? '').join(' ');
  const skills = profile.skills.map((s) => s.name ?? '').join(' ');
  return {
    id: candidate.id,
    name,
    alias,
    headline,
    location,
    level: screening?.level ?? null,
    years: screening?.years ?? null,
    green: screening?.green ?? [],
    yellow: screening?.yellow ?? [],
    verdict: candidate.verdict,
    stage: candidate.stage,
    tags: candidate.tags,
    shortlists: candidate.shortlists,
    firstCapturedAt: candidate.firstCapturedAt,
    updatedAt: candidate.updatedAt,
    githubUrl: urls.github,
    linkedinUrl: urls.linkedin,
    searchText: [alias, headline, candidate.tags.join(' '), companies, skills].join('\n').toLowerCase(),
    identityText: [name, location, candidate.aliases.join(' ')].join('\n').toLowerCase(),
  };
}

/** What the table shows in the name column: the alias in blind mode, else the name (or the account). */
export function shownName(row: Pick<ShortlistRow, 'name' | 'alias' | 'id'>, blind: boolean): string {
  if (blind) return row.alias;
  return row.name || row.id.replace(/^[a-z]+:/, '');
}

/** The profile Enter opens: LinkedIn (where people write their career), else GitHub. */
export function profileUrlOf(row: Pick<ShortlistRow, 'githubUrl' | 'linkedinUrl'>): string | null {
  return row.linkedinUrl ?? row.githubUrl;
}

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

export const SORT_KEYS = ['name', 'headline', 'level', 'green', 'yellow', 'verdict', 'stage', 'tags', 'updatedAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface RowSort {
  key: SortKey;
  direction: SortDirection;
}
/** Newest first: what a recruiter opening the panel wants to see. */
export const DEFAULT_SORT: RowSort = { key: 'updatedAt', direction: 'descending' };

const LEVEL_ORDER: Record<Level, number> = { unknown: 0, junior: 1, mid: 2, senior: 3, staff: 4 };
const VERDICT_ORDER: Record<Verdict, number> = { no: 0, maybe: 1, 'strong-yes': 2 };
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Sorted rows (a new array). Ascending puts the lowest first: A before Z,
 * junior before staff, fewer flags first, "No" before "Strong yes", earlier
 * stages first, older first. Blanks (no headline, not screened, not rated)
 * always go last, whichever the direction; ties fall back to newest first.
 */
export function sortRows(rows: readonly ShortlistRow[], sort: RowSort, options: { blind?: boolean } = {}): ShortlistRow[] {
  const blind = !!options.blind;
  const sign = sort.direction === 'ascending' ? 1 : -1;
  type Key = string | number | null;
  const keyOf = (row: ShortlistRow): Key => {
    switch (sort.key) {
      case 'name':
        return blind ? row.alias : row.name || null;
      case 'headline':
        return row.headline || null;
      case 'level':
        return row.level === null ? null : LEVEL_ORDER[row.level];
      case 'green':
        return row.green.length;
      case 'yellow':
        return row.yellow.length;
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
  options: { blind?: boolean } = {},
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

export const stageLabel = (stage: Stage) => STAGE_LABELS[stage];
export const verdictLabel = (verdict: Verdict | null) => (verdict ? VERDICT_LABELS[verdict] : '');
export const levelLabel = (level: Level | null) => (level ? LEVEL_LABELS[level] : '');

/**
 * An edit this page made that the live query has not delivered yet. Reading
 * 10,000 candidates again takes a second or more, so the table shows the
 * recruiter's own edit at once and drops the patch when the stored row
 * agrees (or someone edited the candidate since).
 */
export interface RowPatch {
  changes: Partial<Pick<ShortlistRow, 'verdict' | 'stage' | 'tags' | 'shortlists'>>;
  /** Deleted: hidden until the live query agrees (or an undo clears it). */
  deleted?: boolean;
  /** When the edit was made (ISO). */
  at: string;
}

export function applyPatches(rows: readonly ShortlistRow[], patches: ReadonlyMap<string, RowPatch>): readonly ShortlistRow[] {
  if (patches.size === 0) return rows;
  const out: ShortlistRow[] = [];
  for (const row of rows) {
    const patch = patches.get(row.id);
    if (!patch) out.push(row);
    else if (!patch.deleted) out.push({ ...row, ...patch.changes });
  }
  return out;
}

/** The patches still ahead of the stored rows; the same map when none settled. */
export function settlePatches(rows: readonly ShortlistRow[], patches: ReadonlyMap<string, RowPatch>): ReadonlyMap<string, RowPatch> {
  if (patches.size === 0) return patches;
  const byId = new Map<string, ShortlistRow>();
  for (const row of rows) if (patches.has(row.id)) byId.set(row.id, row);
  let next: Map<string, RowPatch> | null = null;
  for (const [id, patch] of patches) {
    const row = byId.get(id);
    const settled = patch.deleted
      ? !row
      : !!row && (row.updatedAt > patch.at || Object.entries(patch.changes).every(([key, value]) => same(row[key as keyof ShortlistRow], value)));
    if (settled) {
      next ??= new Map(patches);
      next.delete(id);
    }
  }
  return next ?? patches;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}
